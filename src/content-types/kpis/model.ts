/**
 * What a KPI's figures say: the latest value, its status against the target (worked out from the
 * figures and the polarity, never typed in), the trend, and one plain sentence that sums it up.
 */
import type { Benchmark, Kpi, KpiFramework, Observation, Target } from './schema.ts';
import type { SiteContent } from '../../site/content.ts';
import { remembered } from '../../shared/remembered.ts';
import { lookup } from '../../shared/indexes.ts';
import { comparators, missingReasons } from './schema.ts';
import { formatNumber, plural } from '../../shared/numbers.ts';
import { comparePeriods, period } from './periods.ts';

export type Status = 'met' | 'within tolerance' | 'not met' | 'no target' | 'not in force' | 'no value';

export const statusWords: Record<Status, string> = {
  met: 'Met',
  'within tolerance': 'Within tolerance',
  'not met': 'Not met',
  'no target': 'No target set',
  'not in force': 'No target then',
  'no value': 'No figure',
};

/** ✓ met, ~ within tolerance, ✗ not met: a shape that repeats the words, for charts and tags. */
export const statusSymbol: Record<Status, string> = {
  met: '✓',
  'within tolerance': '~',
  'not met': '✗',
  'no target': '–',
  'not in force': '–',
  'no value': '–',
};

/** "✓ Met": the status in words after its shape, as the chart's legend and the table give it. */
export const statusLabel = (status: Status): string => `${statusSymbol[status]} ${statusWords[status]}`;

const operatorWords: Record<Target['operator'], string> = {
  '>=': 'at least',
  '<=': 'at most',
  '>': 'more than',
  '<': 'less than',
};

export function formatValue(kpi: Pick<Kpi, 'unit'>, value: number): string {
  return formatNumber(value, kpi.unit);
}

/** "at least 85%" */
export function targetInWords(kpi: Pick<Kpi, 'unit' | 'target'>): string | undefined {
  return kpi.target && `${operatorWords[kpi.target.operator]} ${formatValue(kpi, kpi.target.value)}`;
}

function meets(value: number, target: Target): boolean {
  switch (target.operator) {
    case '>=':
      return value >= target.value;
    case '<=':
      return value <= target.value;
    case '>':
      return value > target.value;
    case '<':
      return value < target.value;
  }
}

/** The status of one figure against the KPI's target and tolerance. */
/** Whether a target applies to a period: from the period it starts in, to the one it ends in, if any. */
export function targetInForce(target: Target, of: string): boolean {
  const figure = period(of);
  return figure.start >= period(target.from).start && (!target.to || figure.end <= period(target.to).end);
}

/**
 * A figure against the KPI's target: met, within tolerance or not met; only for a period the target
 * applies to ("not in force" before it was set), never typed in.
 */
export function statusOf(
  kpi: Pick<Kpi, 'target' | 'tolerance'>,
  figure: { period: string; value: number | null } | undefined,
): Status {
  if (!kpi.target) return 'no target';
  if (figure && !targetInForce(kpi.target, figure.period)) return 'not in force';
  const value = figure?.value ?? null;
  if (value === null) return 'no value';
  if (meets(value, kpi.target)) return 'met';
  if (kpi.tolerance && Math.abs(value - kpi.target.value) <= kpi.tolerance.value) return 'within tolerance';
  return 'not met';
}

/** Figures of a period alone (not year to date), in the order of periods the table and the chart share. */
export function series(kpi: Pick<Kpi, 'observations'>): Observation[] {
  return kpi.observations
    .filter((o) => o.basis === 'period')
    .sort((a, b) => comparePeriods(a.period, b.period));
}

/** The figures of the KPI's own frequency (months for a monthly KPI, and so on), oldest first: what a chart draws as a line. */
export function mainSeries(kpi: Pick<Kpi, 'observations' | 'frequency'>): Observation[] {
  const all = series(kpi);
  const kind = kpi.frequency === 'monthly' ? 'month' : kpi.frequency === 'quarterly' ? 'quarter' : undefined;
  if (kind) {
    const same = all.filter((o) => period(o.period).kind === kind);
    if (same.some((o) => o.value !== null)) return same;
  }
  return all;
}

