/**
 * Charts drawn at build time, each distinct chart once per build: a KPI's chart appears on its own
 * page, its organisation's performance page and every plan that measures it.
 *
 * During `astro build` the lantern integration starts worker threads as soon as the content is
 * checked and asks them for every chart on the site, so the drawing runs on the machine's other cores
 * while Astro syncs content, bundles and renders; a page then waits only for its own charts, and
 * those go to the front of the queue. Once every chart is drawn the threads stop, so their memory is
 * given back while Astro renders on. Without workers (the dev server, tests, the benchmark's own
 * timing, or after they stop) a chart is drawn in the thread that asks.
 *
 * A thread writes each drawing to a file in a folder of the build's own (removed by forgetDrawings
 * at the end of the build, or when the process ends) and the page reads it back, so the build does
 * not hold every chart on the site in memory while it renders. Which
 * drawings are made is kept on globalThis, because the integration and the pages Astro renders load
 * this module separately (the pages from Astro's bundle), in one process.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { ChartSpecError, drawChart } from './draw-chart.ts';
import { plural } from '../../shared/numbers.ts';
import { ChartWorkers, type Made, type Timings } from './chart-threads.ts';
import type { ChartDrawing } from './draw-chart.ts';

export { ChartSpecError };

interface Drawings {
  drawn: Map<string, Promise<Made>>;
  settled: Set<string>;
  workers?: ChartWorkers;
  /** The folder the threads write to, made when they start. */
  folder?: string;
  timings?: Timings;
}

const shared: Drawings = ((globalThis as Record<symbol, Drawings | undefined>)[
  Symbol.for('lantern.chart-drawings')
] ??= (() => {
  const state: Drawings = { drawn: new Map(), settled: new Set() };
  if (process.env.LANTERN_BENCH_TIMINGS) {
    const timings: Timings = { drawings: 0, ms: 0, waitedMs: 0, waiting: 0, since: 0, threads: 0 };
    state.timings = timings;
    process.on('exit', () =>
      console.log(
        `Lantern bench: ${timings.drawings} drawings made in ${Math.round(timings.ms)} ms` +
          (timings.threads > 0
            ? ` (in ${plural(timings.threads, 'worker thread')}); pages waited ${Math.round(timings.waitedMs)} ms for them`
            : ''),
      ),
    );
  }
  return state;
})());

/** A drawing's key: a digest of its name and spec, so the build does not keep every spec as text. */
const keyOf = ({ spec, name }: ChartDrawing) =>
  createHash('sha256')
    .update(`${name}\u0000${JSON.stringify(spec)}`)
    .digest('base64');

/** The SVG of a Vega-Lite spec, drawn once per build. Rejects with ChartSpecError, naming the chart, when Vega-Lite rejects it. */
export async function renderSvg(spec: Record<string, unknown>, name: string): Promise<string> {
  const key = keyOf({ spec, name });
  let made = shared.drawn.get(key);
  if (made) shared.workers?.hurry(key);
  else made = start(key, { spec, name });
  const drawing = await (shared.timings && !shared.settled.has(key) ? waitedFor(made, shared.timings) : made);
  // Read at once, not in a read of its own: the charts of a page then finish in the order they
  // appear, so the chart script Astro adds at the first one is always in the same place.
  return 'svg' in drawing ? drawing.svg : readFileSync(drawing.file, 'utf8');
}

function start(key: string, drawing: ChartDrawing): Promise<Made> {
  const made = shared.workers ? shared.workers.draw(key, drawing) : drawnHere(drawing);
  shared.drawn.set(key, made);
  // Marks the drawing done for the bench's waiting time, and handles a failure here, so a drawing
  // asked for in advance that no page ever awaits is not an unhandled rejection.
  made.then(
    () => shared.settled.add(key),
    () => shared.settled.add(key),
  );
  return made;
}

async function drawnHere({ spec, name }: ChartDrawing): Promise<Made> {
  const started = performance.now();
  try {
    return { svg: await drawChart(spec, name) };
  } finally {
    if (shared.timings) {
      shared.timings.drawings += 1;
      shared.timings.ms += performance.now() - started;
    }
  }
}

async function waitedFor(svg: Promise<Made>, timings: Timings): Promise<Made> {
  if (timings.waiting++ === 0) timings.since = performance.now();
  try {
    return await svg;
  } finally {
    if (--timings.waiting === 0) timings.waitedMs += performance.now() - timings.since;
  }
}

/**
 * Starts `count` worker threads running workerFile (src/build/charts/chart-worker.ts) and asks them for every
 * drawing in the list, so they are made while Astro gets on with other work. A drawing that fails
 * fails only when a page asks for it, with the same error as if the page had drawn it.
 */
export function drawInAdvance(workerFile: string, count: number, drawings: ChartDrawing[]): void {
  if (count < 1 || shared.workers) return;
  // Once every drawing is made the threads stop, and their memory goes back while Astro renders on.
  if (!shared.folder) {
    const folder = mkdtempSync(join(tmpdir(), 'lantern-charts-'));
    shared.folder = folder;
    // Should the build fail before forgetDrawings, the drawings still go when the process does.
    process.on('exit', () => rmSync(folder, { recursive: true, force: true }));
  }
  shared.workers = new ChartWorkers(
    workerFile,
    count,
    shared.folder,
    shared.timings,
    () => void stopDrawingInAdvance(),
  );
  if (shared.timings) shared.timings.threads = count;
  for (const drawing of drawings) {
    const key = keyOf(drawing);
    if (!shared.drawn.has(key)) start(key, drawing);
  }
}

/** Stops the worker threads (every drawing is made, or the build is done); a drawing asked for later is made in the thread that asks. */
export async function stopDrawingInAdvance(): Promise<void> {
  const workers = shared.workers;
  shared.workers = undefined;
  for (const key of (await workers?.stop()) ?? []) {
    shared.drawn.delete(key);
    shared.settled.delete(key);
  }
}

/** At the end of the build: stops the threads, forgets every drawing and removes the folder they were written to. */
export async function forgetDrawings(): Promise<void> {
  await stopDrawingInAdvance();
  shared.drawn.clear();
  shared.settled.clear();
  if (shared.folder) rmSync(shared.folder, { recursive: true, force: true });
  shared.folder = undefined;
}

/** The folder the threads write their drawings to, while there is one. */
export function drawingsFolder(): string | undefined {
  return shared.folder;
}

/** How many worker threads are drawing, or waiting to draw: none before drawInAdvance and after every drawing asked for is made. */
export function drawingThreads(): number {
  return shared.workers?.size ?? 0;
}

/**
 * Threads drawing charts: one fewer than the machine's cores (Astro renders in the main thread), at
 * least one and at most three. LANTERN_CHART_THREADS overrides it; 0 draws in the main thread.
 */
export function chartThreads(env: NodeJS.ProcessEnv = process.env, cores = availableParallelism()): number {
  const asked = env.LANTERN_CHART_THREADS;
  if (asked !== undefined && asked !== '') {
    if (!/^\d+$/.test(asked))
      throw new Error(
        `LANTERN_CHART_THREADS: expected a whole number of threads (0 to draw in the main thread), found "${asked}"`,
      );
    return Number(asked);
  }
  return Math.min(3, Math.max(1, cores - 1));
}
