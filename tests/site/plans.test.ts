/** The default site's plans, self-evaluations and performance pages, as a resident or councillor reads them. */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { distDir, mainText, readPage } from '../support/dist.ts';
import { loadSite } from '../../src/site/load.ts';
import { fixturePaths, projectRoot } from '../support/fixtures.ts';

const site = loadSite(fixturePaths(projectRoot));
const kpis = site.kpiFrameworks.flatMap((f) => f.data.kpis);
const page = (path: string) => parse(readPage(path));
const text = (path: string) => mainText(readPage(path));
/** The fields of one CSV line (RFC 4180 quoting). */
const csvFields = (line: string) =>
  [...line.matchAll(/(?:^|,)("(?:[^"]|"")*"|[^,]*)/g)].map((m) =>
    m[1]!.replace(/^"|"$/g, '').replace(/""/g, '"'),
  );
/** A table row's cells as the reader sees them, joined with " | ". */
const cells = (row: HTMLElement) =>
  row
    .querySelectorAll('th, td')
    .map((c) => c.text.replace(/\s+/g, ' ').trim())
    .join(' | ');

describe('KPI pages on the default site', () => {
  it.each(kpis.map((k) => [k.id, k] as const))(
    '%s: its drawings have a title and description, and the table, CSV and JSON hold the same figures',
    (id, kpi) => {
      const root = page(`kpis/${id}/index.html`);
      const svgs = root.querySelectorAll('figure.chart svg');
      const drawable = kpi.observations.some((o) => o.value !== null);
      // A measure with no figure at all is not drawn as an empty chart: the page says so.
      expect(svgs).toHaveLength(drawable ? 2 : 0);
      if (!drawable) expect(root.querySelector('.chart-empty')!.text).toContain('There is no figure to draw');
      for (const svg of svgs) {
        expect(svg.getAttribute('role')).toBe('img');
        expect(svg.querySelector('title')!.text).toBe(kpi.plainName);
        expect(svg.querySelector('desc')!.text.length).toBeGreaterThan(20);
      }
      const tableRows = root.querySelectorAll('.chart-data tbody tr');
      const csvRows = readFileSync(join(distDir, 'kpis', `${id}.csv`), 'utf8')
        .trim()
        .split('\r\n')
        .slice(1);
      const json = JSON.parse(readFileSync(join(distDir, 'kpis', `${id}.json`), 'utf8')) as {
        observations: { period: string; value: number | null }[];
      };
      expect(tableRows).toHaveLength(kpi.observations.length);
      expect(csvRows).toHaveLength(kpi.observations.length);
      const csvFigures = csvRows
        .map((row) => csvFields(row))
        .map((f) => [f[1], f[4] === '' ? null : Number(f[4])]);
      expect(json.observations.map((o) => [o.period, o.value])).toEqual(csvFigures);
      // The table shows the periods in the same order as the downloads.
      expect(tableRows.map((r) => r.querySelector('th')!.text.trim())).toEqual(
        csvRows.map((row) => csvFields(row)[2]),
      );
    },
  );

  it('KPI 1 says in one sentence where referral decisions stood in March 2023 against the target', () => {
    const summary = page('kpis/nct-kpi-01/index.html').querySelector('.chart-summary')!.text;
    expect(summary).toContain('51.2% in March 2023, against a target of at least 85%: not met.');
  });

  it('a month whose figure was only in a chart image is shown as missing, with why, never estimated', () => {
    const rows = page('kpis/nct-kpi-01/index.html').querySelectorAll('.chart-data tbody tr').map(cells);
    const september = rows.find((r) => r.startsWith('September 2022'))!;
    expect(september).toMatch(
      /^September 2022 \| No figure: only in a chart image in the source; the figure cannot be read/,
    );
  });

  it("the Trust's performance page lists all 21 contractual KPIs and the support-service KPIs, each with its status in words", () => {
    const rows = page('performance/northamptonshire-childrens-trust/index.html')
      .querySelectorAll('table.kpi-table tbody tr')
      .map(cells);
    for (let n = 1; n <= 21; n++)
      expect(
        rows.some((r) => r.includes(`(KPI ${n})`)),
        `KPI ${n}`,
      ).toBe(true);
    expect(rows.length).toBeGreaterThanOrEqual(21 + 44);
    expect(rows.find((r) => r.includes('(KPI 1)'))).toMatch(/51\.2% March 2023 \| at least 85% \| ✗ Not met/);
  });
});

