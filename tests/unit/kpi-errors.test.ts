/** Data errors in KPI files stop the load, naming the file, the field, what was expected and what was found. */
import { describe, expect, it } from 'vitest';
import { problemsAfterEditing } from '../support/problems.ts';

const kpiFile = 'data/kpis/testshire-kpis.json';

describe('KPI data errors', () => {
  it('a percentage above 100', () => {
    expect(problemsAfterEditing(kpiFile, (t) => t.replace('"value": 51.2', '"value": 512'))).toEqual([
      {
        file: kpiFile,
        field: 'kpis → 1 (ts-referrals) → observations → 3 → value',
        expected: 'a percentage from 0 to 100, because the unit is percent',
        found: '512',
      },
      // And, as true, the cited line does not say it.
      {
        file: kpiFile,
        field: 'kpis → 1 → observations → 3 → value',
        expected: 'a figure the cited lines hold, as the source writes it',
        found: '512, which "test-report L64" does not hold (nor does any line quoted from it)',
      },
    ]);
  });

  it('a period that does not parse', () => {
    const [problem, ...rest] = problemsAfterEditing(kpiFile, (t) =>
      t.replace('"period": "2023-02"', '"period": "Feb 2023"'),
    );
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({
      file: kpiFile,
      field: 'kpis → 1 → observations → 2 → period',
      found: '"Feb 2023"',
    });
    expect(problem!.expected).toContain('"2023-03" (a month)');
  });

  it('a missing figure without a reason, which would otherwise look like a zero', () => {
    const [problem] = problemsAfterEditing(kpiFile, (t) => t.replace('"value": 81.5', '"value": null'));
    expect(problem).toMatchObject({
      file: kpiFile,
      field: 'kpis → 1 → observations → 2 → missing',
      found: 'nothing (the field is missing)',
    });
  });

  it('two figures for the same period', () => {
    expect(
      problemsAfterEditing(kpiFile, (t) => t.replace('"period": "2023-02"', '"period": "2023-03"')),
    ).toEqual([
      {
        file: kpiFile,
        field: 'kpis → 1 (ts-referrals) → observations → 3 → period',
        expected: 'one figure per period',
        found: 'a second figure for 2023-03 (period)',
      },
    ]);
  });

  it('an organisation that does not exist, and a framework id that is not the file name', () => {
    const problems = problemsAfterEditing(kpiFile, (t) =>
      t
        .replace('"organisation": "testshire-council"', '"organisation": "nowhere-council"')
        .replace('"id": "testshire-kpis"', '"id": "testshire"'),
    );
    expect(problems).toEqual([
      {
        file: kpiFile,
        field: 'framework → id',
        expected: '"testshire-kpis", the file\'s name',
        found: '"testshire"',
      },
      {
        file: kpiFile,
        field: 'framework → organisation',
        expected: expect.stringContaining('organisation'),
        found: expect.stringContaining('"nowhere-council"'),
      },
    ]);
  });

  it('a unit that is not one Lantern knows', () => {
    const [problem] = problemsAfterEditing(kpiFile, (t) =>
      t.replace('"unit": "percent"', '"unit": "percentage"'),
    );
    expect(problem).toMatchObject({ file: kpiFile, field: 'kpis → 1 → unit', found: '"percentage"' });
    expect(problem!.expected).toContain('percent, days, count');
  });

  it('broken JSON', () => {
    const [problem] = problemsAfterEditing(kpiFile, (t) => t.replace('"kpis": [', '"kpis": [,'));
    expect(problem).toMatchObject({ file: kpiFile, expected: 'valid JSON' });
  });
});
