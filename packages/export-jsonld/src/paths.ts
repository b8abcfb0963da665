import { pageStem, type Profile } from '@profiles/model';

/** The shared context, at the root of the output folder. */
export const CONTEXT_FILE = 'context.jsonld';

/** The SHACL shapes, at the root of the output folder. */
export const SHAPES_FILE = 'shapes.ttl';

/**
 * Where a profile's document goes: `<country>/<section>.jsonld`, the model folder's scheme with
 * the section taken from the raw file's name (`raw/kg/executive-branch.html` → `kg/executive-branch.jsonld`).
 *
 * @param profile The profile.
 * @returns A POSIX path relative to the exporter's output folder.
 */
export function documentPath(profile: Profile): string {
  return `${pageStem(profile.source)}.jsonld`;
}
