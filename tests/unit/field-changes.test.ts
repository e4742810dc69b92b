/** A field an earlier version of Lantern had is named, with its new form, instead of being called unknown. */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { problemsFromZod } from '../../src/shared/problems.ts';
import { changeOf, type FieldChange } from '../../src/shared/field-changes.ts';

// Changes as a later release would record them.
const changes: FieldChange[] = [
  { in: 'data/site.json', was: 'colour', now: 'the field "brand", a colour such as "#1d4f91"', since: '0.2' },
  {
    in: 'content/inspections/',
    was: 'judgementGroups → * → comment',
    now: 'the field "note" of the group',
    since: '0.3',
  },
];

const problems = (file: string, schema: z.ZodType, data: unknown) => {
  const parsed = schema.safeParse(data);
  return parsed.success ? [] : problemsFromZod(file, parsed.error, data, [], changes);
};

describe('a field that has changed since a site was written', () => {
  it('is named with its new form and the version that changed it', () => {
    const schema = z.strictObject({ name: z.string(), brand: z.string().optional() });
    expect(problems('data/site.json', schema, { name: 'X', colour: '#123456', colur: 1 })).toEqual([
      {
        file: 'data/site.json',
        field: 'colour',
        expected: 'its new form since Lantern 0.2: the field "brand", a colour such as "#1d4f91"',
        found: '"colour", as earlier versions wrote it',
      },
      {
        file: 'data/site.json',
        field: '',
        expected: 'only the fields this content type defines (check the spelling against the README)',
        found: 'unknown field "colur"',
      },
    ]);
  });

  it('is found inside any item of a list, in any file of a content folder, and only there', () => {
    const schema = z.strictObject({
      judgementGroups: z.array(z.strictObject({ title: z.string(), note: z.string().optional() })),
    });
    const data = { judgementGroups: [{ title: 'A' }, { title: 'B', comment: 'old' }] };
    expect(problems('content/inspections/x.md', schema, data).map((p) => [p.field, p.found])).toEqual([
      ['judgementGroups → 2 → comment', '"comment", as earlier versions wrote it'],
    ]);
    expect(problems('content/meetings/x.md', schema, data).map((p) => p.found)).toEqual([
      'unknown field "comment"',
    ]);
    expect(changeOf('data/site.json', '', 'name', changes)).toBeUndefined();
  });
});
