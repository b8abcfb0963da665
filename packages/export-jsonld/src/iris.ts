import { hash } from 'node:crypto';
import { normalizeKeyPart } from '@profiles/model';

/**
 * The IRI of a record: the base and the model ID, nothing else. IDs are hashes of what a record
 * means, so the IRI stays put when a page is re-read, reordered or re-ingested.
 *
 * @example recordIri('kz-person-0123456789ab') // 'urn:country-profiles:id:kz-person-0123456789ab'
 * @param id A model ID.
 * @param base The IRI prefix, already checked by `resolveOptions`.
 * @returns An absolute IRI.
 */
export function recordIri(id: string, base: string): string {
  return `${base}${id}`;
}

// Same shape and hashing habit as the model's makeId, for the nodes the model does not have:
// `<country>-post-<12 hex>`, from the meaning of the node, never from its position.
function derivedId(kind: 'post' | 'role', country: string, keyParts: readonly string[], cache?: Map<string, string>): string {
  const key = [kind, country, ...keyParts.map(normalizeKeyPart)].join('\u001f');
  let id = cache?.get(key);
  if (id === undefined) {
    id = `${country}-${kind}-${hash('sha256', key, 'hex').slice(0, 12)}`;
    cache?.set(key, id);
  }
  return id;
}

/**
 * The ID of the post a membership fills: one per (organization, role), so the Chair of the Security
 * Council is one post whoever holds it. A role with no organization is a post of the country.
 *
 * @param country The profile's country code.
 * @param organizationId The body, or null when the page names none.
 * @param role The role as the model gives it; case and spacing do not matter.
 * @param cache IDs made before (one document's), so each is hashed once.
 */
export function postId(country: string, organizationId: string | null, role: string, cache?: Map<string, string>): string {
  return derivedId('post', country, [organizationId ?? '', role], cache);
}

/**
 * The ID of a role ("Chair", "Prime Minister") within a country, shared by every post of that name.
 *
 * @param country The profile's country code.
 * @param role The role as the model gives it; case and spacing do not matter.
 * @param cache IDs made before (one document's), so each is hashed once.
 */
export function roleId(country: string, role: string, cache?: Map<string, string>): string {
  return derivedId('role', country, [role], cache);
}

/** The IRI of a country: the base and its lower-case ISO 3166-1 alpha-2 code (`…:kg`). */
export function countryIri(code: string, base: string): string {
  return `${base}${code}`;
}