describe('plans on the default site', () => {
  it("the Trust's business plan counts its improvement actions' ratings from the actions: all 33 green for delivery and amber for outcome", () => {
    expect(text('plans/nct-business-plan-2023/index.html')).toContain(
      '33 actions. Delivery: 33 green. Outcome: 33 amber. Direction of travel: 25 improving and 8 no change.',
    );
  });

  it("the business plan sets each contractual KPI's 2019/20 baseline beside its latest figure", () => {
    const rows = page('plans/nct-business-plan-2023/index.html')
      .querySelectorAll('table.kpi-table tbody tr')
      .map(cells);
    expect(rows.find((r) => r.includes('(KPI 1)'))).toMatch(/\(KPI 1\) \| 83% \| 51\.2% March 2023 \|/);
    expect(rows.find((r) => r.includes('(KPI 18)'))).toMatch(/\(KPI 18\) \| 147\.2 days \|/);
  });

  it('the business plan shows the appendices it leaves "TBC" as not yet published', () => {
    const appendices = page('plans/nct-business-plan-2023/index.html')
      .querySelectorAll('#appendices + ul li')
      .map((li) => li.text.replace(/\s+/g, ' '));
    expect(appendices.filter((a) => /not yet published/.test(a)).map((a) => a.slice(0, 12))).toEqual([
      'Appendix 7: ',
      'Appendix 8: ',
    ]);
  });

  it("the annual report's finance table gives the grand total as printed, and the cover report's other figures beside it", () => {
    const root = page('plans/nct-annual-report-2022-23/index.html');
    const total = root
      .querySelectorAll('table.figures tr.total')
      .map(cells)
      .find((r) => r.startsWith('Grand Total'));
    expect(total).toContain(
      '£141,364k | -£12,733k | £128,631k | £163,706k | -£13,640k | £150,066k | £21,435k | £11,891k | £9,544k',
    );
    expect(text('plans/nct-annual-report-2022-23/index.html')).toContain('£158.837m');
  });

  it('the strategic risk register scores unregistered placements 20 before mitigation, 12 now, with a target of 10', () => {
    const row = page('plans/nct-annual-report-2022-23/index.html')
      .querySelectorAll('tr')
      .map(cells)
      .find((r) => r.startsWith('SCR 05'))!;
    expect(row).toContain(
      '20 (likelihood 4 × impact 5) | 12 (likelihood 4 × impact 3) | 10 (likelihood 2 × impact 5)',
    );
  });

  it('the youth justice plan gives the budget by funder with its printed total, and charts the national measures', () => {
    const root = page('plans/youth-justice-plan-2023/index.html');
    expect(root.querySelectorAll('table.figures tr.total').map(cells).join('\n')).toContain('£2,690,570');
    const charted = root
      .querySelectorAll('.prose figure.chart')
      .map((f) => f.querySelector('svg title')!.text);
    expect(charted).toContain('Who pays for the youth justice service in 2023/24');
    expect(charted).toContain(
      'Children who offended in 2022 and all children aged 10 to 17, by ethnic group',
    );
    expect(charted.length).toBeGreaterThanOrEqual(5);
    const funders = root
      .querySelectorAll('.prose figure.chart')
      .find((f) => f.querySelector('h3')!.text.startsWith('Who pays'))!;
    expect(funders.querySelector('.chart-summary')!.text).toBe(
      'Income for 2023/24: highest for Local Authority (£1,606,151) and lowest for Probation (£31,974), across 6 rows.',
    );
  });

  it('finance tables and risk registers can be downloaded from the data page, with the same lines as the pages', () => {
    const links = page('data/index.html')
      .querySelectorAll('#money-and-risk ~ div a[download]')
      .map((a) => a.getAttribute('href'));
    for (const { data } of site.finance) {
      expect(links).toContain(`./finance/${data.id}.csv`);
      const csv = readFileSync(join(distDir, 'data/finance', `${data.id}.csv`), 'utf8')
        .trim()
        .split('\r\n');
      expect(csv).toHaveLength(data.rows.length + 1);
    }
    for (const { data } of site.risks)
      expect(existsSync(join(distDir, 'data/risks', `${data.id}.json`))).toBe(true);
    const chartLinks = page('data/index.html')
      .querySelectorAll('#charts ~ div a[download]')
      .map((a) => a.getAttribute('href'));
    for (const { data } of site.charts) expect(chartLinks).toContain(`../charts/${data.id}.csv`);
  });
});

describe('self-evaluations on the default site', () => {
  it.each(site.selfEvaluations.map((e) => [e.slug, e] as const))(
    '%s asks the ILACS questions of its service areas and lists its sections',
    (slug, entry) => {
      const root = page(`self-evaluations/${slug}/index.html`);
      const questions = root.querySelectorAll('section h3').map((h) => h.text.trim());
      expect(questions).toContain('What do we know about the quality and impact of our practice?');
      expect(questions).toContain('What are we doing next?');
      const contents = root.querySelectorAll('.page-contents a').map((a) => a.text.trim());
      for (const area of entry.data.serviceAreas) expect(contents).toContain(area.title);
    },
  );
});
