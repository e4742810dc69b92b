/** Performance figures: periods, status against the target, the summary sentence, the chart spec and its SVG, the downloads. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { parsePeriod } from '../../src/content-types/kpis/periods.ts';
import {
  latest,
  statusOf,
  summarise,
  targetsInWords,
  targetsMet,
  trend,
} from '../../src/content-types/kpis/model.ts';
import { chartRows, kpiChartSpec } from '../../src/content-types/kpis/kpi-chart.ts';
import { kpiCsv, kpiJson } from '../../src/content-types/kpis/downloads.ts';
import { renderSvg, ChartSpecError } from '../../src/build/charts/render-chart.ts';
import { loadSite } from '../../src/site/load.ts';
import { fixturePaths, projectRoot } from '../support/fixtures.ts';
import type { Kpi } from '../../src/content-types/kpis/schema.ts';

const fixture = loadSite(fixturePaths());
const kpis = fixture.kpiFrameworks.flatMap((f) => f.data.kpis);
// The default site's KPIs too: every chart it draws must be valid Vega-Lite.
const defaultKpis = loadSite(fixturePaths(projectRoot)).kpiFrameworks.flatMap((f) => f.data.kpis);
const byId = (id: string) => kpis.find((k) => k.id === id)!;
const referrals = byId('ts-referrals');
/** A yearly KPI whose source also gives two quarters, in no particular order. */
const quarterAndYear: Kpi = {
  ...referrals,
  frequency: 'annual',
  target: undefined,
  tolerance: undefined,
  benchmarks: [],
  observations: [
    { period: '2022/23', basis: 'period', value: 55, source: 'x L1' },
    { period: '2022/23 Q4', basis: 'period', value: 40, source: 'x L2' },
    { period: '2022/23 Q3', basis: 'period', value: null, missing: 'not reported', source: 'x L3' },
  ],
};

describe('periods', () => {
  it('reads months, financial years, quarters, calendar years and spans, in words', () => {
    expect(parsePeriod('2023-03')).toMatchObject({
      kind: 'month',
      label: 'March 2023',
      start: '2023-03',
      end: '2023-03',
    });
    expect(parsePeriod('2022/23')).toMatchObject({
      kind: 'financial-year',
      start: '2022-04',
      end: '2023-03',
    });
    expect(parsePeriod('2022/23 Q3')).toMatchObject({
      kind: 'quarter',
      start: '2022-10',
      end: '2022-12',
      label: 'Q3 2022/23 (October to December 2022)',
    });
    expect(parsePeriod('2022/23 Q4')).toMatchObject({ start: '2023-01', end: '2023-03' });
    expect(parsePeriod('2019-07..2020-06')).toMatchObject({ kind: 'span', label: 'July 2019 to June 2020' });
  });
  it('refuses what is not a period', () => {
    for (const bad of ['2023-13', '2022/24', 'March 2023', '2020-06..2019-07', '2022/23 Q5', ''])
      expect(parsePeriod(bad), bad).toBeUndefined();
  });
});

describe('the status of a figure against its target', () => {
  const higher = {
    target: { operator: '>=' as const, value: 85, from: '2022/23', source: 'x L1' },
    tolerance: { value: 5, source: 'x L1' },
  };
  const lower = {
    target: { operator: '<=' as const, value: 12, from: '2022/23', to: '2023/24', source: 'x L1' },
  };
  const in2023 = (value: number | null) => ({ period: '2023-03', value });
  it('is met, within tolerance or not met, by the polarity the target carries', () => {
    expect(statusOf(higher, in2023(85))).toBe('met');
    expect(statusOf(higher, in2023(81.5))).toBe('within tolerance');
    expect(statusOf(higher, in2023(51.2))).toBe('not met');
    expect(statusOf(lower, in2023(11.5))).toBe('met');
    expect(statusOf(lower, in2023(13.1))).toBe('not met');
  });
  it('is never met for a missing figure, and there is no status without a target', () => {
    expect(statusOf(higher, in2023(null))).toBe('no value');
    expect(statusOf(higher, undefined)).toBe('no value');
    expect(statusOf({}, in2023(50))).toBe('no target');
  });
  it('is given only for the periods the target applies to: none before it was set, or after it ended', () => {
    expect(statusOf(higher, { period: '2021/22', value: 99 })).toBe('not in force');
    expect(statusOf(higher, { period: '2022-03', value: 99 })).toBe('not in force');
    expect(statusOf(higher, { period: '2022-04', value: 99 })).toBe('met');
    expect(statusOf(higher, { period: '2022/23 Q1', value: 99 })).toBe('met');
    expect(statusOf(lower, { period: '2024/25', value: 1 })).toBe('not in force');
    expect(statusOf(lower, { period: '2023/24', value: 1 })).toBe('met');
  });
});

describe('the latest figure and the trend', () => {
  it('take the newest figure of a period, not the year to date', () => {
    expect(latest(referrals)).toMatchObject({ period: '2023-03', value: 51.2 });
  });
  it('take the quarter, not the whole year, when both end in the same month', () => {
    expect(latest(quarterAndYear)).toMatchObject({ period: '2022/23 Q4', value: 40 });
  });
  it('say worse when a higher-is-better figure falls, better when a lower-is-better figure falls', () => {
    expect(trend(referrals)).toMatchObject({ trend: 'worse', previous: { period: '2023-02' } });
    expect(trend(byId('ts-caseloads')).trend).toBe('better');
  });
});

