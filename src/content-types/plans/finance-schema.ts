/** Finance tables (budget, outturn, variance) in data/finance/<id>.json. Totals are given as the source prints them, never recomputed into the source. */
import { z } from 'zod';
import { citation, slug, text } from '../../shared/fields.ts';

export const financeTableSchema = z.strictObject({
  /** The file's name without .json. */
  id: slug,
  title: text,
  organisation: slug,
  /** E.g. "2022/23, forecast at March 2023". */
  period: text,
  /** How the figures are written: in pounds or thousands of pounds. */
  unit: z.enum(['pounds', 'thousand pounds'], { error: 'pounds or thousand pounds' }),
  columns: z.array(z.strictObject({ id: slug, label: text })).min(1),
  rows: z
    .array(
      z.strictObject({
        line: text,
        /** One figure per column, in order; null where the source leaves the cell empty. */
        values: z.array(z.number().nullable()),
        /** A total row as printed. */
        total: z.boolean().default(false),
        source: citation,
      }),
    )
    .min(1),
  notes: z.array(text).default([]),
  /** Where the source gives other figures for the same thing: shown beside the table, never reconciled. */
  inconsistencies: z.array(z.strictObject({ description: text, source: citation })).default([]),
  source: citation,
});
export type FinanceTable = z.infer<typeof financeTableSchema>;
