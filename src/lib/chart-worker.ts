/**
 * A worker thread that draws charts for the build (see render-chart.ts): it receives a spec and the
 * chart's name, and answers with the SVG, or with the error and whether it is the spec's fault.
 */
import { parentPort } from 'node:worker_threads';
import { ChartSpecError, drawChart } from './draw-chart.ts';

export interface DrawRequest {
  id: number;
  spec: Record<string, unknown>;
  name: string;
}
export type DrawAnswer = { id: number; ms: number } & ({ svg: string } | { error: string; specError: boolean });

parentPort?.on('message', async ({ id, spec, name }: DrawRequest) => {
  const started = performance.now();
  let answer: DrawAnswer;
  try {
    answer = { id, svg: await drawChart(spec, name), ms: performance.now() - started };
  } catch (error) {
    answer = { id, error: (error as Error).message, specError: error instanceof ChartSpecError, ms: performance.now() - started };
  }
  parentPort!.postMessage(answer);
});
