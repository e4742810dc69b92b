/**
 * A worker thread that draws charts for the build (see render-chart.ts): it receives a spec, the
 * chart's name and a file, writes the SVG to the file and says so, or answers with the error and
 * whether it is the spec's fault.
 */
import { writeFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { ChartSpecError, drawChart } from './draw-chart.ts';

export interface DrawRequest {
  id: number;
  spec: Record<string, unknown>;
  name: string;
  /** Where the SVG goes. */
  file: string;
}
export type DrawAnswer = { id: number; ms: number } & (
  { written: true } | { error: string; specError: boolean }
);

parentPort?.on('message', async ({ id, spec, name, file }: DrawRequest) => {
  const started = performance.now();
  let answer: DrawAnswer;
  try {
    writeFileSync(file, await drawChart(spec, name));
    answer = { id, written: true, ms: performance.now() - started };
  } catch (error) {
    answer = {
      id,
      error: (error as Error).message,
      specError: error instanceof ChartSpecError,
      ms: performance.now() - started,
    };
  }
  parentPort!.postMessage(answer);
});
