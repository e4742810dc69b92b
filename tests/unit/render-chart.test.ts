/**
 * Charts drawn in the build's worker threads: the same drawing as in the thread that asks, errors
 * that still name the chart, a page's chart ahead of the queue, and the number of threads.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  chartThreads,
  ChartSpecError,
  drawInAdvance,
  drawingsFolder,
  drawingThreads,
  forgetDrawings,
  renderSvg,
  stopDrawingInAdvance,
} from '../../src/build/charts/render-chart.ts';
import { drawChart } from '../../src/build/charts/draw-chart.ts';
import { kpiChartSpec, kpiDrawings } from '../../src/content-types/kpis/kpi-chart.ts';
import { loadSite } from '../../src/site/load.ts';
import { fixturePaths, projectRoot } from '../support/fixtures.ts';

const workerFile = join(projectRoot, 'src/build/charts/chart-worker.ts');
const kpis = loadSite(fixturePaths()).kpiFrameworks.flatMap(({ data }) => data.kpis);
const bar = (title: string) => ({
  title,
  mark: 'bar',
  data: {
    values: [
      { team: 'North', cases: 12 },
      { team: 'South', cases: 30 },
    ],
  },
  encoding: { x: { field: 'team', type: 'nominal' }, y: { field: 'cases', type: 'quantitative' } },
});

afterAll(() => forgetDrawings());

describe('charts drawn in worker threads', () => {
  // Asked for in advance, as the build does, before any page needs them.
  const inAdvance = [
    ...kpis.flatMap(kpiDrawings),
    { spec: bar('Cases by team'), name: 'cases-by-team' },
    { spec: { mark: 'pie-chart-of-doom', data: { values: [] } }, name: 'broken-in-a-worker' },
  ];
  drawInAdvance(workerFile, 2, inAdvance);

  it('are exactly the drawings the thread that asks would make', async () => {
    expect(kpis.length).toBeGreaterThan(0);
    for (const kpi of kpis) {
      for (const { spec, name } of kpiDrawings(kpi))
        expect(await renderSvg(spec, name)).toBe(await drawChart(spec, name));
    }
  });

  it('a spec that Vega-Lite rejects still fails with the chart named, when the page asks for it', async () => {
    const asked = renderSvg({ mark: 'pie-chart-of-doom', data: { values: [] } }, 'broken-in-a-worker');
    await expect(asked).rejects.toThrow(ChartSpecError);
    await expect(asked).rejects.toThrow('"broken-in-a-worker"');
  });

  it('a chart no page asked for in advance is drawn when asked', async () => {
    const spec = bar('Asked for late');
    expect(await renderSvg(spec, 'late')).toBe(await drawChart(spec, 'late'));
  });

  it('a page waiting for a chart does not wait behind charts asked for in advance', async () => {
    const queue = Array.from({ length: 40 }, (_, n) => ({
      spec: bar(`Queued chart ${n}`),
      name: `queued-${n}`,
    }));
    // A fresh set of workers with a long queue, then the page asks for the last one.
    await stopDrawingInAdvance();
    drawInAdvance(workerFile, 1, queue);
    await renderSvg(queue.at(-1)!.spec, 'queued-39');
    // Without going ahead, the last chart would be drawn after all the others.
    const middle = await Promise.race([
      renderSvg(queue[20]!.spec, 'queued-20'),
      Promise.resolve('still queued'),
    ]);
    expect(middle).toBe('still queued');
  });

  it('the threads stop once every drawing asked for is made, and a chart asked for after that is drawn in the thread that asks', async () => {
    const queue = Array.from({ length: 3 }, (_, n) => ({
      spec: bar(`Stopping chart ${n}`),
      name: `stopping-${n}`,
    }));
    await stopDrawingInAdvance();
    drawInAdvance(workerFile, 1, queue);
    expect(drawingThreads()).toBe(1);
    for (const { spec, name } of queue) await renderSvg(spec, name);
    // The last answer stops the thread.
    await expect.poll(() => drawingThreads()).toBe(0);
    const later = bar('Asked for after the threads stopped');
    expect(await renderSvg(later, 'later')).toBe(await drawChart(later, 'later'));
  });

  it('a drawing made by a thread is kept in a file, not in memory, and the files go when the build ends', async () => {
    const chart = { spec: bar('Kept in a file'), name: 'in-a-file' };
    await stopDrawingInAdvance();
    drawInAdvance(workerFile, 1, [chart]);
    const svg = await renderSvg(chart.spec, chart.name);
    const folder = drawingsFolder()!;
    expect(readdirSync(folder).map((file) => readFileSync(join(folder, file), 'utf8'))).toContain(svg);
    await forgetDrawings();
    expect(existsSync(folder)).toBe(false);
    expect(drawingsFolder()).toBeUndefined();
    // Asked for again after that, it is drawn afresh, the same.
    expect(await renderSvg(chart.spec, chart.name)).toBe(svg);
  });

  it('wide and narrow of one KPI are two different drawings', async () => {
    const kpi = kpis[0]!;
    expect(await renderSvg(kpiChartSpec(kpi, 'narrow'), kpi.id)).not.toBe(
      await renderSvg(kpiChartSpec(kpi), kpi.id),
    );
  });
});

describe('how many threads draw', () => {
  it('is one fewer than the cores, at least one and at most three', () => {
    expect(chartThreads({}, 1)).toBe(1);
    expect(chartThreads({}, 2)).toBe(1);
    expect(chartThreads({}, 4)).toBe(3);
    expect(chartThreads({}, 16)).toBe(3);
  });

  it('can be set with LANTERN_CHART_THREADS, 0 drawing in the main thread, and anything else is an error naming it', () => {
    expect(chartThreads({ LANTERN_CHART_THREADS: '0' }, 8)).toBe(0);
    expect(chartThreads({ LANTERN_CHART_THREADS: '2' }, 2)).toBe(2);
    expect(() => chartThreads({ LANTERN_CHART_THREADS: 'two' }, 2)).toThrow(
      'LANTERN_CHART_THREADS: expected a whole number of threads (0 to draw in the main thread), found "two"',
    );
  });
});
