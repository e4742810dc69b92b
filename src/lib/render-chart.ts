/**
 * Renders Vega-Lite specs to SVG in the build process itself (no browser, no process per chart).
 * The SVG is one image for assistive technology, named by the chart's title and described by its summary, so a screen
 * reader can reach the chart; the page puts the summary and the data table beside it.
 */
import { compile, type TopLevelSpec } from 'vega-lite';
import { parse, View } from 'vega';
import { escapeHtml } from './html.ts';

export class ChartSpecError extends Error {}

/** Drawings already made in this build: a KPI's chart appears on its own page, its organisation's performance page and every plan that measures it. */
const drawn = new Map<string, Promise<string>>();

/** The SVG of a Vega-Lite spec, drawn once per build. Throws ChartSpecError, naming the chart, when Vega-Lite rejects it. */
export function renderSvg(spec: Record<string, unknown>, name: string): Promise<string> {
  const key = `${name}\u0000${JSON.stringify(spec)}`;
  let svg = drawn.get(key);
  if (!svg) {
    svg = timed(spec, name);
    drawn.set(key, svg);
  }
  return svg;
}

/** With LANTERN_BENCH_TIMINGS set (by `npm run bench`), the time spent drawing is printed when the build ends: time when any chart is being drawn, as a page's charts are drawn together. */
const timings = process.env.LANTERN_BENCH_TIMINGS ? { drawings: 0, ms: 0, busy: 0, since: 0 } : undefined;
if (timings) process.on('exit', () => console.log(`Lantern bench: ${timings.drawings} drawings made in ${Math.round(timings.ms)} ms`));

async function timed(spec: Record<string, unknown>, name: string): Promise<string> {
  if (!timings) return draw(spec, name);
  if (timings.busy++ === 0) timings.since = performance.now();
  try {
    return await draw(spec, name);
  } finally {
    timings.drawings += 1;
    if (--timings.busy === 0) timings.ms += performance.now() - timings.since;
  }
}

async function draw(spec: Record<string, unknown>, name: string): Promise<string> {
  let vega;
  try {
    vega = compile(spec as unknown as TopLevelSpec).spec;
  } catch (error) {
    throw new ChartSpecError(`The chart "${name}" has a spec that Vega-Lite rejects: ${(error as Error).message}`);
  }
  const view = new View(parse(vega), { renderer: 'none' });
  try {
    const svg = await view.toSVG();
    // The accessible name: the drawn title, or the title kept in usermeta when the page heads the chart itself.
    const titled = typeof spec.title === 'object' && spec.title !== null ? (spec.title as { text?: unknown }).text : spec.title;
    const title = String(titled ?? (spec.usermeta as { title?: unknown } | undefined)?.title ?? name);
    const description = String(spec.description ?? '');
    // The chart as one image for assistive technology, named by its title and described by its summary.
    // Vega marks its groups for assistive technology; inside one image those would be read out as
    // unnamed parts (and empty groups fail WCAG checks), so the inner roles and labels are removed.
    const inner = svg.replace(/ (?:role|aria-roledescription|aria-label|aria-hidden)="[^"]*"/g, '');
    return inner.replace(
      /^<svg ([^>]*)>/,
      (_all, attributes: string) =>
        `<svg ${attributes} role="img" focusable="false" aria-label="${escapeHtml(title)}"><title>${escapeHtml(title)}</title><desc>${escapeHtml(description)}</desc>`,
    );
  } finally {
    view.finalize();
  }
}
