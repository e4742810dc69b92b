/**
 * The worker threads that draw a build's charts in advance (see render-chart.ts): a queue of drawings
 * that pages can move to the front, threads that write each drawing to a file, and what happens when
 * a thread fails.
 */
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { ChartSpecError } from './draw-chart.ts';
import type { DrawAnswer, DrawRequest } from './chart-worker.ts';
import type { ChartDrawing } from './draw-chart.ts';

/** A drawing made: in memory when drawn in the thread that asked, in a file when drawn by a worker thread. */
export type Made = { svg: string } | { file: string };

interface Job extends DrawRequest {
  key: string;
  resolve(made: Made): void;
  reject(error: Error): void;
}

/** With LANTERN_BENCH_TIMINGS set (by `npm run bench`), what drawing cost is printed when the build process ends. */
export interface Timings {
  drawings: number;
  /** Time spent drawing, added up over the threads that drew. */
  ms: number;
  /** Time the pages spent waiting for a drawing not yet made (any wait, while one or more go on). */
  waitedMs: number;
  waiting: number;
  since: number;
  threads: number;
}

export class ChartWorkers {
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