/** The newest figure that has a value, of the shortest period when several end together. */
export function latest(kpi: Pick<Kpi, 'observations'>): Observation | undefined {
  const withValues = series(kpi).filter((o) => o.value !== null);
  const newest = withValues.at(-1);
  // Periods that end together come shortest first, so the shortest of the newest is the first to end then.
  return newest && withValues.find((o) => period(o.period).end === period(newest.period).end);
}

export type Trend = 'better' | 'worse' | 'same' | 'up' | 'down' | 'unknown';

/** How the latest figure compares with the one before it of the same kind of period. */
export function trend(kpi: Pick<Kpi, 'observations' | 'polarity'>): { trend: Trend; previous?: Observation } {
  const last = latest(kpi);
  if (!last) return { trend: 'unknown' };
  const kind = period(last.period).kind;
  const earlier = series(kpi).filter(
    (o) =>
      o.value !== null && period(o.period).kind === kind && period(o.period).end < period(last.period).end,
  );
  const previous = earlier.at(-1);
  if (!previous || previous.value === null || last.value === null) return { trend: 'unknown' };
  return { trend: change(kpi, previous.value, last.value), previous };
}

/** Which way a figure went from one value to another: better or worse where the KPI has a better way, else up or down. */
function change(kpi: Pick<Kpi, 'polarity'>, from: number, to: number): Exclude<Trend, 'unknown'> {
  if (to === from) return 'same';
  const up = to > from;
  if (kpi.polarity === 'neither') return up ? 'up' : 'down';
  return up === (kpi.polarity === 'higher-is-better') ? 'better' : 'worse';
}

export const trendWords: Record<Trend, string> = {
  better: 'Better',
  worse: 'Worse',
  same: 'No change',
  up: 'Up',
  down: 'Down',
  unknown: 'No earlier figure',
};

/** The newest benchmark of each comparator. */
export function latestBenchmarks(kpi: Pick<Kpi, 'benchmarks'>): Benchmark[] {
  const byComparator = new Map<string, Benchmark>();
  for (const b of kpi.benchmarks) {
    const held = byComparator.get(b.comparator);
    if (!held || (b.period && (!held.period || period(b.period).end > period(held.period).end)))
      byComparator.set(b.comparator, b);
  }
  return [...byComparator.values()];
}

/**
 * One sentence from the data: "In March 2023 the figure was 51.2%, against a target of at least 85%: not met."
 * Always says what is missing rather than leaving it out.
 */
export function summarise(kpi: Kpi): string {
  return remembered(summaries, kpi, summary);
}

/**
 * The change from the first whole year on the site to the latest ("17.3% in 2022/23, up from 17% in
 * 2019/20 (worse)"), comparing years with years only; undefined with fewer than two years' figures.
 */
export function changeOverYears(kpi: Pick<Kpi, 'observations' | 'polarity' | 'unit'>): string | undefined {
  const years = series(kpi).filter(
    (o) => o.value !== null && ['financial-year', 'year'].includes(period(o.period).kind),
  );
  const first = years[0];
  const last = years.at(-1);
  if (!first || !last || first === last || first.value === null || last.value === null) return undefined;
  const was = `${formatValue(kpi, first.value)} in ${period(first.period).label}`;
  if (last.value === first.value)
    return `${formatValue(kpi, last.value)} in ${period(last.period).label}, the same as ${was}`;
  const way = change(kpi, first.value, last.value);
  const better = way === 'better' || way === 'worse' ? ` (${way})` : '';
  return `${formatValue(kpi, last.value)} in ${period(last.period).label}, ${last.value > first.value ? 'up' : 'down'} from ${was}${better}`;
}

/** The latest figure in brief, for a row of a table: "17.3% in March 2023 (target at most 12%): not met". */
export function latestInWords(kpi: Kpi): string {
  const last = latest(kpi);
  if (!last || last.value === null) return 'no figure yet';
  const target = targetInWords(kpi);
  const status = statusOf(kpi, last);
  return `${formatValue(kpi, last.value)} in ${period(last.period).label}${
    target && status !== 'not in force' ? ` (target ${target}): ${statusWords[status].toLowerCase()}` : ''
  }`;
}

/** The latest figure in brief, with England's beside it where a source gives it: "71.9 in March 2023; England 70". */
export function latestWithEngland(kpi: Kpi): string {
  const england = latestBenchmarks(kpi).find((b) => b.comparator === 'england');
  return `${latestInWords(kpi)}${england ? `; England ${formatValue(kpi, england.value)}` : ''}`;
}

