/** The build checks that the cited lines hold each figure and grade, in any of the ways a source writes it. */
import { describe, expect, it } from 'vitest';
import {
  figuresIn,
  holdsDate,
  holdsFigure,
  holdsGrade,
  holdsName,
  holdsNumber,
  holdsOutcome,
  numbersIn,
} from '../../src/content-types/organisations/cited-values.ts';
import { gradedInspection } from '../support/fixtures.ts';
import { problemsAfterEditing } from '../support/problems.ts';

describe('a figure in the cited lines', () => {
  it('is found however the source writes it', () => {
    expect(holdsNumber('a rate of 51.2% in March', 51.2)).toBe(true);
    expect(holdsNumber('spent £2,690,570 on it', 2690570)).toBe(true);
    expect(holdsNumber('saved £1.2m in 21/22', 1200000)).toBe(true);
    expect(holdsNumber('within six children’s homes', 6)).toBe(true);
    expect(holdsNumber('held from the 3rd to the 14th', 14)).toBe(true);
    expect(holdsNumber('no unallocated cases', 0)).toBe(true);
    expect(numbersIn('1,124 and 1,231')).toEqual([1124, 1231]);
  });

  it('is not found when the line holds another', () => {
    expect(holdsNumber('a rate of 51.2% in March', 51.3)).toBe(false);
    expect(holdsNumber('a rate of 51.2% in March', 5)).toBe(false);
  });

  it('and a grade, in any case or as the abbreviation a report uses', () => {
    expect(holdsGrade('Judgment: *Requires Improvement to be Good*', 'Requires improvement to be good')).toBe(
      true,
    );
    expect(holdsGrade('the service is RI overall', 'Requires improvement to be good')).toBe(true);
    expect(holdsGrade('Judgement: Inadequate', 'Good')).toBe(false);
  });
});

describe('the check of cited figures', () => {
  it('stops on a figure cited a line away from it, naming the file, the field, the figure, the citation and the line that holds it', () => {
    const problems = problemsAfterEditing('data/kpis/testshire-kpis.json', (t) =>
      t.replace('"value": 51.2, "source": "test-report L64"', '"value": 51.2, "source": "test-report L63"'),
    );
    expect(problems).toEqual([
      {
        file: 'data/kpis/testshire-kpis.json',
        field: 'kpis → 1 → observations → 3 → value',
        expected: 'a figure the cited lines hold, as the source writes it',
        found: '51.2, which "test-report L63" does not hold: it is on L64',
      },
    ]);
  });

  it('stops on a grade the cited line does not give', () => {
    const problems = problemsAfterEditing(gradedInspection, (t) =>
      t.replace('grade: "Requires improvement to be good"', 'grade: "Inadequate"'),
    );
    expect(problems.map((p) => [p.field, p.found])).toEqual([
      [
        'judgementGroups → 1 → judgements → 2 → grade',
        '"Inadequate", which "test-report L20" does not hold (nor does any line quoted from it)',
      ],
    ]);
  });
});

describe('figures in the text of a page', () => {
  it('are the numbers a sentence gives, not its dates, times, numbered parts, scales, ages in law or phone numbers', () => {
    expect(
      figuresIn(
        'From 3 to 14 October 2022, in 2022/23 and March 2023, at 5pm, item 9 and KPI 3 of Appendix 2: 82 in every 100, 4.6 out of 5, aged 10 to 17, under 18, until you are 25; call 0800 1111 or 999. It cost £2,690,570 and 51.2% were seen.',
      ),
    ).toEqual([82, 4.6, 2690570, 51.2]);
  });

  it('are held by cited lines that write them in another form, or more precisely', () => {
    expect(holdsFigure('vacancies of 22.28% in October 2019', 22)).toBe(true);
    expect(holdsFigure('vacancies of 22.28% in October 2019', 23)).toBe(false);
  });

  it('stop the build when a citation does not hold them, naming the line that does', () => {
    const problems = problemsAfterEditing('content/young-people/testshire-2023-ilacs.mdx', (t) =>
      t.replace(
        '## What happens next?',
        'There are 430 children in care (test-report L31).\n\n## What happens next?',
      ),
    );
    expect(problems).toEqual([
      {
        file: 'content/young-people/testshire-2023-ilacs.mdx',
        field: 'the text after the front matter, line 6',
        expected: 'figures the cited lines hold, as the source writes them',
        found: '430, which "test-report L31" does not hold: it is on L40',
      },
    ]);
  });

  it("stop the build when a young people's page gives one with no citation after it", () => {
    const problems = problemsAfterEditing('content/young-people/testshire-2023-ilacs.mdx', (t) =>
      t.replace('## What happens next?', 'About 430 children are in care here.\n\n## What happens next?'),
    );
    expect(problems.map((p) => [p.file, p.expected, p.found])).toEqual([
      [
        'content/young-people/testshire-2023-ilacs.mdx',
        "a citation after every figure on a young people's page, in its paragraph: (document L92)",
        '430 in "About 430 children are in care here.", with no citation after it',
      ],
    ]);
  });
});

describe('a mover or seconder written with a citation', () => {
  it('is named in the cited lines, or the build stops', () => {
    expect(holdsName('Moved by Cllr Z Smith, seconded by Cllr Purser', 'z smith')).toBe(true);
    const problems = problemsAfterEditing('content/meetings/test-council-2023-09-28.md', (t) =>
      t.replace('        - mover: "Gonzalez de Savage"', '        - mover: "Ada Lovelace"'),
    );
    expect(problems.map((p) => [p.field, p.expected, p.found.replace(/:.*$/, '')])).toEqual([
      [
        'items → 2 → motion → amendments → 1 → mover',
        'a name the cited lines hold, as the source writes it',
        '"Ada Lovelace", which "test-report L82" does not hold',
      ],
    ]);
  });
});

describe("an inspection's dates", () => {
  it('are found however the source writes them, and a wrong one stops the build', () => {
    expect(holdsDate('Inspection dates: 7 – 18 March 2011', '2011-03-18')).toBe(true);
    expect(holdsDate('during 3rd-14th October 2022', '2022-10-03')).toBe(true);
    expect(holdsDate('on 28/09/2023', '2023-09-28')).toBe(true);
    expect(holdsDate('Published: 6 May 2011', '2011-05-07')).toBe(false);
    const problems = problemsAfterEditing(gradedInspection, (t) =>
      t.replace('end: 2023-01-20', 'end: 2023-01-21'),
    );
    expect(problems.map((p) => [p.field, p.expected, p.found])).toEqual([
      [
        'dates → end',
        'a date the cited lines hold, as the source writes it',
        '2023-01-21, which "test-report L1-3" does not hold (nor does any line quoted from it)',
      ],
    ]);
  });
});

describe('an outcome written with a citation', () => {
  it('is in the words the cited lines use for it, or the build stops', () => {
    expect(holdsOutcome('RESOLVED: that Cabinet approved the strategy', 'approved')).toBe(true);
    expect(holdsOutcome('Upon being put to the vote the motion was LOST', 'lost')).toBe(true);
    expect(holdsOutcome('The motion was carried', 'lost')).toBe(false);
    expect(holdsOutcome('To confirm the minutes', 'pending')).toBe(true);
    const problems = problemsAfterEditing('content/meetings/test-council-2023-09-28.md', (t) =>
      t.replace(/(procedural:[\s\S]*?outcome: )carried/, '$1lost'),
    );
    expect(problems.map((p) => [p.field, p.expected])).toEqual([
      [
        'items → 2 → motion → procedural → 1 → outcome',
        'an outcome the cited lines hold, as the source writes it',
      ],
    ]);
  });
});
