/** A JSON value as this package writes it. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

function sortKeys(value: JsonValue): JsonValue {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  const sorted: { [key: string]: JsonValue } = {};
  // Code-point order, which puts "@context", "@id", "@type" before every term.
  for (const key of Object.keys(value).sort()) sorted[key] = sortKeys(value[key]!);
  return sorted;
}

/**
 * Serializes JSON so that the same data always gives the same bytes: keys in code-point order at
 * every level, two-space indentation and a trailing newline. Array order is kept: callers sort.
 *
 * @param value The JSON to write.
 * @returns The file content.
 */
export function stableStringify(value: JsonValue): string {
  return `${JSON.stringify(sortKeys(value), null, 2)}\n`;
}
