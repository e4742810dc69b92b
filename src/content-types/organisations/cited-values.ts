/**
 * Whether the lines a citation names hold the value the site gives, allowing for the ways a source
 * writes the same thing: 51.2 and 51.2%, 2690570 and £2,690,570, 1200000 and £1.2m, 6 and "six", 3 and
 * "3rd", a grade in any case or as the abbreviation a report uses ("RI"). No Astro, no files.
 */

import { numberFromWord } from '../../shared/numbers.ts';
import { monthNames } from '../../shared/dates.ts';

const multipliers: Record<string, number> = { k: 1e3, m: 1e6, bn: 1e9, million: 1e6, billion: 1e9 };

/** Every number a text writes, in every form it may stand for: "£1.2m" gives 1.2 and 1200000. */
export function numbersIn(text: string): number[] {
  const found: number[] = [];
  const plain = text.replace(/(\d),(?=\d{3}(?!\d))/g, '$1');
  for (const match of plain.matchAll(/(\d+(?:\.\d+)?)(?:\s*(k|m|bn|million|billion)\b)?/gi)) {
    const value = Number(match[1]);
    found.push(value);
    if (match[2]) found.push(Math.round(value * multipliers[match[2].toLowerCase()]!));
  }
  for (const match of text.toLowerCase().matchAll(/[a-z]+/g)) {
    const value = numberFromWord(match[0]);
    if (value !== undefined) found.push(value);
  }
  return found;
}

/** Whether a text holds the number, as written or in another form of it. */
export function holdsNumber(text: string, value: number): boolean {
  return numbersIn(text).some((n) => Math.abs(n - value) < 1e-9);
}

/** The short forms reports use for grades. */
const gradeAbbreviations: [RegExp, RegExp][] = [[/^requires improvement/i, /\bRI\b|\bRTBG\b/]];

/** Whether a text holds the grade, in any case and spacing, or as a report abbreviates it. */
export function holdsGrade(text: string, grade: string): boolean {
  const squash = (s: string) =>
    s
      .toLowerCase()
      .replace(/[\s*_]+/g, ' ')
      .replace(/[’']/g, "'");
  if (squash(text).includes(squash(grade))) return true;
  return gradeAbbreviations.some(([long, short]) => long.test(grade) && short.test(text));
}

const months = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';

/**
 * The figures a sentence gives, as numbers: what a citation of it must hold. Left out are the numbers
 * that are not figures: dates ("3 to 14 October 2022", "March 2023", "2022/23", "2023"), clock times
 * ("5pm"), references to a numbered part ("item 9", "KPI 3", "Appendix 2", "L92"), the denominator of a
 * rate or scale ("in every 100", "out of 5"), ages in law ("aged 10 to 17", "under 18", "16 or over",
 * "until you are 25") and phone numbers (a helpline's, 999).
 */
export function figuresIn(sentence: string): number[] {
  const text = sentence
    .replace(
      new RegExp(
        `\\b\\d{1,2}(?:st|nd|rd|th)?(?:\\s*(?:to|and|-|–)\\s*\\d{1,2}(?:st|nd|rd|th)?)?\\s+${months}(?:\\s+\\d{4})?`,
        'g',
      ),
      ' ',
    )
    .replace(new RegExp(`${months}\\s+\\d{4}`, 'g'), ' ')
    .replace(/\b(?:19|20)\d\d(?:\/\d\d)?(?:\s+Q[1-4])?\b/g, ' ')
    .replace(/\b\d{1,2}(?:[.:]\d\d)?\s*(?:am|pm)\b/gi, ' ')
    .replace(
      /\b(?:item|items|KPI|KPIs|appendix|appendices|paragraph|section|minute|page|line|L|p)\s*\d+[a-z]?\b/gi,
      ' ',
    )
    .replace(/\b(?:in|out of)\s+(?:every\s+)?\d+\b/gi, ' ')
    .replace(/\b(?:aged|age|ages|under|over)\s+\d+(?:\s*(?:to|-|–|and)\s*\d+)?\b/gi, ' ')
    .replace(/\b\d+\s*(?:or over|and over|or older|and under|or under)\b/gi, ' ')
    .replace(/\b(?:until|when|once)\s+you\s+are\s+\d+\b/gi, ' ')
    // Phone numbers: a helpline's, and 999.
    .replace(/\b(?:0\d{3,4}\s?\d{3,4}(?:\s?\d{3,4})?|999|116 ?\d{3}|85258)\b/g, ' ');
  return [...text.matchAll(/(?<![\w.])\d+(?:,\d{3})*(?:\.\d+)?/g)].map((match) =>
    Number(match[0].replace(/,/g, '')),
  );
}

/** Whether cited lines hold a figure a sentence gives: as written, in another form, or rounded ("about 22" for 22.28). */
export function holdsFigure(text: string, figure: number): boolean {
  return numbersIn(text).some((n) => Math.abs(n - figure) < 1e-9 || Math.round(n) === figure);
}

/**
 * Whether a text names a member: by their surname, as minutes do ("Councillor Smith", "Cllr Z Smith"),
 * in any case. The site may write the name more fully than the line does.
 */
export function holdsName(text: string, name: string): boolean {
  const surname = name.trim().split(/\s+/).at(-1)!.toLowerCase().replace(/[’']/g, "'");
  const escaped = surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}])${escaped}(?![\\p{L}])`, 'u').test(
    text.toLowerCase().replace(/[’']/g, "'"),
  );
}

/** Whether a text gives a date (YYYY-MM-DD), however it writes it: "6 May 2011", "3rd-14th October 2022", "28/09/2023", "Oct 22". */
export function holdsDate(text: string, iso: string): boolean {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  const words = text.toLowerCase();
  const name = monthNames[month - 1]!;
  const hasYear = words.includes(String(year)) || new RegExp(`\\b${String(year).slice(2)}\\b`).test(words);
  const hasMonth = words.includes(name.slice(0, 3)) || new RegExp(`\\b0?${month}/`).test(words);
  const hasDay = new RegExp(`(?<!\\d)0?${day}(?:st|nd|rd|th)?(?!\\d)`).test(words);
  return hasYear && hasMonth && hasDay;
}

/** The words a record uses for each outcome: "RESOLVED: ... approved", "the motion was LOST". */
const outcomeWords: Record<string, RegExp> = {
  agreed: /\bagree|\bresolved|\bapprov|\bsigned/i,
  approved: /\bapprov|\bresolved|\bauthoris|\bagree/i,
  adopted: /\badopt|\bresolved/i,
  noted: /\bnote|\bresolved/i,
  'recommended-to-council': /\brecommend/i,
  carried: /\bcarried|\bagree|\bresolved/i,
  'carried-as-amended': /\bcarried|\bamend/i,
  lost: /\blost\b|\bfell\b|\bdefeated|\bnot carried|\brejected/i,
  referred: /\brefer/i,
  withdrawn: /\bwithdrawn|\bwithdrew/i,
  deferred: /\bdefer/i,
};

/** Whether a text records an outcome (an outcome yet to come, or none, is not looked for). */
export function holdsOutcome(text: string, outcome: string): boolean {
  const words = outcomeWords[outcome];
  return words === undefined || words.test(text);
}
