import { ProfileError, type OutputFiles, type PagedExporter, type Profile } from '@profiles/model';
import { jsonLdContext } from './context.js';
import { profileGraph } from './document.js';
import { resolveOptions, type JsonLdOptions, type ResolvedOptions } from './options.js';
import { CONTEXT_FILE, documentPath, SHAPES_FILE } from './paths.js';
import { shapesTurtle } from './shapes.js';
import { stableStringify, withSortedKeys, type JsonValue } from './stable-json.js';

/**
 * Writes each profile's document as `stableStringify(profileDocument(profile))` would, with the
 * context (the same in every document) built and sorted once.
 */
function documentWriter(resolved: ResolvedOptions): (profile: Profile) => string {
  const context = withSortedKeys(jsonLdContext(resolved) as JsonValue);
  // The node builders list every key in sorted order, so this writes without copying; a nested
  // object out of order would still be sorted, not trusted.
  return (profile) => stableStringify({ '@context': context, '@graph': profileGraph(profile, resolved) as unknown as JsonValue });
}

/**
 * The JSON-LD exporter: the shared context, one document per profile and the SHACL shapes that
 * check them. Pure: the same profiles and options always give the same bytes.
 *
 * @example
 * const files = exportJsonLd([sampleProfile()]);
 * files.get('kg/executive-branch.jsonld'); // '{\n  "@context": {…'
 * @param profiles Validated profiles, as the export task reads them.
 * @param options `base` for node IRIs (default `urn:country-profiles:id:`), `vocab` for project
 *   terms (default `urn:country-profiles:vocab#`).
 * @returns `context.jsonld`, `shapes.ttl` and `<country>/<section>.jsonld` per profile.
 * @throws ProfileError when two profiles would be written to one path (`a.html` and `a.txt`).
 */
export function exportJsonLd(profiles: readonly Profile[], options?: JsonLdOptions): OutputFiles {
  const resolved = resolveOptions(options);
  const files: OutputFiles = new Map();
  files.set(CONTEXT_FILE, stableStringify({ '@context': jsonLdContext(resolved) } as JsonValue));
  const writtenBy = new Map<string, string>();
  const documentText = documentWriter(resolved);
  for (const profile of profiles) {
    const path = documentPath(profile);
    const earlier = writtenBy.get(path);
    if (earlier !== undefined) throw new ProfileError(profile.source.file, `its JSON-LD document ${path} would overwrite the one of ${earlier}`);
    writtenBy.set(path, profile.source.file);
    files.set(path, documentText(profile));
  }
  files.set(SHAPES_FILE, shapesTurtle(resolved));
  return files;
}

/**
 * The same exporter page by page, for builds too large to hold at once: each profile's document
 * as it comes, the context and shapes at the end. Equal to `exportJsonLd(profiles, options)`.
 */
export function jsonLdPages(options?: JsonLdOptions): PagedExporter {
  const resolved = resolveOptions(options);
  return {
    start() {
      const writtenBy = new Map<string, string>();
      const documentText = documentWriter(resolved);
      return {
        add(profile) {
          const path = documentPath(profile);
          const earlier = writtenBy.get(path);
          if (earlier !== undefined) throw new ProfileError(profile.source.file, `its JSON-LD document ${path} would overwrite the one of ${earlier}`);
          writtenBy.set(path, profile.source.file);
          return { files: new Map([[path, documentText(profile)]]), appends: new Map() };
        },
        finish: () =>
          new Map([
            [CONTEXT_FILE, stableStringify({ '@context': jsonLdContext(resolved) } as JsonValue)],
            [SHAPES_FILE, shapesTurtle(resolved)],
          ]),
      };
    },
  };
}
