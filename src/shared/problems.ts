/**
 * Errors an author can act on: which file, which field, what was expected, what was found.
 * Every check in Lantern reports through these, so the build prints one clear list and stops.
 */
import type { z } from 'zod';
import { changeOf, fieldChanges, type FieldChange } from './field-changes.ts';

export interface Problem {
  /** The file, relative to the project folder. */
  file: string;
  /** Where in the file, e.g. "judgementGroups → 1 → judgements → 3 → grade"; "" for the whole file. */
  field: string;
  expected: string;
  found: string;
}

export class ContentError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(formatProblems(problems));
    this.name = 'ContentError';
    this.problems = problems;
  }
}

export function formatProblem(problem: Problem): string {
  const where = problem.field ? `${problem.file}, field "${problem.field}"` : problem.file;
  return `${where}\n    expected: ${problem.expected}\n    found:    ${problem.found}`;
}

export function formatProblems(problems: Problem[]): string {
  const count = problems.length === 1 ? 'a problem' : `${problems.length} problems`;
  return `Lantern found ${count} in the content, so the site was not built:\n\n${problems
    .map((p, i) => `${i + 1}. ${formatProblem(p)}`)
    .join('\n\n')}\n`;
}

/** How a value looks to an author: quoted text, numbers as written, "nothing" when absent. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing (the field is missing)';
  if (value === null) return 'null (an empty value)';
  if (typeof value === 'string') return value.length > 120 ? `"${value.slice(0, 117)}..."` : `"${value}"`;
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? 'a date that does not exist' : value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return `a list of ${value.length} item${value.length === 1 ? '' : 's'}`;
  if (typeof value === 'object')
    return `a group of fields (${Object.keys(value as object).join(', ') || 'empty'})`;
  return String(value);
}

export function fieldPath(path: readonly PropertyKey[]): string {
  return path.map((part) => (typeof part === 'number' ? String(part + 1) : String(part))).join(' → ');
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = data;
  for (const part of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[part];
  }
  return value;
}

const typeWords: Record<string, string> = {
  string: 'some text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a group of fields',
  date: 'a date',
};

/** Turns zod's issues into problems an author understands. */
export function problemsFromZod(
  file: string,
  error: z.ZodError,
  data: unknown,
  prefix: PropertyKey[] = [],
  changes: readonly FieldChange[] = fieldChanges,
): Problem[] {
  return error.issues.flatMap((issue): Problem | Problem[] => {
    const path = [...prefix, ...issue.path];
    const input = 'input' in issue ? issue.input : valueAt(data, issue.path);
    if (issue.code === 'unrecognized_keys') {
      // A field an earlier version of Lantern had: say what it is now.
      const changed = issue.keys.flatMap((key) => {
        const change = changeOf(file, fieldPath(path), key, changes);
        return change ? [{ key, change }] : [];
      });
      const unknown = issue.keys.filter((key) => !changed.some((c) => c.key === key));
      return [
        ...changed.map(({ key, change }) => ({
          file,
          field: fieldPath([...path, key]),
          expected: `its new form since Lantern ${change.since}: ${change.now}`,
          found: `"${key}", as earlier versions wrote it`,
        })),
        ...(unknown.length === 0
          ? []
          : [
              {
                file,
                field: fieldPath(path),
                expected: 'only the fields this content type defines (check the spelling against the README)',
                found: `unknown field${unknown.length === 1 ? '' : 's'} ${unknown.map((k) => `"${k}"`).join(', ')}`,
              },
            ]),
      ];
    }
    let expected = issue.message;
    if (
      issue.code === 'invalid_type' &&
      (expected.startsWith('Invalid input') || expected.startsWith('Required'))
    )
      expected = typeWords[issue.expected] ?? issue.expected;
    if (issue.code === 'invalid_value' && expected.startsWith('Invalid'))
      expected = `one of: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    return { file, field: fieldPath(path), expected, found: describeValue(input) };
  });
}
