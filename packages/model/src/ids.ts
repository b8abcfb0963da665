import { hash } from 'node:crypto';

/** The record kinds that carry IDs, with the short word used inside the ID. */
export const ID_KINDS = {
  source: 'source',
  person: 'person',
  organization: 'org',
  membership: 'membership',
  event: 'event',
  task: 'task',
  statistic: 'stat',
  group: 'group',
  material: 'material',
  note: 'note',
  issue: 'issue',
} as const;

export type IdKind = keyof typeof ID_KINDS;

const folded = new Map<string, string>();

/** Folds a key part so that spelling noise (case, accents, spacing, dashes) does not change an ID. */
export function normalizeKeyPart(part: string): string {
  // Memoized: the ingest compares the same few hundred names thousands of times per page.
  let key = folded.get(part);
  if (key === undefined) {
    key = PLAIN_ASCII.test(part) ? part.toLowerCase() : foldKeyPart(part);
    if (folded.size > 20_000) folded.clear();
    // Copies: the part (and its lower case, which can be the part itself) can be a slice of a
    // page's whole text, which the memo must not keep alive.
    folded.set(structuredClone(part), structuredClone(key));
  }
  return key;
}

/**
 * The folding itself. Steps that would change nothing are skipped: removing marks when the
 * decomposed text has no character where marks live (U+0300 and up, but for the general
 * punctuation block), collapsing spaces when there is no run of them and no other kind.
 */
function foldKeyPart(part: string): string {
  let key = part.normalize('NFKD');
  if (MAYBE_MARK.test(key)) key = key.replace(/\p{M}/gu, '');
  key = key
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212-]/g, '-')
    .replace(/[’'`]/g, "'");
  if (key.includes('  ') || ODD_SPACE.test(key)) key = key.replace(/\s+/g, ' ');
  return key.trim();
}

/** Printable ASCII with single inner spaces and no backtick: it folds to its lower case alone. */
const PLAIN_ASCII = /^[!-_a-~]+(?: [!-_a-~]+)*$/;
/** A character that could be a combining mark: none is below U+0300 or in U+2000–U+206F. */
const MAYBE_MARK = /[\u0300-\u1fff\u2070-\uffff]/;
/** A space other than a plain one: with two plain spaces, what the folding collapses. */
const ODD_SPACE = /[^\S ]/;

/**
 * Makes a stable record ID from the record's meaning, never from its position:
 * `kz-person-3f2a9c1b7d0e` is the first 12 hex digits of the SHA-256 of the normalized key parts.
 *
 * @example makeId('person', 'kz', ['nazarbayev', 'nursultan'])
 */
export function makeId(kind: IdKind, country: string, keyParts: readonly string[]): string {
  const key = [kind, country.toLowerCase(), ...keyParts.map(normalizeKeyPart)].join('\u001f');
  return `${country.toLowerCase()}-${ID_KINDS[kind]}-${hash('sha256', key, 'hex').slice(0, 12)}`;
}

/** The pattern every record ID follows. */
export const ID_PATTERN = /^[a-z]{2}-[a-z]+-[0-9a-f]{12}$/;
