/** A KPI's figures as CSV and JSON downloads: exactly the rows its table shows, with what each column means. */
import type { Kpi } from './schema.ts';
import { chartRows } from './kpi-chart.ts';
import { statusWords } from './model.ts';
import { csv } from '../../shared/csv.ts';

const csvColumns = [
  'kpi',
  'period',
  'period_in_words',
  'basis',
  'value',
  'unit',
  'missing_reason',
  'target',
  'status',
  'note',
  'source',
] as const;

/** What each column of a KPI download means, for the data catalogue. */
export const csvColumnMeanings: Record<(typeof csvColumns)[number], string> = {
  kpi: "The KPI's id on this site",
  period:
    "The period, as written in this site's data: 2023-03 (a month), 2022/23 (a financial year), 2022/23 Q3 (a quarter)",
  period_in_words: 'The period in words',
  basis: '"period" for a figure of the period alone, "year to date" for a cumulative figure',
  value: 'The figure, in the unit; empty when the source gives none',
  unit: 'percent, days, count, per-10000, per-100000, ratio, pounds or score',
  missing_reason:
    'Why there is no figure: not reported, no activity, chart only, not yet published, not in source, unclear',
  target: 'The target the figure is measured against, if any',
  status:
    'Against the target: met, within tolerance, not met, or no figure; worked out from the figure, never typed in',
  note: 'What a reader must know about this figure',
  source: 'The document (see Sources) and the line the figure comes from',
};

/** Several KPIs' figures as one CSV (RFC 4180, CRLF line ends): one row per figure, missing values left empty with the reason. */
export function kpisCsv(kpis: Kpi[]): string {
  return csv([[...csvColumns], ...kpis.flatMap(kpiCsvRows)]);
}

/** One KPI's figures as CSV. */
export function kpiCsv(kpi: Kpi): string {
  return kpisCsv([kpi]);
}

function kpiCsvRows(kpi: Kpi): (string | number | null)[][] {
  return chartRows(kpi).map((row) => [
    kpi.id,
    row.period,
    row.label,
    row.basis,
    row.value,
    kpi.unit,
    row.missing,
    row.target,
    kpi.target ? statusWords[row.status].toLowerCase() : null,
    row.note,
    row.source,
  ]);
}

/** The KPI's definition and figures as JSON, with the status worked out for each figure. */
export function kpiJson(kpi: Kpi, framework: string): string {
  return `${JSON.stringify(
    {
      id: kpi.id,
      framework,
      name: kpi.name,
      plainName: kpi.plainName,
      unit: kpi.unit,
      polarity: kpi.polarity,
      target: kpi.target ?? null,
      tolerance: kpi.tolerance ?? null,
      observations: chartRows(kpi).map((row) => ({
        period: row.period,
        basis: row.basis,
        value: row.value,
        missing: row.missing,
        status: kpi.target ? row.status : null,
        note: row.note,
        source: row.source,
      })),
      benchmarks: kpi.benchmarks,
      source: kpi.source,
    },
    null,
    2,
  )}\n`;
}
