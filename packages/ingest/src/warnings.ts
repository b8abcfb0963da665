import { makeId, type Issue, type Provenance } from '@profiles/model';

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
