/**
 * A gap an importer leaves in a draft where the document did not say ("FILL IN: the organisation
 * inspected, an id in data/organisations.json"). The content check refuses any file that still has
 * one, naming the file, the field and what to write, so nothing unchecked is published.
 */
export const gapMarker = 'FILL IN:';

/** A gap saying what belongs there. */
export const gap = (what: string): string => `${gapMarker} ${what}`;

export const isGap = (value: unknown): value is string =>
  typeof value === 'string' && value.trimStart().startsWith(gapMarker);

/** What a gap asks for: "FILL IN: a summary" → "a summary". */
export const gapWants = (value: string): string => value.trimStart().slice(gapMarker.length).trim();

/** Every gap in a file's data, with the field it is in ("judgementGroups → 1 → title"). */
export function gapsIn(value: unknown, path: string[] = []): { field: string; wants: string }[] {
  if (isGap(value)) return [{ field: path.join(' → '), wants: gapWants(value) }];
  if (Array.isArray(value)) return value.flatMap((item, i) => gapsIn(item, [...path, String(i + 1)]));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, inner]) => gapsIn(inner, [...path, key]));
  return [];
}
