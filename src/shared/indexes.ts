/** Finding an item in one of the site's lists by its key, through an index made once per list. */
import { remembered } from './remembered.ts';

/** Each list's items by their key, made the first time the list is looked in: pages look things up thousands of times. */
const indexes = new WeakMap<readonly unknown[], Map<string, unknown>>();

export function indexOf<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T> {
  return remembered(indexes, items, () => {
    const index = new Map<string, T>();
    // The first with a key wins, as a search through the list would find it.
    for (const item of items) if (!index.has(keyOf(item))) index.set(keyOf(item), item);
    return index;
  }) as Map<string, T>;
}

/** The item with this key; the content check makes sure every reference leads somewhere, so a miss is a bug. */
export function lookup<T>(items: readonly T[], keyOf: (item: T) => string, key: string, what: string): T {
  const item = indexOf(items, keyOf).get(key);
  if (item === undefined) throw new Error(`No ${what} "${key}"`);
  return item;
}

export const byId = (item: { id: string }) => item.id;
export const bySlug = (entry: { slug: string }) => entry.slug;
export const byDataId = (file: { data: { id: string } }) => file.data.id;

/** Lantern's national list with a site's own: the site's items in its order, then Lantern's that the site does not replace (an item with the same key). */
export function addedTo<T>(lantern: readonly T[], own: readonly T[], keyOf: (item: T) => string): T[] {
  const replaced = new Set(own.map(keyOf));
  return [...own, ...lantern.filter((item) => !replaced.has(keyOf(item)))];
}
