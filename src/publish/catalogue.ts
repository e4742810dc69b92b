/**
 * The data catalogue: its site-wide datasets (every inspection judgement, every decision and motion,
 * every councillor; each type makes its rows in its downloads.ts) written as CSV (RFC 4180, CRLF
 * line ends) and JSON holding the same rows, and where each finance table, risk register and chart
 * is shown. Each dataset has a meaning for every column it emits (the CSV header is made from those
 * meanings, so a column cannot go undocumented), and every row carries the source it stands on.
 */
import type { SiteContent } from '../site/content.ts';
import { csv } from '../shared/csv.ts';
import { citedDocument } from '../shared/fields.ts';
import { plural } from '../shared/numbers.ts';
import { chartReferences } from '../content-types/kpis/chart-references.ts';

/** One value of a row: text, a number, or null for nothing (an empty CSV cell, null in JSON). */
export type Cell = string | number | null;

/** Several values in one cell, in order, separated by "; ". */
export const list = (values: string[]): string | null => (values.length > 0 ? values.join('; ') : null);

/** Rows as CSV: a header of the columns in the order they are documented, then one line per row. */
export function toCsv<C extends string>(columns: Record<C, string>, rows: Record<C, Cell>[]): string {
  const names = Object.keys(columns) as C[];
  return csv([names, ...rows.map((row) => names.map((name) => row[name]))]);
}

/** Rows as JSON: what the dataset is, what each column means, then the rows (keys in the CSV's column order), with null where the CSV is empty. */
export function toJson<C extends string>(
  dataset: string,
  title: string,
  columns: Record<C, string>,
  rows: Record<C, Cell>[],
): string {
  const names = Object.keys(columns) as C[];
  const ordered = rows.map((row) => Object.fromEntries(names.map((name) => [name, row[name]])));
  return `${JSON.stringify({ dataset, title, columns, rows: ordered }, null, 2)}\n`;
}

/** The documents a dataset's rows cite, each once, in the order first cited: for "where the rows come from". */
export function citedDocuments(rows: Record<string, Cell>[], column = 'source'): string[] {
  return [
    ...new Set(
      rows
        .map((row) => row[column])
        .filter((value): value is string => typeof value === 'string')
        .map(citedDocument),
    ),
  ];
}

/** A page of the site that shows a dataset. */
export interface ShownOn {
  title: string;
  url: string;
}

/** Finance tables and risk registers, each with the plan or report that shows it. */
export function tablesInCatalogue(site: SiteContent) {
  const shownIn = (kind: 'finance' | 'risks', id: string): ShownOn | undefined => {
    const plan = site.plans.find((p) => p.data[kind].includes(id));
    return plan && { title: plan.data.title, url: `/plans/${plan.slug}/` };
  };
  return [
    ...site.finance.map(({ data }) => ({
      kind: 'finance' as const,
      id: data.id,
      title: data.title,
      organisation: data.organisation,
      holds: `${data.rows.length} lines, ${data.period}`,
      source: data.source,
      shownOn: shownIn('finance', data.id),
    })),
    ...site.risks.map(({ data }) => ({
      kind: 'risks' as const,
      id: data.id,
      title: data.title,
      organisation: data.organisation,
      holds: plural(data.risks.length, 'risk'),
      source: data.source,
      shownOn: shownIn('risks', data.id),
    })),
  ];
}

/** Charts of other figures, each with the plan or report whose body draws it. */
export function chartsInCatalogue(site: SiteContent) {
  const documents = [
    ...site.plans.map((p) => ({ entry: p, url: `/plans/${p.slug}/` })),
    ...site.selfEvaluations.map((e) => ({ entry: e, url: `/self-evaluations/${e.slug}/` })),
  ];
  const drawnIn = (id: string): ShownOn | undefined => {
    const found = documents.find(({ entry }) =>
      chartReferences(entry.body).some((chart) => chart.kind === 'spec' && chart.id === id),
    );
    return found && { title: found.entry.data.title, url: found.url };
  };
  return site.charts.map(({ data }) => ({ ...data, shownOn: drawnIn(data.id) }));
}
