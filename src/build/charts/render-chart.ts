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
 * not hold every chart on the site in memory while it renders (about 80 MB at 10,000 pages). Which
 * drawings are made is kept on globalThis, because the integration and the pages Astro renders load
 * this module separately (the pages from Astro's bundle), in one process.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { ChartSpecError, drawChart } from './draw-chart.ts';
import { plural } from '../../shared/numbers.ts';
import type { DrawAnswer, DrawRequest } from './chart-worker.ts';
import type { ChartDrawing } from '../../content-types/kpis/kpi-chart.ts';

export { ChartSpecError };

/** A drawing made: in memory when drawn in the thread that asked, in a file when drawn by a worker thread. */
type Made = { svg: string } | { file: string };

interface Job extends DrawRequest {
  key: string;
  resolve(made: Made): void;
  reject(error: Error): void;
}

/** With LANTERN_BENCH_TIMINGS set (by `npm run bench`), what drawing cost is printed when the build process ends. */
interface Timings {
  drawings: number;
  /** Time spent drawing, added up over the threads that drew. */
  ms: number;
  /** Time the pages spent waiting for a drawing not yet made (any wait, while one or more go on). */
  waitedMs: number;
  waiting: number;
  since: number;
  threads: number;
}

class ChartWorkers {
  private readonly queue: Job[] = [];
  private readonly idle: Worker[] = [];
  private readonly working = new Map<Worker, Job>();
  private nextId = 0;
  private stopping = false;
  private readonly timings: Timings | undefined;
  private readonly allDrawn: () => void;
  /** Where the threads write the drawings, one file each. */
  private readonly folder: string;

  /** allDrawn is called when the queue is empty and no thread is drawing. */
  constructor(
    workerFile: string,
    count: number,
    folder: string,
    timings: Timings | undefined,
    allDrawn: () => void,
  ) {
    this.timings = timings;
    this.allDrawn = allDrawn;
    this.folder = folder;
    for (let n = 0; n < count; n++) {
      // Heap sizes of their own: without them a thread takes the main thread's (several GB) and lets
      // garbage pile up to hundreds of MB between collections. 512 MB is far more than any chart needs.
      const worker = new Worker(workerFile, {
        resourceLimits: { maxOldGenerationSizeMb: 512, maxYoungGenerationSizeMb: 32 },
      });
      // An idle worker never keeps the process alive; one with a drawing to make does.
      worker.unref();
      worker.on('message', (answer: DrawAnswer) => this.answered(worker, answer));
      worker.on('error', (error) => this.failed(worker, error));
      worker.on('exit', (code) => code !== 0 && this.failed(worker, new Error(`exited with code ${code}`)));
      this.idle.push(worker);
    }
  }

  draw(key: string, { spec, name }: ChartDrawing): Promise<Made> {
    return new Promise((resolve, reject) => {
      const id = this.nextId++;
      this.queue.push({ id, key, spec, name, file: join(this.folder, `${id}.svg`), resolve, reject });
      this.next();
    });
  }

  /** A page needs this drawing now: it goes ahead of the ones asked for in advance. */
  hurry(key: string): void {
    const at = this.queue.findIndex((job) => job.key === key);
    if (at > 0) this.queue.unshift(...this.queue.splice(at, 1));
  }

  /** Stops the threads; returns the keys of the drawings not made, which are dropped. */
  async stop(): Promise<string[]> {
    this.stopping = true;
    const unmade = [...this.working.values(), ...this.queue.splice(0)];
    const workers = [...this.idle, ...this.working.keys()];
    this.idle.length = 0;
    this.working.clear();
    for (const job of unmade) job.reject(new Error(`The chart workers stopped before drawing "${job.name}"`));
    await Promise.all(workers.map((worker) => worker.terminate()));
    return unmade.map((job) => job.key);
  }

  private next(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.pop()!;
      const job = this.queue.shift()!;
      this.working.set(worker, job);
      worker.ref();
      worker.postMessage({
        id: job.id,
        spec: job.spec,
        name: job.name,
        file: job.file,
      } satisfies DrawRequest);
    }
  }

  private answered(worker: Worker, answer: DrawAnswer): void {
    const job = this.working.get(worker);
    if (!job || job.id !== answer.id) return;
    this.working.delete(worker);
    worker.unref();
    this.idle.push(worker);
    if (this.timings) {
      this.timings.drawings += 1;
      this.timings.ms += answer.ms;
    }
    if ('written' in answer) job.resolve({ file: job.file });
    else job.reject(answer.specError ? new ChartSpecError(answer.error) : new Error(answer.error));
    this.next();
    if (this.queue.length === 0 && this.working.size === 0) this.allDrawn();
  }

  /** Threads that are running. */
  get size(): number {
    return this.idle.length + this.working.size;
  }

  private failed(worker: Worker, error: Error): void {
    if (this.stopping) return;
    const job = this.working.get(worker);
    this.working.delete(worker);
    const idle = this.idle.indexOf(worker);
    if (idle >= 0) this.idle.splice(idle, 1);
    const problem = new Error(
      `A chart-drawing worker thread stopped (${error.message}) while drawing "${job?.name ?? 'nothing'}"`,
    );
    job?.reject(problem);
    // With no worker left, nothing would ever draw what is queued: say so rather than wait for ever.
    if (this.idle.length === 0 && this.working.size === 0) {
      for (const queued of this.queue.splice(0)) queued.reject(problem);
      // And a drawing asked for from now on is made in the thread that asks.
      this.allDrawn();
    }
  }
}

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

/** A drawing's key: a digest of its name and spec, so the build does not keep every spec as text (12 MB at 10,000 pages). */
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
