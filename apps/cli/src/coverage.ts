import type { Profile } from '@profiles/model';

/**
 * The one line `build` and `validate` print for a page with warnings: the file, the count, and
 * the codes with how often each occurs ("raw/kg/x.txt: 3 warnings (no-publisher, unread-person-line ×2)").
 * Null for a page with none, so a clean build stays quiet.
 */
export function pageWarningLine(profile: Profile): string | null {
  const count = profile.issues.length;
  if (!count) return null;
  const codes = new Map<string, number>();
  for (const issue of profile.issues) codes.set(issue.code, (codes.get(issue.code) ?? 0) + 1);
  const parts = [...codes].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([code, n]) => (n > 1 ? `${code} ×${n}` : code));
  return `${profile.source.file}: ${count} warning${count === 1 ? '' : 's'} (${parts.join(', ')})`;
}
