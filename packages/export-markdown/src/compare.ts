/**
 * Compares two strings by Unicode code point, the order every output of this project uses.
 *
 * JavaScript's `<` compares UTF-16 code units, which puts astral characters (emoji, rare CJK)
 * before `U+E000`–`U+FFFF`; walking code points keeps the order the same as a byte-wise sort of
 * UTF-8, so it matches other tools (and the CSV exporter's sort).
 *
 * @example [...names].sort(compareCodePoints)
 * @param a First string.
 * @param b Second string.
 * @returns Negative when `a` sorts first, positive when `b` does, 0 when equal.
 */
export function compareCodePoints(a: string, b: string): number {
  // Equal code units are equal code points; at the first difference, two units outside the
  // surrogate range compare as their code points do. Surrogates (astral characters, or lone ones)
  // are left to the walk by code point.
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    if ((x < 0xd800 || x > 0xdfff) && (y < 0xd800 || y > 0xdfff)) return x - y;
    return compareByCodePoint(a, b);
  }
  return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
}

function compareByCodePoint(a: string, b: string): number {
  const left = a[Symbol.iterator]();
  const right = b[Symbol.iterator]();
  for (;;) {
    const x = left.next();
    const y = right.next();
    if (x.done || y.done) return x.done ? (y.done ? 0 : -1) : 1;
    const difference = x.value.codePointAt(0)! - y.value.codePointAt(0)!;
    if (difference !== 0) return difference;
  }
}

/**
 * Makes a comparator from sort keys, compared in turn by code point: `byKeys((m) => [m.role, name])`.
 *
 * @param keys Returns the keys of one item, most significant first.
 * @returns A comparator for `Array.prototype.sort`.
 */
export function byKeys<T>(keys: (item: T) => readonly string[]): (a: T, b: T) => number {
  // Each item's keys are worked out once per sort, not once per comparison.
  const cache = new WeakMap<object, readonly string[]>();
  const keysOf = (item: T): readonly string[] => {
    if (typeof item !== 'object' || item === null) return keys(item);
    let found = cache.get(item);
    if (!found) {
      found = keys(item);
      cache.set(item, found);
    }
    return found;
  };
  return (a, b) => {
    const left = keysOf(a);
    const right = keysOf(b);
    for (let index = 0; index < Math.max(left.length, right.length); index++) {
      const order = compareCodePoints(left[index] ?? '', right[index] ?? '');
      if (order !== 0) return order;
    }
    return 0;
  };
}