describe('the order of periods', () => {
  it('is the same in the chart and in the table: a quarter before the year that ends with it', () => {
    const drawn = (kpiChartSpec(quarterAndYear).data as { values: { label: string }[] }).values.map(
      (v) => v.label,
    );
    const listed = chartRows(quarterAndYear).map((row) => row.label);
    expect(listed).toEqual([
      'Q3 2022/23 (October to December 2022)',
      'Q4 2022/23 (January to March 2023)',
      '2022/23',
    ]);
    expect(drawn).toEqual(listed);
  });
});

describe('the one-sentence summary', () => {
  it('gives the figure, the period, the target and the status, the trend and the benchmark', () => {
    expect(summarise(referrals)).toBe(
      'Referrals decided within 2 working days: 51.2% in March 2023, against a target of at least 85%: not met. That is worse than 81.5% in February 2023. For comparison: England 79%.',
    );
  });
  it('says why there is no figure rather than inventing one', () => {
    expect(summarise(byId('ts-complaints'))).toBe(
      'Complaints answered on time: no figure is shown (not yet published).',
    );
  });
});

describe('the chart', () => {
  const schema = JSON.parse(
    readFileSync(join(projectRoot, 'node_modules/vega-lite/build/vega-lite-schema.json'), 'utf8'),
  );
  const validate = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true }).compile(schema);

  const sized = [...kpis, ...defaultKpis].flatMap((k) =>
    (['wide', 'narrow'] as const).map((size) => [k.id, size, k] as [string, 'wide' | 'narrow', Kpi]),
  );
  it.each(sized)('the %s chart, drawn %s, is valid Vega-Lite', (_id, size, kpi) => {
    const valid = validate(kpiChartSpec(kpi, size));
    expect(validate.errors ?? [], JSON.stringify(validate.errors?.slice(0, 3))).toEqual([]);
    expect(valid).toBe(true);
  });

  it('draws a narrow version for small screens, no wider than 320 px less the page margins', async () => {
    const svg = await renderSvg(kpiChartSpec(referrals, 'narrow'), referrals.id);
    const width = Number(/^<svg [^>]*width="(\d+(?:\.\d+)?)"/.exec(svg)?.[1]);
    expect(width).toBeGreaterThan(200);
    expect(width).toBeLessThanOrEqual(300);
  });

  it('draws the target and the benchmark as labelled lines, and leaves a gap for a missing month', () => {
    const spec = JSON.stringify(kpiChartSpec(referrals));
    expect(spec).toContain('Target: at least 85%');
    expect(spec).toContain('England: 79%');
    const values = (kpiChartSpec(referrals).data as { values: { axis: string; value: number | null }[] })
      .values;
    expect(values.find((v) => v.axis === 'Jan 2023')?.value).toBeNull();
  });

  it('renders to SVG with its title and its summary for screen readers', async () => {
    const svg = await renderSvg(kpiChartSpec(referrals), referrals.id);
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toMatch(/^<svg [^>]*role="img"[^>]*aria-label="Referrals decided within 2 working days"/);
    expect(svg).toContain(`<desc>${summarise(referrals)}</desc>`);
    expect(svg).toContain('<title>Referrals decided within 2 working days</title>');
  });

  it('a spec that Vega-Lite rejects stops the build, naming the chart', async () => {
    await expect(
      renderSvg({ mark: 'pie-chart-of-doom', data: { values: [] } }, 'broken-chart'),
    ).rejects.toThrow(ChartSpecError);
    await expect(
      renderSvg({ mark: 'pie-chart-of-doom', data: { values: [] } }, 'broken-chart'),
    ).rejects.toThrow('"broken-chart"');
  });
});

describe('the downloads', () => {
  it('hold exactly the rows of the table, with missing figures empty and the reason given', () => {
    const csv = kpiCsv(referrals).trimEnd().split('\r\n');
    const rows = chartRows(referrals);
    expect(csv).toHaveLength(rows.length + 1);
    expect(csv[0]).toBe(
      'kpi,period,period_in_words,basis,value,unit,missing_reason,target,status,note,source',
    );
    expect(csv).toContain(
      'ts-referrals,2023-01,January 2023,period,,percent,chart only,85,no figure,,test-report L62',
    );
    expect(csv).toContain('ts-referrals,2023-03,March 2023,period,51.2,percent,,85,not met,,test-report L64');
    const json = JSON.parse(kpiJson(referrals, 'testshire-kpis'));
    expect(
      json.observations.map((o: { period: string; value: number | null }) => [o.period, o.value]),
    ).toEqual(rows.map((r) => [r.period, r.value]));
  });
});

describe('how many targets were met', () => {
  const framework = fixture.kpiFrameworks[0]!.data;

  it('counts only measures with a target in force and a latest figure', () => {
    // ts-referrals misses its target; ts-caseloads meets it; ts-complaints has no figure.
    expect(targetsMet(framework.kpis)).toEqual({ met: 1, targeted: 2 });
  });

  it("counts support services apart from children's services, so they never swell the children's figures", () => {
    const support = {
      ...framework,
      framework: { ...framework.framework, id: 'support', about: 'support services' as const },
      kpis: framework.kpis.map((kpi) => ({ ...kpi, id: `support-${kpi.id}` })),
    };
    expect(targetsInWords([framework, support, support])).toEqual([
      "Children's services: on the latest figures, 1 of the 2 measures with a target in force met it.",
      'Support services to the organisation, counted apart (not services for children): on the latest figures, 2 of the 4 measures with a target in force met it.',
    ]);
    expect(targetsInWords([support])).toHaveLength(1);
  });
});
