/** Young people's pages the build refuses: too hard to read, incomplete, full of jargon, or missing. */
import { describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { problemsAfter, problemsAfterEditing, problemsOf } from '../support/problems.ts';

const version = 'content/young-people/testshire-2023-ilacs.mdx';
const hub = 'content/young-people-hub.md';
const hardParagraph =
  '\n\nThe multi-agency safeguarding arrangements demonstrated considerable organisational improvement notwithstanding persistent inconsistencies in management oversight. Consequently, practitioners’ responsibilities regarding permanence planning necessitated comprehensive reconsideration throughout the organisation.\n';

describe("young people's versions the build refuses", () => {
  it('a page above its reading grade: names the page, its score and its hardest sentences', () => {
    const [problem, ...rest] = problemsAfterEditing(version, (t) => t + hardParagraph);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ file: version, field: 'the whole page' });
    expect(problem!.expected).toContain(
      'a Flesch-Kincaid reading grade of 6 or below for /young-people/testshire-2023-ilacs/',
    );
    expect(problem!.found).toMatch(
      /^grade \d+(\.\d)?\. Hardest sentences: "Consequently, practitioners’ responsibilities regarding permanence planning necessitated comprehensive reconsideration throughout the organisation\." \(grade \d+/,
    );
  });

  it('a page may set its own limit, and is held to it', () => {
    expect(
      problemsAfterEditing(version, (t) => t.replace('of: {', 'readingGrade: 1\nof: {'))[0]!.expected,
    ).toContain('reading grade of 1 or below');
  });

  it('a judgement neither explained nor left out', () => {
    expect(
      problemsAfterEditing(version, (t) =>
        t.replace(
          /leftOut:\n {2}- item: judgement\/the-experiences-and-progress-of-children-in-care\n {4}reason: ".*"\n/,
          '',
        ),
      ),
    ).toEqual([
      {
        file: version,
        field: 'covers',
        expected: expect.stringContaining(
          'every headline item of content/inspections/testshire-2023-ilacs.md (each judgement, strategic priority, charted KPI, and area for improvement that something on the site answers) explained',
        ),
        found:
          '1 missing: "judgement/the-experiences-and-progress-of-children-in-care" (The experiences and progress of children in care: Requires improvement to be good)',
      },
    ]);
  });

  it('a strategic priority or a charted KPI of a plan left unexplained', () => {
    const problems = problemsAfterEditing('content/young-people/testshire-plan-2023.mdx', (t) =>
      t.replace(/covers:[\s\S]*?---/, '---'),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]!.found).toBe(
      '2 missing: "priority/strong-practice" (Strong practice), "kpi/ts-referrals" (Referrals decided within 2 working days)',
    );
  });

  it('an item that the full version does not have, or one accounted for twice', () => {
    const problems = problemsAfterEditing(version, (t) =>
      t.replace(
        '  - item: judgement/the-experiences-and-progress-of-children-in-care\n',
        '  - item: judgement/overall-effectiveness\n    reason: "Twice."\n  - item: judgement/help-and-protection\n',
      ),
    );
    expect(problems.map((p) => [p.field, p.found])).toEqual([
      ['leftOut → 1 → item', '"judgement/overall-effectiveness", also in covers → 1 → item'],
      ['leftOut → 2 → item', '"judgement/help-and-protection"'],
      ['covers', expect.stringContaining('"judgement/the-experiences-and-progress-of-children-in-care"')],
    ]);
    expect(problems[1]!.expected).toBe(
      'a headline item of content/inspections/testshire-2023-ilacs.md: "judgement/overall-effectiveness", "judgement/the-experiences-and-progress-of-children-in-care", "area/1", "area/2"',
    );
  });

  it('an area for improvement that something on the site answers, neither explained under "Did things get better?" nor left out', () => {
    const problems = problemsAfterEditing(version, (t) =>
      t.replace(/ {2}- item: area\/1\n(?: {4}.*\n)+/, ''),
    );
    expect(problems.map((p) => [p.field, p.found])).toEqual([
      ['covers', '1 missing: "area/1" (Area for improvement 1: Make plans for care leavers clearer.)'],
    ]);
  });

  it('an area nothing answers yet may be explained, but need not be', () => {
    const problems = problemsOf((fixture) =>
      fixture.edit(version, (t) => {
        const edited = t.replace(
          'leftOut:\n',
          '  - item: area/2\n    says: "We do not know yet what was done about this."\nleftOut:\n',
        );
        expect(edited).not.toBe(t);
        return edited;
      }),
    );
    expect(problems).toEqual([]);
  });

  it('jargon the glossary does not explain', () => {
    expect(problemsAfterEditing(version, (t) => t + '\nYour LADO will ask you.\n')).toEqual([
      {
        file: version,
        field: 'the words',
        expected: 'plain words, or jargon that data/glossary.json explains for testshire-council',
        found: '"LADO", which the glossary does not explain',
      },
    ]);
  });

  it('a word from the list of words to avoid', () => {
    expect(problemsAfterEditing(version, (t) => t + '\nIt helps looked after children.\n')).toEqual([
      {
        file: version,
        field: 'the words',
        expected:
          'no words from data/words-to-avoid.json: write "children in care" instead of "looked after children" (children in care say they prefer it)',
        found: '"looked after children"',
      },
    ]);
  });

  it('an inspection, plan or self-evaluation with no version for young people', () => {
    expect(
      problemsAfter((fixture) => rmSync(join(fixture.paths.content, 'young-people/testshire-plan-2023.mdx'))),
    ).toEqual([
      {
        file: 'content/plans/testshire-plan-2023.mdx',
        field: '',
        expected:
          'a young people\'s version in content/young-people/, with "of: { kind: plan, id: testshire-plan-2023 }" in its front matter',
        found: 'none',
      },
    ]);
  });

  it('a version of a report that is not on the site', () => {
    const problems = problemsAfterEditing(version, (t) =>
      t.replace('id: testshire-2023-ilacs', 'id: testshire-2024-ilacs'),
    );
    expect(problems).toContainEqual({
      file: version,
      field: 'of → id',
      expected:
        'the file name of one of the inspection reports in content/inspections/ (testshire-2022-monitoring-visit, testshire-2023-ilacs)',
      found: '"testshire-2024-ilacs"',
    });
    expect(problems).toContainEqual({
      file: 'content/inspections/testshire-2023-ilacs.md',
      field: '',
      expected:
        'a young people\'s version in content/young-people/, with "of: { kind: inspection, id: testshire-2023-ilacs }" in its front matter',
      found: 'none',
    });
  });

  it('the hub is held to the same reading grade and words', () => {
    const problems = problemsAfterEditing(hub, (t) => t + '\nAsk about your LADO.\n' + hardParagraph);
    expect(problems.map((p) => [p.file, p.field])).toEqual([
      [hub, 'the whole page'],
      [hub, 'the words'],
    ]);
  });

  it('a term defined twice for the same organisation', () => {
    const problems = problemsAfterEditing('data/glossary.json', (t) =>
      t.replace(
        '"organisations": [\n        "ofsted"\n      ]',
        '"organisations": [\n        "testshire-council"\n      ]',
      ),
    );
    expect(problems).toEqual([
      {
        file: 'data/glossary.json',
        field: 'terms → 8',
        expected:
          '"front door" defined once for any one organisation (scope each definition with "organisations")',
        found: 'also defined by term 7 for testshire-council',
      },
    ]);
  });

  it('local help for an organisation the site does not have, or two services with one id', () => {
    const problems = problemsAfterEditing('data/local-help.json', (t) => {
      const [help] = JSON.parse(t) as Record<string, string>[];
      return JSON.stringify([{ ...help, organisation: 'nowhere-council' }, help]);
    });
    expect(problems).toEqual([
      {
        file: 'data/local-help.json',
        field: '1 → organisation',
        expected: 'the id of an organisation in data/organisations.json',
        found: '"nowhere-council"',
      },
      {
        file: 'data/local-help.json',
        field: '2 → id',
        expected: 'an id no other service in the file has',
        found: '"testshire-out-of-hours", as service 1 has',
      },
    ]);
  });

  it('local help with neither a way to reach it nor a source', () => {
    const problems = problemsAfterEditing('data/local-help.json', (t) =>
      t.replace(/\n\s*"reach": .*$/m, '').replace(/,\n\s*"source": .*$/m, ''),
    );
    expect(problems.map((p) => [p.file, p.field])).toEqual([
      ['data/local-help.json', '1 → reach'],
      ['data/local-help.json', '1 → source'],
    ]);
  });
});
