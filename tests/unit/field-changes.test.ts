/** A field an earlier version of Lantern had is named, with its new form, instead of being called unknown. */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { problemsFromZod } from '../../src/shared/problems.ts';
import { changeOf, type FieldChange } from '../../src/shared/field-changes.ts';
import { ContentError, type Problem } from '../../src/shared/problems.ts';
import { loadSite } from '../../src/site/load.ts';
import { copyFixture } from '../support/fixtures.ts';

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

describe("a KPI target's period, which became the periods it applies from and to in 0.2", () => {
  it('is named with its new form, beside the missing "from"', () => {
    const copy = copyFixture();
    try {
      copy.edit('data/kpis/testshire-kpis.json', (t) =>
        t.replace(
          '"source": "test-report L61", "from": "2022/23" }',
          '"source": "test-report L61", "period": "2022/23" }',
        ),
      );
      let problems: Problem[] = [];
      try {
        loadSite(copy.paths);
      } catch (error) {
        if (!(error instanceof ContentError)) throw error;
        problems = error.problems;
      }
      expect(problems.map((p) => [p.field, p.expected, p.found])).toEqual([
        [
          'kpis → 1 → target → from',
          'a period such as "2023-03", "2022/23", "2022/23 Q3", "2022" or "2019-07..2020-06"',
          'nothing (the field is missing)',
        ],
        [
          'kpis → 1 → target → period',
          'its new form since Lantern 0.2: "from" (the first period the target applies to, such as "2022/23") and, if it ends, "to"',
          '"period", as earlier versions wrote it',
        ],
      ]);
    } finally {
      copy.remove();
    }
  });
});