/** Of KPIs with a target in force and a latest figure, how many met it ("within tolerance" is not met). */
export function targetsMet(kpis: readonly Kpi[]): { met: number; targeted: number } {
  const targeted = kpis.filter((kpi) => {
    const status = statusOf(kpi, latest(kpi));
    return status !== 'no target' && status !== 'not in force' && status !== 'no value';
  });
  return {
    met: targeted.filter((kpi) => statusOf(kpi, latest(kpi)) === 'met').length,
    targeted: targeted.length,
  };
}

/**
 * How an organisation's measures did against target, children's services and support services
 * counted apart: "Children's services: on the latest figures, 7 of the 15 measures with a target in
 * force met it." Support services never swell the children's count.
 */
export function targetsInWords(frameworks: readonly KpiFramework[]): string[] {
  const about = (what: KpiFramework['framework']['about']) =>
    targetsMet(frameworks.filter((f) => f.framework.about === what).flatMap((f) => f.kpis));
  const sentence = (label: string, { met, targeted }: { met: number; targeted: number }) =>
    `${label}: on the latest figures, ${met} of the ${plural(targeted, 'measure')} with a target in force met it.`;
  const children = about('children');
  const support = about('support services');
  return [
    ...(children.targeted > 0 ? [sentence("Children's services", children)] : []),
    ...(support.targeted > 0
      ? [sentence('Support services to the organisation, counted apart (not services for children)', support)]
      : []),
  ];
}

/** A KPI's page, its chart and its drawing's description all give the summary. */
const summaries = new WeakMap<Kpi, string>();

const summary = (kpi: Kpi): string => `${kpi.plainName}: ${summariseFigures(kpi)}`;

/** The summary after the KPI's name, for a list that already names it: "18% in Q4 2022/23, against…". */
export function summariseFigures(kpi: Kpi): string {
  const last = latest(kpi);
  if (!last || last.value === null) {
    const reasons = [...new Set(kpi.observations.map((o) => o.missing).filter((m) => m !== undefined))].map(
      (m) => missingReasons[m].toLowerCase(),
    );
    return `no figure is shown${reasons.length ? ` (${reasons.join('; ')})` : ''}.`;
  }
  const when = period(last.period).label;
  let sentence = `${formatValue(kpi, last.value)} in ${when}`;
  const target = targetInWords(kpi);
  const status = statusOf(kpi, last);
  sentence +=
    status === 'not in force'
      ? `, before its target of ${target} applied.`
      : target
        ? `, against a target of ${target}: ${statusWords[status].toLowerCase()}.`
        : ', with no target set.';
  const { trend: direction, previous } = trend(kpi);
  if (previous && previous.value !== null) {
    const change =
      direction === 'same'
        ? 'the same as'
        : `${direction === 'better' || direction === 'worse' ? `${direction} than` : direction === 'up' ? 'up from' : 'down from'}`;
    sentence += ` That is ${change} ${formatValue(kpi, previous.value)} in ${period(previous.period).label}.`;
  }
  const benchmarks = latestBenchmarks(kpi);
  if (benchmarks.length)
    sentence += ` For comparison: ${benchmarks.map((b) => `${comparators[b.comparator]} ${formatValue(kpi, b.value)}`).join(', ')}.`;
  return sentence;
}

/** A KPI with the framework it belongs to and the file it is in. */
export interface KpiEntry {
  kpi: Kpi;
  framework: KpiFramework['framework'];
  file: string;
}

const kpiLists = new WeakMap<SiteContent, KpiEntry[]>();

/** Every KPI on the site, framework by framework. */
export function kpisOf(site: Pick<SiteContent, 'kpiFrameworks'>): KpiEntry[] {
  return remembered(kpiLists, site as SiteContent, () =>
    site.kpiFrameworks.flatMap(({ file, data }) =>
      data.kpis.map((kpi) => ({ kpi, framework: data.framework, file })),
    ),
  );
}

/** The KPI with this id (the content check makes sure every reference to one leads to it). */
export function kpiIn(site: Pick<SiteContent, 'kpiFrameworks'>, id: string): KpiEntry {
  return lookup(kpisOf(site), (entry) => entry.kpi.id, id, 'KPI');
}
