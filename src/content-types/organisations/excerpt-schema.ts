/**
 * The cited passages of one source document, in data/excerpts/<source id>.json: only the lines the
 * site cites, with a line either side, never the whole document (which may hold personal data). Made
 * by `npm run excerpts -- <source id> <the document's text file>`; an author does not edit it by hand.
 * Lines to withhold (data/redactions/<source id>.json) are kept out, with the reason shown instead.
 */
import { z } from 'zod';
import { slug, text } from '../../shared/fields.ts';

const lineNumber = z.string().regex(/^[1-9]\d*$/, 'a line number');
const place = z
  .string()
  .regex(/^(?:L|p)\d+(?:-\d+)?$/, 'a place in the document: a line (L92), lines (L77-86) or a page (p12)');

export const excerptsSchema = z.strictObject({
  /** The document's id in data/sources.json; the file's name. */
  source: slug,
  /** How many lines the whole text has, so a citation past its end is caught. */
  documentLines: z.number().int().positive(),
  /** Every place the site cites, as the command found them: "L106-107", "L4913", "p12". */
  places: z.array(place),
  /** The quoted lines, by number: the cited ones and a line either side. */
  lines: z.record(lineNumber, z.string()),
  /** Lines kept out of the quotation, by number, with why: "names a child". */
  withheld: z.record(lineNumber, text).default({}),
});
export type Excerpts = z.infer<typeof excerptsSchema>;

/** Passages of a source an author withholds from quotation, in data/redactions/<source id>.json. */
export const redactionsSchema = z.array(
  z.strictObject({
    /** The lines: "L3293" or "L3327-3337". */
    lines: z.string().regex(/^L\d+(?:-\d+)?$/, 'lines of the document: L92 or L77-86'),
    /** Why, in a few words a reader will see in their place: "names a child". */
    why: text,
  }),
);
export type Redactions = z.infer<typeof redactionsSchema>;
