/**
 * One way to work something out once and remember it: a build asks for the same lists, dates,
 * periods and indexes on thousands of pages. Keyed by an object (the site's content, a list) in a
 * WeakMap, so it goes with the object, or by a string in a Map.
 */
interface Memo<K, V> {
  has(key: K): boolean;
  get(key: K): V | undefined;
  set(key: K, value: V): unknown;
}

/** What work gives for key, worked out the first time it is asked for and kept in memo (undefined included). */
export function remembered<K, V>(memo: Memo<K, V>, key: K, work: (key: K) => V): V {
  if (!memo.has(key)) memo.set(key, work(key));
  return memo.get(key) as V;
}
