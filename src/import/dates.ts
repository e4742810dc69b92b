/**
 * Dates as reports write them ("7 – 18 March 2011", "28 February to 4 March 2022", "6 May 2011",
 * "Thursday, 28th September, 2023"), as ISO dates. Nothing is guessed: a date without its year, or a
 * month that is not a month, gives nothing.
 */
const months = [
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

function monthNumber(word: string | undefined): number | undefined {
  if (!word) return undefined;
  const lower = word.toLowerCase();
  const index = months.findIndex((m) => m === lower || (lower.length >= 3 && m.startsWith(lower)));
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
