/**
 * Results of pure text rules for the page being ingested. The rules read the same paragraph many
 * times (the walk, then elections, referendums, survey figures, groups, each sentence for dates);
 * a cache per page keeps that to once, and `ingestPage` empties every cache when a page starts, so
 * nothing carries over from one page to the next.
 */

const caches: Map<string, unknown>[] = [];

/** Past this many entries a cache starts again, for callers outside `ingestPage` that never reset. */
const LIMIT = 4096;

/**
 * Wraps a pure function of a text in a per-page cache. The result is shared between callers: it
 * must not be changed.
 *
 * @param rule the function to cache
 */
export function perPage<T>(rule: (text: string) => T): (text: string) => T {
  const cache = new Map<string, T>();
  caches.push(cache as Map<string, unknown>);
  return (text) => {
    let result = cache.get(text);
    if (result === undefined) {
      result = rule(text);
      if (cache.size >= LIMIT) cache.clear();
      cache.set(text, result);
    }
    return result;
  };
}

/** Empties every per-page cache: called when a page starts. */
export function startPage(): void {
  for (const cache of caches) cache.clear();
}
