/**
 * The one place dates are turned into words (British English, London time) and London times into
 * instants. Dates are stored as ISO text.
 */
import { Temporal } from 'temporal-polyfill';
import { remembered } from './remembered.ts';

const dayMonthYear = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
const monthYear = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  month: 'long',
  year: 'numeric',
});
const dayMonth = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  day: 'numeric',
  month: 'long',
});

/** The first day a date or partial date covers: "2023" → "2023-01-01", "2023-06" → "2023-06-01". */
export function firstDay(iso: string): string {
  const [year, month = '01', day = '01'] = iso.split('-');
  return `${year}-${month}-${day}`;
}

/** Midday UTC on the day, so the day never shifts in London time. */
function atNoon(iso: string): Date {
  return new Date(`${firstDay(iso)}T12:00:00Z`);
}

/** Dates already put into words: the same meeting dates are written on thousands of pages. */
const inWords = new Map<string, string>();

/** "2011-05-06" → "6 May 2011"; "2021-04" → "April 2021"; "1889" → "1889". */
export function formatDate(iso: string): string {
  return remembered(inWords, iso, () =>
    /^\d{4}$/.test(iso)
      ? iso
      : /^\d{4}-\d{2}$/.test(iso)
        ? monthYear.format(atNoon(iso))
        : dayMonthYear.format(atNoon(iso)),
  );
}

/** "7 to 18 March 2011", "28 February to 4 March 2022", "30 December 2021 to 7 January 2022". */
export function formatDateRange(start: string, end?: string): string {
  if (!end || end === start) return formatDate(start);
  const [startYear, startMonth] = start.split('-');
  const [endYear, endMonth] = end.split('-');
  if (startYear === endYear && startMonth === endMonth)
    return `${Number(start.slice(8, 10))} to ${formatDate(end)}`;
  if (startYear === endYear) return `${dayMonth.format(atNoon(start))} to ${formatDate(end)}`;
  return `${formatDate(start)} to ${formatDate(end)}`;
}

/** The year of an ISO date or partial date. */
export function yearOf(iso: string): number {
  return Number(iso.slice(0, 4));
}

/** London times already turned into instants: pages and calendars ask for the same few meeting times many times over. */
const instants = new Map<string, string>();

/**
 * The UTC instant of a London wall-clock time, whether Greenwich Mean Time or British Summer Time:
 * ("2023-09-28", "17:00") → "2023-09-28T16:00:00Z". Temporal (the polyfill, until Node has it) gives
 * the same answer whatever the machine's own time zone, and reads a time that happens twice, as the
 * clocks go back, as the first, and one that never happens as if the clocks had not yet gone forward,
 * as RFC 5545 does.
 */
export function londonToUtc(date: string, time: string): string {
  return remembered(instants, `${date} ${time}`, () =>
    Temporal.PlainDateTime.from(`${date}T${time}`).toZonedDateTime('Europe/London').toInstant().toString(),
  );
}

/**
 * The day the site is built, in London, as "2026-12-06": what "now" means on a page (whether a
 * call-in period has ended). LANTERN_BUILD_DATE (a date) or SOURCE_DATE_EPOCH (seconds, the
 * reproducible-builds convention) fixes it, so that a build can be repeated as of a given day.
 */
export function buildDay(env: Record<string, string | undefined> = process.env): string {
  const fixed = env.LANTERN_BUILD_DATE;
  if (fixed) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(fixed))
      throw new Error(`LANTERN_BUILD_DATE: expected a date such as 2024-01-31, found "${fixed}"`);
    return fixed;
  }
  const epoch = env.SOURCE_DATE_EPOCH;
  const instant = epoch
    ? Temporal.Instant.fromEpochMilliseconds(Number(epoch) * 1000)
    : Temporal.Now.instant();
  return instant.toZonedDateTimeISO('Europe/London').toPlainDate().toString();
}

/** The months, in order, lower case: for reading dates as documents write them. */
export const monthNames = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

// Dates as documents write them ("7 – 18 March 2011", "28 February to 4 March 2022", "6 May 2011",
// "Thursday, 28th September, 2023", "14/11/2023"), as ISO dates. Nothing is guessed: a date without
// its year, or a month that is not a month, gives nothing.

function monthNumber(word: string | undefined): number | undefined {
  if (!word) return undefined;
  const lower = word.toLowerCase();
  const index = monthNames.findIndex((m) => m === lower || (lower.length >= 3 && m.startsWith(lower)));
  return index === -1 ? undefined : index + 1;
}

function iso(day: number, month: number, year: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCDate() !== day || date.getUTCMonth() !== month - 1) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const dayPart = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
const monthPart = String.raw`([A-Za-z]{3,9})\.?`;
const yearPart = String.raw`(\d{4})`;
const between = String.raw`\s*(?:–|—|-|to|until|and)\s*`;

/** The first single date in a text: "6 May 2011", "Thursday, 28th September, 2023", "14/11/2023" (day first, as in Britain). */
export function findDate(text: string): string | undefined {
  const pattern = new RegExp(`${dayPart}\\s+${monthPart},?\\s+${yearPart}`, 'g');
  for (const match of text.matchAll(pattern)) {
    const month = monthNumber(match[2]);
    const date = month && iso(Number(match[1]), month, Number(match[3]));
    if (date) return date;
  }
  for (const match of text.matchAll(/\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b/g)) {
    const date = iso(Number(match[1]), Number(match[2]), Number(match[3]));
    if (date) return date;
  }
  return undefined;
}

/** The first range of dates in a text, or a single date as both ends. */
export function findDateRange(text: string): { start: string; end: string } | undefined {
  const range = new RegExp(
    `${dayPart}(?:\\s+${monthPart})?(?:,?\\s+${yearPart})?${between}${dayPart}\\s+${monthPart},?\\s+${yearPart}`,
  );
  const match = range.exec(text);
  if (match) {
    const endMonth = monthNumber(match[5]);
    const endYear = Number(match[6]);
    const startMonth = match[2] ? monthNumber(match[2]) : endMonth;
    const startYear = match[3] ? Number(match[3]) : endYear;
    const start = startMonth && iso(Number(match[1]), startMonth, startYear);
    const end = endMonth && iso(Number(match[4]), endMonth, endYear);
    if (start && end && start <= end) return { start, end };
  }
  const single = findDate(text);
  return single ? { start: single, end: single } : undefined;
}
