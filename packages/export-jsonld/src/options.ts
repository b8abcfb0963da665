/** Where record IRIs live unless the caller says otherwise: a URN, so we claim no domain we do not own. */
export const DEFAULT_BASE = 'urn:country-profiles:id:';

/** The project vocabulary, for what W3C ORG and schema.org lack (`cp:voteShare`, `cp:Election`). */
export const DEFAULT_VOCAB = 'urn:country-profiles:vocab#';

/** How the JSON-LD is written. */
export interface JsonLdOptions {
  /**
   * Prefix of every node IRI: a record `kz-person-0123456789ab` becomes `<base>kz-person-0123456789ab`.
   * An absolute IRI ending in `:`, `/` or `#`. Default {@link DEFAULT_BASE}.
   */
  base?: string;
  /** Namespace of the project terms (the `cp:` prefix). An absolute IRI ending in `:`, `/` or `#`. Default {@link DEFAULT_VOCAB}. */
  vocab?: string;
}

/** Options with every default filled in and checked. */
export interface ResolvedOptions {
  base: string;
  vocab: string;
}

// A scheme, then anything: "urn:…", "https://…". A relative IRI would make every node relative to
// wherever a reader happens to load the file from, which safe mode rightly rejects.
const ABSOLUTE_IRI = /^[a-zA-Z][a-zA-Z0-9+.-]*:[^\s<>"{}|\\^`]*$/;

function checkNamespace(name: string, value: string): string {
  if (!ABSOLUTE_IRI.test(value)) throw new Error(`JSON-LD option ${name} must be an absolute IRI such as "urn:example:", got "${value}"`);
  // Names are glued straight on: "urn:x:id" + "kz-…" would silently make "urn:x:idkz-…".
  if (!/[:/#]$/.test(value)) throw new Error(`JSON-LD option ${name} must end in ":", "/" or "#", got "${value}"`);
  return value;
}

/**
 * Fills in the defaults and rejects a base or vocabulary that would make relative or glued IRIs.
 *
 * @param options What the caller passed, if anything.
 * @returns The base and vocabulary to write with.
 */
export function resolveOptions(options: JsonLdOptions = {}): ResolvedOptions {
  return {
    base: checkNamespace('base', options.base ?? DEFAULT_BASE),
    vocab: checkNamespace('vocab', options.vocab ?? DEFAULT_VOCAB),
  };
}
