/**
 * Draws one Vega-Lite spec to SVG (no browser). The SVG is one image for assistive technology, named
 * by the chart's title and described by its summary, so a screen reader can reach the chart; the page
 * puts the summary and the data table beside it. Used in the build's worker threads and, where there
 * are none (the dev server, tests, the benchmark's own timing), in the thread that asks.
 */
import { compile, type TopLevelSpec } from 'vega-lite';
import { parse, View } from 'vega';
import { escapeHtml } from '../../shared/html.ts';

/** One chart to draw: a Vega-Lite spec and the name its errors give (the KPI's or chart's id). */
export interface ChartDrawing {
  spec: Record<string, unknown>;
  name: string;
}

export class ChartSpecError extends Error {
  override name = 'ChartSpecError';
}

/** The SVG of a Vega-Lite spec. Throws ChartSpecError, naming the chart, when Vega-Lite rejects it. */
export async function drawChart(spec: Record<string, unknown>, name: string): Promise<string> {
  let vega;
  try {
    vega = compile(spec as unknown as TopLevelSpec).spec;
  } catch (error) {
    throw new ChartSpecError(
      `The chart "${name}" has a spec that Vega-Lite rejects: ${(error as Error).message}`,
    );
  }
  const view = new View(parse(vega), { renderer: 'none' });
  try {
    const svg = await view.toSVG();
    // The accessible name: the drawn title, or the title kept in usermeta when the page heads the chart itself.
    const titled =
      typeof spec.title === 'object' && spec.title !== null
        ? (spec.title as { text?: unknown }).text
        : spec.title;
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
