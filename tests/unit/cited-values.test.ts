/** The build checks that the cited lines hold each figure and grade, in any of the ways a source writes it. */
import { describe, expect, it } from 'vitest';
import { holdsGrade, holdsNumber, numbersIn } from '../../src/content-types/organisations/cited-values.ts';
import { loadSite } from '../../src/site/load.ts';
import { ContentError, type Problem } from '../../src/shared/problems.ts';
import { copyFixture, gradedInspection } from '../support/fixtures.ts';

function problemsAfter(file: string, change: (text: string) => string): Problem[] {
  const copy = copyFixture();
  try {
    copy.edit(file, change);
    loadSite(copy.paths);
    return [];
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  } finally {
    copy.remove();
  }
}

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
    const problems = problemsAfter('data/kpis/testshire-kpis.json', (t) =>
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
    const problems = problemsAfter(gradedInspection, (t) =>
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
