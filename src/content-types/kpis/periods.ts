/**
 * Periods of performance figures, as authors write them, and in words:
 * "2023-03" (March 2023), "2022/23" (the financial year April 2022 to March 2023), "2022/23 Q3"
 * (October to December 2022), "2022" (a calendar year) and "2019-07..2020-06" (a span of months).
 */
import { remembered } from '../../shared/remembered.ts';

export type PeriodKind = 'month' | 'financial-year' | 'quarter' | 'year' | 'span';

export interface Period {
  kind: PeriodKind;
  /** First month, "YYYY-MM". */
  start: string;
  /** Last month, "YYYY-MM". */
  end: string;
  /** In words: "March 2023", "2022/23", "Q3 2022/23 (October to December 2022)". */
  label: string;
  /** Short, for chart axes: "Mar 2023", "2022/23", "Q3 2022/23". */
  short: string;
}

const monthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const pad = (n: number) => String(n).padStart(2, '0');
const month = (year: number, m: number) => `${year}-${pad(m)}`;
const monthWords = (ym: string) => `${monthNames[Number(ym.slice(5, 7)) - 1]} ${ym.slice(0, 4)}`;
const monthShort = (ym: string) => `${monthNames[Number(ym.slice(5, 7)) - 1]!.slice(0, 3)} ${ym.slice(0, 4)}`;

function validMonth(ym: string): boolean {
  const match = /^(\d{4})-(\d{2})$/.exec(ym);
  return match !== null && Number(match[2]) >= 1 && Number(match[2]) <= 12;
}

/** Periods already worked out: a KPI's periods are asked for on every page that shows it, and by its chart. Frozen, as they are shared. */
const parsed = new Map<string, Readonly<Period> | undefined>();

/** The period a string names, or undefined when it is not one Lantern understands. */
export function parsePeriod(value: string): Readonly<Period> | undefined {
  return remembered(parsed, value, () => {
    const period = readPeriod(value);
    return period && Object.freeze(period);
  });
}

function readPeriod(value: string): Period | undefined {
  if (validMonth(value))
    return { kind: 'month', start: value, end: value, label: monthWords(value), short: monthShort(value) };
  const fy = /^(\d{4})\/(\d{2})$/.exec(value);
  if (fy) {
    const from = Number(fy[1]);
    if ((from + 1) % 100 !== Number(fy[2])) return undefined;
    return {
      kind: 'financial-year',
      start: month(from, 4),
      end: month(from + 1, 3),
      label: value,
      short: value,
    };
  }
  const quarter = /^(\d{4})\/(\d{2}) Q([1-4])$/.exec(value);
  if (quarter) {
    const from = Number(quarter[1]);
    if ((from + 1) % 100 !== Number(quarter[2])) return undefined;
    const q = Number(quarter[3]);
    const firstMonth = 4 + (q - 1) * 3;
    const start = firstMonth > 12 ? month(from + 1, firstMonth - 12) : month(from, firstMonth);
    const last = firstMonth + 2;
    const end = last > 12 ? month(from + 1, last - 12) : month(from, last);
    const fyLabel = `${from}/${quarter[2]}`;
    return {
      kind: 'quarter',
      start,
      end,
      label: `Q${q} ${fyLabel} (${monthWords(start).split(' ')[0]} to ${monthWords(end)})`,
      short: `Q${q} ${fyLabel}`,
    };
  }
  if (/^\d{4}$/.test(value))
    return { kind: 'year', start: `${value}-01`, end: `${value}-12`, label: value, short: value };
  const span = /^(\d{4}-\d{2})\.\.(\d{4}-\d{2})$/.exec(value);
  if (span && validMonth(span[1]!) && validMonth(span[2]!) && span[1]! < span[2]!)
    return {
      kind: 'span',
      start: span[1]!,
      end: span[2]!,
      label: `${monthWords(span[1]!)} to ${monthWords(span[2]!)}`,
      short: `${monthShort(span[1]!)} to ${monthShort(span[2]!)}`,
    };
  return undefined;
}

export function isPeriod(value: string): boolean {
  return parsePeriod(value) !== undefined;
}

/** The period, which must be valid (the schema checked it). */
export function period(value: string): Readonly<Period> {
  const parsed = parsePeriod(value);
  if (!parsed) throw new Error(`"${value}" is not a period`);
  return parsed;
}

/** Orders periods by when they end, then by when they start (a month before the year that ends with it). */
export function comparePeriods(a: string, b: string): number {
  const pa = period(a);
  const pb = period(b);
  return pa.end.localeCompare(pb.end) || pb.start.localeCompare(pa.start);
}
