/** The one place numbers and units are turned into text. */

export type Unit =
  'count' | 'percent' | 'days' | 'weeks' | 'ratio' | 'pounds' | 'per-10000' | 'per-100000' | 'score';

const plain = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });
const pounds = new Intl.NumberFormat('en-GB', {
  style: 'currency',
  currency: 'GBP',
  maximumFractionDigits: 2,
  minimumFractionDigits: 0,
});

/** 162400 → "162,400"; 12.3 percent → "12.3%"; 147.2 days → "147.2 days"; 705433 pounds → "£705,433". */
export function formatNumber(value: number, unit: Unit = 'count'): string {
  switch (unit) {
    case 'percent':
      return `${plain.format(value)}%`;
    case 'days':
      return `${plain.format(value)} ${value === 1 ? 'day' : 'days'}`;
    case 'weeks':
      return `${plain.format(value)} ${value === 1 ? 'week' : 'weeks'}`;
    case 'pounds':
      return pounds.format(value);
    case 'per-10000':
      return `${plain.format(value)} per 10,000`;
    case 'per-100000':
      return `${plain.format(value)} per 100,000`;
    case 'ratio':
    case 'score':
    case 'count':
      return plain.format(value);
  }
}

/** "1 inspection", "3 inspections". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${plain.format(count)} ${count === 1 ? singular : pluralForm}`;
}

/** "a, b and c". */
export function listInWords(items: string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

const numberWords: Record<string, number> = {
  zero: 0,
  none: 0,
  nil: 0,
  no: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  hundred: 100,
};

/** A number a document writes as a word or in figures: "three" and "3" give 3, "no" and "none" 0; anything else undefined. */
export function numberFromWord(word: string): number | undefined {
  const lower = word.toLowerCase();
  if (lower in numberWords) return numberWords[lower];
  return /^\d+$/.test(lower) ? Number(lower) : undefined;
}
