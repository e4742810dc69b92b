/**
 * Fields Lantern has renamed or reshaped since a site folder may have been written. A site folder made
 * for an earlier version keeps building where it can (tests/unit/upgrades.test.ts); where a field must
 * change, the check names it and its new form instead of calling it unknown. Add an entry whenever a
 * release changes a field that sites may hold, with a test of the message.
 */
export interface FieldChange {
  /** Where the field is: a data file ("data/site.json") or a content folder ("content/inspections/"). */
  in: string;
  /** The field as it was, by its path in the file: "dates → start" for a field inside "dates", "judgementGroups → * → note" for one in every item of a list. */
  was: string;
  /** Its new form, in an author's words: 'the "start" field inside "dates"'. */
  now: string;
  /** The version of Lantern that changed it. */
  since: string;
}

export const fieldChanges: readonly FieldChange[] = [
  {
    in: 'data/kpis/',
    was: 'kpis → * → target → period',
    now: '"from" (the first period the target applies to, such as "2022/23") and, if it ends, "to"',
    since: '0.2',
  },
];

/** The change that explains an unknown field `key` (inside `parent`, "" at the top) of `file`, if any. */
export function changeOf(
  file: string,
  parent: string,
  key: string,
  changes: readonly FieldChange[] = fieldChanges,
): FieldChange | undefined {
  const path = [...(parent ? parent.split(' → ') : []), key]
    .map((part) => (/^\d+$/.test(part) ? '*' : part))
    .join(' → ');
  return changes.find(
    (change) =>
      (file === change.in || (change.in.endsWith('/') && file.startsWith(change.in))) && change.was === path,
  );
}
