/** Charts of figures that are not KPIs: the spec Lantern builds, the summary, the downloads, and the errors an author can make. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { loadSite } from '../../src/site/load.ts';
import { problemsAfterEditing } from '../support/problems.ts';
import {
  customChartCsv,
  customChartJson,
  customChartSpec,
  summariseChart,
} from '../../src/content-types/kpis/custom-charts.ts';
import { renderSvg } from '../../src/build/charts/render-chart.ts';
import { fixturePaths, projectRoot } from '../support/fixtures.ts';
import type { CustomChart } from '../../src/content-types/kpis/chart-schema.ts';

const fixture = loadSite(fixturePaths());
const spending = fixture.charts.find((c) => c.data.id === 'testshire-spending-2023')!.data;
const allCharts = [...fixture.charts, ...loadSite(fixturePaths(projectRoot)).charts].map((c) => c.data);

describe('a chart of other figures', () => {
  const schema = JSON.parse(
    readFileSync(join(projectRoot, 'node_modules/vega-lite/build/vega-lite-schema.json'), 'utf8'),
  );
  const validate = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true }).compile(schema);

  it.each(
    allCharts.flatMap((c) =>
      (['wide', 'narrow'] as const).map(
        (size) => [c.id, size, c] as [string, 'wide' | 'narrow', CustomChart],
      ),
    ),
  )('the %s chart, drawn %s, is valid Vega-Lite with the rows as its data', (_id, size, chart) => {
    const spec = customChartSpec(chart, size);
    expect(validate(spec), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect((spec.data as { values: unknown[] }).values).toHaveLength(chart.rows.length);
  });

  it('says in one sentence which row is highest and which lowest, and how many have no figure', () => {
    expect(summariseChart(spending)).toBe(
      'Budget for 2023/24: highest for Placements (£6,000,000) and lowest for Staffing (£4,200,000), across 2 rows; 1 without a figure.',
    );
  });

  it('renders to SVG named by its title and described by its summary', async () => {
    const svg = await renderSvg(customChartSpec(spending), spending.id);
    expect(svg).toContain(
      `<title>${"Where Testshire's children's services money goes".replace(/'/g, "'")}</title>`,
    );
    expect(svg).toContain('<desc>Budget for 2023/24: highest for Placements');
  });

  it('downloads hold exactly the rows, a missing figure left empty', () => {
    expect(customChartCsv(spending).split('\r\n').slice(0, 4)).toEqual([
      'line,budget,source',
      'Placements,6000000,test-report L100',
      'Staffing,4200000,test-report L101',
      'Transport,,test-report L101',
    ]);
    expect(JSON.parse(customChartJson(spending)).rows[2]).toEqual({
      line: 'Transport',
      budget: null,
      source: 'test-report L101',
    });
  });
});

const chartFile = 'data/charts/testshire-spending-2023.json';

describe('chart errors stop the build, naming the file and the reason', () => {
  it('a spec that Vega-Lite rejects', () => {
    const [problem, ...rest] = problemsAfterEditing(chartFile, (t) =>
      t.replace('"mark": "bar"', '"mark": "pie-slice"'),
    );
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({
      file: chartFile,
      field: 'spec',
      expected: 'a Vega-Lite spec that Vega-Lite accepts',
    });
    expect(problem!.found).toMatch(/^"mark" must be one of: .*\bbar\b/);
  });

  it('a spec that uses a field the rows do not have', () => {
    expect(
      problemsAfterEditing(chartFile, (t) =>
        t.replace('"x": { "field": "budget"', '"x": { "field": "budgte"'),
      ),
    ).toEqual([
      {
        file: chartFile,
        field: 'spec',
        expected: 'fields that are columns of the chart (line, budget)',
        found: '"budgte"',
      },
    ]);
  });

  it('a chart named in a body that does not exist', () => {
    const plan = 'content/plans/testshire-plan-2023.mdx';
    const [problem, ...rest] = problemsAfterEditing(plan, (t) =>
      t.replace('<Chart spec="testshire-spending-2023" />', '<Chart spec="testshire-spend" />'),
    );
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({
      file: plan,
      field: 'a <Chart> in the body',
      expected: 'the id of a chart in data/charts/',
    });
  });

  it('a row with text where a figure belongs', () => {
    const [problem, ...rest] = problemsAfterEditing(chartFile, (t) =>
      t.replace('["Placements", 6000000]', '["Placements", "£6m"]'),
    );
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({
      file: chartFile,
      field: 'rows → 1 → cells → 2',
      expected: 'a number, or null where the source gives none',
    });
  });
});
