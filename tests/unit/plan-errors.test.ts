/** Errors in plans, self-evaluations, finance tables and risk registers stop the load, naming the file, the field, what was expected and what was found. */
import { describe, expect, it } from 'vitest';
import { problemsAfterEditing } from '../support/problems.ts';

const plan = 'content/plans/testshire-plan-2023.mdx';
const evaluation = 'content/self-evaluations/testshire-self-evaluation-2023.mdx';
const finance = 'data/finance/testshire-budget-2023.json';
const risks = 'data/risks/testshire-risks-2023.json';

describe('plan and self-evaluation errors', () => {
  it('a chart in the body that names a KPI which does not exist', () => {
    const problems = problemsAfterEditing(plan, (t) =>
      t.replace('<Chart kpi="ts-referrals" />', '<Chart kpi="ts-referals" />'),
    );
    const [problem, ...rest] = problems.filter((p) => p.file === plan);
    expect(rest).toEqual([]);
    // The young people's version explains a chart the plan no longer draws, and is told so too.
    expect(problems.filter((p) => p.file !== plan).map((p) => p.found)).toEqual(['"kpi/ts-referrals"']);
    expect(problem).toMatchObject({
      file: plan,
      field: 'a <Chart> in the body',
      expected: 'the id of a KPI in data/kpis/',
    });
    expect(problem!.found).toMatch(/^"ts-referals", which is not one/);
  });

  it('a measure of an outcome that is not a KPI', () => {
    const [problem, ...rest] = problemsAfterEditing(plan, (t) =>
      t.replace('measures: [ts-referrals]', 'measures: [ts-unknown]'),
    );
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({
      file: plan,
      field: 'outcomes → 1 → measures → 1',
      expected: 'the id of a KPI in data/kpis/',
    });
  });

  it('a finance table or risk register that does not exist', () => {
    expect(
      problemsAfterEditing(plan, (t) =>
        t.replace('finance: [testshire-budget-2023]', 'finance: [testshire-budget-2024]'),
      ),
    ).toEqual([
      {
        file: plan,
        field: 'finance → 1',
        expected: 'the id of a finance table in data/finance/',
        found: '"testshire-budget-2024"',
      },
    ]);
  });

  it('a meeting item where the plan was considered that the meeting does not have', () => {
    expect(problemsAfterEditing(plan, (t) => t.replace('item: minute-1 }', 'item: minute-9 }'))).toEqual([
      {
        file: plan,
        field: 'considered → 1 → item',
        expected: 'the id of an item of content/meetings/test-council-2023-09-28.md',
        found: '"minute-9"',
      },
    ]);
  });

  it('a RAG rating that is not red, amber, green or not rated', () => {
    const [problem, ...rest] = problemsAfterEditing(plan, (t) =>
      t.replace('ragDelivery: amber', 'ragDelivery: yellow'),
    );
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({
      file: plan,
      field: 'improvementPlan → actions → 3 → ragDelivery',
      expected: 'one of: red, amber, green, not rated',
      found: '"yellow"',
    });
  });

  it('a self-evaluation figure above 100 per cent, and one missing without a reason', () => {
    const problems = problemsAfterEditing(evaluation, (t) =>
      t.replace('value: 95,', 'value: 950,').replace('missing: "chart only", ', ''),
    );
    expect(problems).toEqual([
      expect.objectContaining({
        file: evaluation,
        field: 'serviceAreas → 1 → figures → 1 → value',
        expected: 'a percentage from 0 to 100, because the unit is percent',
        found: '950',
      }),
      expect.objectContaining({ file: evaluation, field: 'serviceAreas → 1 → figures → 2 → missing' }),
    ]);
  });

  it('a baseline inspection that is not on the site', () => {
    expect(
      problemsAfterEditing(evaluation, (t) =>
        t.replace('baselineInspection: testshire-2023-ilacs', 'baselineInspection: testshire-2019-ilacs'),
      ),
    ).toEqual([
      {
        file: evaluation,
        field: 'baselineInspection',
        expected: 'the file name of an inspection in content/inspections/',
        found: '"testshire-2019-ilacs"',
      },
    ]);
  });
});

describe('finance and risk errors', () => {
  it('a finance row with more figures than the table has columns', () => {
    expect(
      problemsAfterEditing(finance, (t) => t.replace('[6000, 7000, 1000]', '[6000, 7000, 1000, 5]')),
    ).toEqual([
      {
        file: finance,
        field: 'rows → 1 (Placements) → values',
        expected: '3 figures, one per column',
        found: '4',
      },
    ]);
  });

  it('a likelihood outside 1 to 5', () => {
    const [problem, ...rest] = problemsAfterEditing(risks, (t) =>
      t.replace('"initial": { "likelihood": 4', '"initial": { "likelihood": 6'),
    );
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ file: risks, field: 'risks → 1 → initial → likelihood', found: '6' });
  });
});
