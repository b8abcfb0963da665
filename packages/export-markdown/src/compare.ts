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
  return (a, b) => {
    const left = keys(a);
    const right = keys(b);
    for (let index = 0; index < Math.max(left.length, right.length); index++) {
      const order = compareCodePoints(left[index] ?? '', right[index] ?? '');
      if (order !== 0) return order;
    }
    return 0;
  };
}
