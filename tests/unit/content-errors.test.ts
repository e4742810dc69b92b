/**
 * The errors an author will make. Each must name the file and the field, say what was expected
 * and what was found, in words, and stop the load.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { loadSite } from '../../src/site/load.ts';
import { problemsAfter } from '../support/problems.ts';
import { ContentError } from '../../src/shared/problems.ts';
import { copyFixture, gradedInspection, type FixtureCopy } from '../support/fixtures.ts';

let copy: FixtureCopy | undefined;
afterEach(() => copy?.remove());

describe('content errors name the file, the field, what was expected and what was found', () => {
  it('the untouched fixture loads without problems', () => {
    copy = copyFixture();
    expect(loadSite(copy.paths).inspections).toHaveLength(2);
  });

  it('broken YAML front matter', () => {
    const [problem, ...rest] = problemsAfter((f) =>
      f.edit(gradedInspection, (t) => t.replace('framework: ilacs', 'framework: [ilacs')),
    );
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({
      file: gradedInspection,
      field: 'front matter',
      expected: 'valid YAML between the two --- lines at the top',
    });
    expect(problem!.found).toMatch(/^broken YAML at line \d+ of the file/);
  });

  it('a missing required field', () => {
    const problems = problemsAfter((f) =>
      f.edit(gradedInspection, (t) => t.replace(/^organisation: .*\n/m, '')),
    );
    expect(problems).toEqual([
      {
        file: gradedInspection,
        field: 'organisation',
        expected: expect.stringContaining('lower-case letters'),
        found: 'nothing (the field is missing)',
      },
    ]);
  });

  it('a misspelt field name', () => {
    const problems = problemsAfter((f) => f.edit(gradedInspection, (t) => t.replace('summary:', 'sumary:')));
    expect(problems).toContainEqual({
      file: gradedInspection,
      field: '',
      expected: expect.stringContaining('only the fields'),
      found: 'unknown field "sumary"',
    });
  });

  it('a grade that is not on the inspection scale', () => {
    const problems = problemsAfter((f) =>
      f.edit(gradedInspection, (t) => t.replace('grade: "Good"', 'grade: "Adequate"')),
    );
    expect(problems).toEqual([
      {
        file: gradedInspection,
        field: 'judgementGroups → 1 → judgements → 1 → grade',
        expected:
          'a grade on the scale "Ofsted four-point scale": "Outstanding", "Good", "Requires improvement to be good" or "Inadequate"',
        found: '"Adequate"',
      },
      // And, as true, the cited line does not say it.
      {
        file: gradedInspection,
        field: 'judgementGroups → 1 → judgements → 1 → grade',
        expected: 'a grade the cited lines hold, as the source writes it',
        found: '"Adequate", which "test-report L10" does not hold (nor does any line quoted from it)',
      },
    ]);
  });

  it('a reference to an organisation that does not exist', () => {
    const problems = problemsAfter((f) =>
      f.edit(gradedInspection, (t) =>
        t.replace('organisation: testshire-council', 'organisation: testshire-county-council'),
      ),
    );
    expect(problems).toEqual([
      {
        file: gradedInspection,
        field: 'organisation',
        expected: 'the id of an organisation in data/organisations.json',
        found: '"testshire-county-council", which is not one of them (known: testshire-council, ofsted)',
      },
    ]);
  });

  it('an impossible date', () => {
    const problems = problemsAfter((f) =>
      f.edit(gradedInspection, (t) => t.replace('published: 2023-03-01', 'published: 2023-02-30')),
    );
    expect(problems).toEqual([
      {
        file: gradedInspection,
        field: 'dates → published',
        expected: 'a date written as YYYY-MM-DD that exists on the calendar',
        found: '"2023-02-30"',
      },
    ]);
  });

  it('an end date before the start date', () => {
    const problems = problemsAfter((f) =>
      f.edit(gradedInspection, (t) => t.replace('end: 2023-01-20', 'end: 2022-01-20')),
    );
    expect(problems).toContainEqual({
      file: gradedInspection,
      field: 'dates → end',
      expected: 'a date on or after the start date 2023-01-09',
      found: '"2022-01-20"',
    });
  });

  it('two entries with the same slug', () => {
    const problems = problemsAfter((f) =>
      f.write('content/inspections/testshire-2023-ilacs.mdx', '---\ntitle: x\n---\n'),
    );
    expect(problems).toEqual([
      {
        file: 'content/inspections/testshire-2023-ilacs.mdx',
        field: '',
        expected:
          'a file name not used by another entry (it makes the page /inspections/testshire-2023-ilacs/)',
        found: 'the same name as content/inspections/testshire-2023-ilacs.md',
      },
    ]);
  });

  it('two organisations with the same id', () => {
    const problems = problemsAfter((f) =>
      f.edit('data/organisations.json', (t) =>
        t.replace('"id": "ofsted"', '"id": "testshire-council"').replace('"inspectorates: [ofsted]"', ''),
      ),
    );
    expect(problems).toContainEqual({
      file: 'data/organisations.json',
      field: '2 → id',
      expected: 'an id used by one entry only',
      found: '"testshire-council", also used by entry 1',
    });
  });

  it('broken JSON in data/', () => {
    const problems = problemsAfter((f) =>
      f.edit('data/grading-scales.json', (t) => t.replace('"Outstanding",', '"Outstanding"')),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      file: 'data/grading-scales.json',
      field: '',
      expected: 'valid JSON',
    });
    expect(problems[0]!.found).toMatch(/^broken JSON: /);
  });

  it('a value of the wrong kind in a data file', () => {
    const problems = problemsAfter((f) =>
      f.edit('data/organisations.json', (t) => t.replace('"kind": "council"', '"kind": "parish"')),
    );
    expect(problems).toEqual([
      {
        file: 'data/organisations.json',
        field: '1 → kind',
        expected: 'one of: council, childrens-trust, inspectorate, youth-justice-service',
        found: '"parish"',
      },
    ]);
  });

  it('a citation of a document that is not in the list of sources', () => {
    const problems = problemsAfter((f) =>
      f.edit(gradedInspection, (t) => t.replace('source: "test-report L10"', 'source: "other-report L10"')),
    );
    expect(problems).toEqual([
      {
        file: gradedInspection,
        field: 'judgementGroups → 1 → judgements → 1 → source',
        expected: 'a citation of a document in data/sources.json (test-report)',
        found: '"other-report L10"',
      },
    ]);
  });

  it('a citation written into the body that names an unknown document', () => {
    const problems = problemsAfter((f) =>
      f.edit(gradedInspection, (t) => `${t.trimEnd()}\n\nThe figures are in the annex (annex-2011 L12).\n`),
    );
    expect(problems).toEqual([
      {
        file: gradedInspection,
        field: 'a citation in the body',
        expected: 'a citation of a document in data/sources.json (test-report)',
        found: '"annex-2011 L12"',
      },
    ]);
  });

  it('a missing figure without a reason', () => {
    const problems = problemsAfter((f) =>
      f.edit(gradedInspection, (t) => t.replace('    missing: "chart only in the source"\n', '')),
    );
    expect(problems).toEqual([
      {
        file: gradedInspection,
        field: 'keyFigures → 2 → missing',
        expected: 'a reason why the value is missing, because value is null',
        found: 'nothing (the field is missing)',
      },
    ]);
  });

  it('judgements on an ungraded visit', () => {
    const problems = problemsAfter((f) =>
      f.edit('content/inspections/testshire-2022-monitoring-visit.md', (t) =>
        t.replace(
          'findings:',
          'scale: ofsted-ri\njudgementGroups:\n  - title: "X"\n    judgements:\n      - area: "Overall effectiveness"\n        grade: "Good"\n        source: "test-report L1"\nfindings:',
        ),
      ),
    );
    expect(problems).toEqual([
      {
        file: 'content/inspections/testshire-2022-monitoring-visit.md',
        field: 'judgementGroups',
        expected: 'no judgements, because a Monitoring visit (ILACS) is not graded (write findings instead)',
        found: '"1 judgement group(s)"',
      },
    ]);
  });

  it('reports every problem at once, not only the first', () => {
    const problems = problemsAfter((f) => {
      f.edit(gradedInspection, (t) => t.replace('published: 2023-03-01', 'published: 2023-13-01'));
      f.edit('content/inspections/testshire-2022-monitoring-visit.md', (t) =>
        t.replace('organisation: testshire-council', 'organisation: nowhere'),
      );
    });
    expect(problems.map((p) => p.file).sort()).toEqual([
      'content/inspections/testshire-2022-monitoring-visit.md',
      gradedInspection,
    ]);
  });
});

describe('the message an author reads', () => {
  it('lists each problem with where, expected and found', () => {
    const error = new ContentError([
      {
        file: 'content/inspections/a.md',
        field: 'dates → published',
        expected: 'a date',
        found: '"2023-02-30"',
      },
    ]);
    expect(error.message).toBe(
      'Lantern found a problem in the content, so the site was not built:\n\n1. content/inspections/a.md, field "dates → published"\n    expected: a date\n    found:    "2023-02-30"\n',
    );
  });
});

describe('later steps of a build', () => {
  it('skip the checks across files that the first step made, but still read every file against its schema', () => {
    const copy = copyFixture();
    try {
      copy.edit('content/inspections/testshire-2023-ilacs.md', (text) =>
        text.replace('organisation: testshire-council', 'organisation: nowhere-council'),
      );
      expect(() => loadSite(copy.paths)).toThrow(ContentError);
      expect(loadSite(copy.paths, { crossCheck: false }).inspections.length).toBeGreaterThan(0);
      copy.edit('content/inspections/testshire-2023-ilacs.md', (text) => text.replace('summary:', 'sumary:'));
      expect(() => loadSite(copy.paths, { crossCheck: false })).toThrow(ContentError);
    } finally {
      copy.remove();
    }
  });
});

describe('references to areas for improvement', () => {
  it('stop the build on one that does not exist, naming the file, the field and the areas that do', () => {
    const problems = problemsAfter((f) =>
      f.edit('content/plans/testshire-plan-2023.mdx', (t) =>
        t.replace(/answers: \[[^\]]*\]/, 'answers: ["testshire-2023-ilacs#9"]'),
      ),
    );
    expect(problems).toEqual([
      {
        file: 'content/plans/testshire-plan-2023.mdx',
        field: 'improvementPlan → actions → 1 → answers → 1',
        expected:
          'an area for improvement of testshire-2023-ilacs: "testshire-2023-ilacs#1" or "testshire-2023-ilacs#2"',
        found: '"testshire-2023-ilacs#9"',
      },
    ]);
  });

  it("stop the build on a visit's finding that follows an inspection after it", () => {
    const problems = problemsAfter((f) =>
      f.edit('content/inspections/testshire-2022-monitoring-visit.md', (t) =>
        t.replace(
          '    source: "test-report L51"',
          '    follows: ["testshire-2023-ilacs#1"]\n    source: "test-report L51"',
        ),
      ),
    );
    expect(problems).toEqual([
      {
        file: 'content/inspections/testshire-2022-monitoring-visit.md',
        field: 'findings → 1 → follows → 1',
        expected: 'an area for improvement of an earlier inspection than this one (2022-06)',
        found: '"testshire-2023-ilacs#1", an inspection of 2023-03-01',
      },
    ]);
  });
});
