import { makeId, type Issue, type Profile, type Provenance } from '@profiles/model';

/**
 * The warnings of one page: what a rule met but could not read. Each is kept in the dataset with
 * its source line and quoted text (`profile.issues`), so the user sees it; none stops a build.
 */
export class WarningLog {
  readonly issues: Issue[] = [];
  private readonly seen = new Map<string, number>();

  constructor(private readonly country: string) {}

  /**
   * Records one warning.
   *
   * @param code kebab-case kind of problem ("no-publisher")
   * @param message one line for a person
   * @param where the source line and quoted text
   */
  add(code: string, message: string, where: Provenance): void {
    const key = `${code}\u0000${where.file}\u0000${where.line}\u0000${where.quote}`;
    const n = (this.seen.get(key) ?? 0) + 1;
    this.seen.set(key, n);
    // The same warning on the same line once: a rule that meets it twice says nothing new.
    if (n > 1) return;
    this.issues.push({
      id: makeId('issue', this.country, [code, where.file, String(where.line), where.quote]),
      level: 'warning',
      code,
      message: oneLine(message),
      provenance: [{ ...where, quote: where.quote || message }],
    });
  }
}

/** A message as one trimmed line. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim() || 'not understood';
}

/** Code-point order for the ASCII-and-more strings these lines sort. */
const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A page's warnings in a few words: the count and the codes with how often each occurs
 * ("3 warnings (no-publisher, unread-person-line ×2)"); null for a page with none.
 */
export function warningSummary(profile: Profile): string | null {
  const count = profile.issues.length;
  if (!count) return null;
  const codes = new Map<string, number>();
  for (const issue of profile.issues) codes.set(issue.code, (codes.get(issue.code) ?? 0) + 1);
  const parts = [...codes].sort(([a], [b]) => byCodePoint(a, b)).map(([code, n]) => (n > 1 ? `${code} ×${n}` : code));
  return `${count} warning${count === 1 ? '' : 's'} (${parts.join(', ')})`;
}

/**
 * The one line `build` and `validate` print for a page with warnings: the file, the count, and
 * the codes with how often each occurs ("raw/kg/x.txt: 3 warnings (no-publisher, unread-person-line ×2)").
 * Null for a page with none, so a clean build stays quiet.
 */
export function pageWarningLine(profile: Profile): string | null {
  const summary = warningSummary(profile);
  return summary === null ? null : `${profile.source.file}: ${summary}`;
}

