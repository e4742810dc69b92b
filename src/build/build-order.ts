/**
 * The order a build renders its pages in. Astro renders one route's pages after another, so the
 * pages that show charts (a KPI's page, its organisation's performance page, a plan) come in runs,
 * and in such a run pages are made faster than charts can be drawn: the page thread stood idle,
 * waiting for the chart threads. Spreading every route's pages evenly through the build gives the
 * chart threads the time between them. Only the order changes: the same pages, the same files.
 */

/** The items with each group's items spread evenly through the list, each group keeping its own order. */
export function spreadOut<T>(items: readonly T[], groupOf: (item: T) => string): T[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = groupOf(item);
    const group = groups.get(key) ?? [];
    group.push(item);
    groups.set(key, group);
  }
  // Each item's place is how far through its own group it is; ties keep the groups' first-seen order.
  const placed = [...groups.values()].flatMap((group, groupIndex) =>
    group.map((item, i) => ({ item, at: (i + 0.5) / group.length, groupIndex })),
  );
  return placed.sort((a, b) => a.at - b.at || a.groupIndex - b.groupIndex).map(({ item }) => item);
}
