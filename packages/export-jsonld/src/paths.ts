import { pageStem, type Profile } from '@profiles/model';

/** The shared context, at the root of the output folder. */
export const CONTEXT_FILE = 'context.jsonld';

/** The SHACL shapes, at the root of the output folder. */
export const SHAPES_FILE = 'shapes.ttl';

/**
 * Where a page's document goes: `<country>/<section>.jsonld`, the model folder's scheme with
 * the section taken from the raw file's name (`raw/kg/executive-branch.html` → `kg/executive-branch.jsonld`;
 * a dated snapshot `raw/kz/executive-branch/2012-10-01.txt` → `kz/executive-branch/2012-10-01.jsonld`).
 *
 * @param profile The profile.
 * @returns A POSIX path relative to the exporter's output folder.
 */
export function documentPath(profile: Profile): string {
  return `${pageStem(profile.source)}.jsonld`;
}

/**
 * Where a country's document goes: `<country>.jsonld` (`kz.jsonld`), beside the folder of its
 * pages' documents. No page's document can be there: those are always inside `<country>/`.
 *
 * @param code The country's ISO 3166-1 alpha-2 code, lower case.
 */
export function countryDocumentPath(code: string): string {
  return `${code}.jsonld`;
}
