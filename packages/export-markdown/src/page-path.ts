import { pageStem, type Profile } from '@profiles/model';

/**
 * Where a profile's page goes in the Markdown output: `<country>/<section>.md`, the section taken
 * from the raw file's name (`raw/kz/executive-branch.html` → `kz/executive-branch.md`), like the
 * model file's path.
 *
 * @example pagePath(profile) // 'kg/executive-branch.md'
 * @param profile A validated profile.
 * @returns The page's POSIX path relative to the output folder.
 */
export function pagePath(profile: Pick<Profile, 'source'>): string {
  return `${pageStem(profile.source)}.md`;
}
