// Code-point order lives in the model, shared by every package that sorts for output.
import { compareCodePoints } from '@profiles/model';

export { compareCodePoints, compareKeys } from '@profiles/model';

/** A copy sorted by `id` in code-point order (stable). */
export function byId<T extends { id: string }>(records: readonly T[]): T[] {
  return [...records].sort((a, b) => compareCodePoints(a.id, b.id));
}

/** Sorted, de-duplicated strings in code-point order. */
export function sortedUnique(values: Iterable<string>): string[] {
  return [...new Set(values)].sort(compareCodePoints);
}

/** Appends `value` to the list at `key`, making the list when there is none. */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Adds `value` to the set at `key`, making the set when there is none. */
export function addTo<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}
