/** A JSON value as this package writes it. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** A key JavaScript objects list before the others, in numeric order ("0", "17"). */
function isArrayIndex(key: string): boolean {
  const first = key.charCodeAt(0);
  return first >= 48 && first <= 57 && /^(?:0|[1-9]\d*)$/.test(key) && Number(key) < 4294967295;
}

function sortKeys(value: JsonValue): JsonValue {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  const sorted: { [key: string]: JsonValue } = {};
  // Code-point order, which puts "@context", "@id", "@type" before every term.
  for (const key of Object.keys(value).sort()) sorted[key] = sortKeys(value[key]!);
  return sorted;
}

/**
 * True when every object in the value already lists its keys in sorted order (and has no
 * array-index keys, which objects always list first): then `sortKeys` would copy it unchanged.
 */
function isSorted(value: JsonValue): boolean {
  if (value === null || typeof value !== 'object') return true;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) if (!isSorted(value[i]!)) return false;
    return true;
  }
  let previous: string | null = null;
  // for…in lists own keys in Object.keys order (inherited ones after them, which JSON.stringify
  // leaves out anyway), without making an array of them.
  for (const key in value) {
    if ((previous !== null && !(previous < key)) || isArrayIndex(key) || !isSorted(value[key]!)) return false;
    previous = key;
  }
  return true;
}

/**
 * Serializes JSON so that the same data always gives the same bytes: keys in code-point order at
 * every level, two-space indentation and a trailing newline. Array order is kept: callers sort.
 * Values built with their keys in order (as the node builders do) are written without copying.
 *
 * @param value The JSON to write.
 * @returns The file content.
 */
export function stableStringify(value: JsonValue): string {
  return `${JSON.stringify(isSorted(value) ? value : sortKeys(value), null, 2)}\n`;
}

/** True when every object in the value lists its keys in sorted order (exported for tests). */
export function hasSortedKeys(value: JsonValue): boolean {
  return isSorted(value);
}

/**
 * A copy of the value with the keys of every object in sorted order, for values written many
 * times (the context): `stableStringify` then writes it without copying it again.
 *
 * @param value The JSON to sort.
 */
export function withSortedKeys<T extends JsonValue>(value: T): T {
  return sortKeys(value) as T;
}
