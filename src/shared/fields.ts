/**
 * Building blocks shared by every content type. Each one says, in an author's words,
 * what it expects, so a validation error can name the field, the expectation and what was found.
 */
import { z } from 'zod';

/** A calendar date written YYYY-MM-DD that exists (no 30 February). Dates parsed by YAML arrive as Date objects and are turned back into the same text. */
export const isoDate = z.preprocess(
  (value) =>
    value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value,
  z.string({ error: 'a date written as YYYY-MM-DD' }).refine(isRealDate, {
    message: 'a date written as YYYY-MM-DD that exists on the calendar',
  }),
);

/** A date known to the year, the month or the day: 1889, 2021-04 or 2021-04-01. */
export const partialDate = z.preprocess(
  (value) =>
    value instanceof Date && !Number.isNaN(value.getTime())
      ? value.toISOString().slice(0, 10)
      : typeof value === 'number'
        ? String(value)
        : value,
  z
    .string({ error: 'a year, a year and month, or a date (YYYY, YYYY-MM or YYYY-MM-DD)' })
    .refine(isRealPartialDate, {
      message:
        'a year, a year and month, or a date (YYYY, YYYY-MM or YYYY-MM-DD) that exists on the calendar',
    }),
);

/** A lower-case identifier made of letters, digits and hyphens, used in URLs and references. */
export const slug = z
  .string({ error: 'an identifier of lower-case letters, digits and hyphens' })
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'an identifier of lower-case letters, digits and hyphens, such as "west-northamptonshire-council"',
  );

/** Text that must not be empty. */
export const text = z.string({ error: 'some text' }).trim().min(1, 'some text (it is empty)');

/**
 * Where a figure or judgement comes from: the id of a document in data/sources.json, then
 * the line (L92), the lines (L77-86) or the page (p12) where it stands.
 */
export const citationPattern =
  /^[a-z0-9]+(?:-[a-z0-9]+)* (?:L\d+(?:-\d+)?|p\d+(?:-\d+)?)(?:, (?:L\d+(?:-\d+)?|p\d+(?:-\d+)?))*$/;

export const citation = z
  .string({ error: 'a source reference such as "ofsted-2011-northamptonshire L92"' })
  .regex(
    citationPattern,
    'a source reference: a document id from data/sources.json, a space, then a line (L92), lines (L77-86) or a page (p12); several places are separated by ", "',
  );

/** A statement quoted or summarised from a source, with where it stands: a vision, a value, a point of evidence. */
export const sourcedText = z.strictObject({ text, source: citation });

/**
 * The statements a plan or self-evaluation stands on: its vision, ambition, values and commitment to
 * children (with who wrote it). Spread into a schema's shape.
 */
export const statementFields = {
  vision: sourcedText.optional(),
  ambition: sourcedText.optional(),
  values: z.array(sourcedText).default([]),
  /** The commitment to children, with who wrote it. */
  commitment: z.strictObject({ text, author: text, source: citation }).optional(),
};

export function isRealDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function isRealPartialDate(value: string): boolean {
  if (/^\d{4}$/.test(value)) return true;
  const month = /^(\d{4})-(\d{2})$/.exec(value);
  if (month) return Number(month[2]) >= 1 && Number(month[2]) <= 12;
  return isRealDate(value);
}

/** The document id part of a citation. */
export function citedDocument(reference: string): string {
  return reference.split(' ')[0] ?? '';
}

/** A reference to an area for improvement: the inspection's file name, "#", and the area's id ("northamptonshire-2019-ilacs#1a"). */
export const areaReference = z
  .string({
    error:
      'an area for improvement: the inspection\'s file name, "#" and the area\'s id, such as "northamptonshire-2019-ilacs#1a"',
  })
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*#[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'an area for improvement: the inspection\'s file name, "#" and the area\'s id, such as "northamptonshire-2019-ilacs#1a"',
  );
