/**
 * What every content type's checks share: the list of problems found so far, the entries that
 * failed their own schema, and the references every type makes (documents and organisations).
 */
import { basename, join, relative } from 'node:path';
import type { Problem } from '../shared/problems.ts';
import { citedDocument } from '../shared/fields.ts';
import type { SiteContent, SitePaths } from '../site/content.ts';

export interface CheckContext {
  problems: Problem[];
  /** "folder/slug" of entries that failed their own checks: references to them are not reported again. */
  invalid: Set<string>;
  /** A data file's name as the author sees it: "data/sources.json". */
  dataFile(name: string): string;
  /** A citation ("doc-id L12") must name a document in data/sources.json. */
  citation(file: string, field: string, reference: string | undefined): void;
  /** An organisation's id must be in data/organisations.json. */
  organisation(file: string, field: string, id: string): void;
}

export function checkContext(site: SiteContent, paths: SitePaths, invalid: Set<string>): CheckContext {
  const problems: Problem[] = [];
  const dataFile = (name: string) => relative(paths.root, join(paths.data, name));
  const organisations = new Set(site.organisations.map((o) => o.id));
  const sources = new Set(site.sources.map((s) => s.id));
  return {
    problems,
    invalid,
    dataFile,
    citation(file, field, reference) {
      if (reference && !sources.has(citedDocument(reference)))
        problems.push({
          file,
          field,
          expected: `a citation of a document in ${dataFile('sources.json')} (${list([...sources])})`,
          found: `"${reference}"`,
        });
    },
    organisation(file, field, id) {
      if (!organisations.has(id))
        problems.push({
          file,
          field,
          expected: `the id of an organisation in ${dataFile('organisations.json')}`,
          found: `"${id}", which is not one of them (known: ${[...organisations].join(', ')})`,
        });
    },
  };
}

/** Values used more than once, with the positions of each use. */
export function duplicates<T>(items: readonly T[], key: (item: T) => string): Map<string, number[]> {
  const seen = new Map<string, number[]>();
  items.forEach((item, index) => seen.set(key(item), [...(seen.get(key(item)) ?? []), index]));
  return new Map([...seen].filter(([, indexes]) => indexes.length > 1));
}

/** "a, b or c" */
export function list(values: string[]): string {
  return values.length <= 1 ? (values[0] ?? '') : `${values.slice(0, -1).join(', ')} or ${values.at(-1)}`;
}

/** Every entry of a data file (data/<name>) has an id of its own. */
export function checkIdsOnce(c: CheckContext, name: string, items: readonly { id: string }[]): void {
  for (const [id, indexes] of duplicates(items, (item) => item.id))
    c.problems.push({
      file: c.dataFile(name),
      field: `${indexes[1]! + 1} → id`,
      expected: 'an id used by one entry only',
      found: `"${id}", also used by entry ${indexes[0]! + 1}`,
    });
}

/** A file in a data folder is known by its name: its id must be that name. */
export function checkIdIsFileName(c: CheckContext, file: string, field: string, id: string): void {
  const expectedId = basename(file, '.json');
  if (id !== expectedId)
    c.problems.push({ file, field, expected: `"${expectedId}", the file's name`, found: `"${id}"` });
}

/** Every "source" citation anywhere in a piece of data, with the path of fields that leads to it. */
export function citationsIn(value: unknown, path: string[] = []): { field: string; reference: string }[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => citationsIn(item, [...path, String(i + 1)]));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) =>
    key === 'source' && typeof inner === 'string' && inner.includes(' ')
      ? [{ field: [...path, key].join(' → '), reference: inner }]
      : citationsIn(inner, [...path, key]),
  );
}

/** Every citation in a piece of data names a known document. */
export function checkCitationsIn(c: CheckContext, file: string, data: unknown): void {
  for (const { field, reference } of citationsIn(data)) c.citation(file, field, reference);
}
