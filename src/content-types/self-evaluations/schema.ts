/**
 * Self-evaluations (ILACS self-assessments), in content/self-evaluations/<name>.mdx. Both templates in
 * the sources map onto the four questions ILACS self-evaluations answer, per service area.
 */
import { z } from 'zod';
import { citation, partialDate, slug, text, sourcedText, statementFields } from '../../shared/fields.ts';
import { rag } from '../plans/schema.ts';
import { period } from '../kpis/schema.ts';

/** A figure quoted in the self-evaluation (not a tracked KPI): a value, or null with the reason. */
export const figureSchema = z
  .strictObject({
    label: text,
    value: z.number({ error: 'a number, or null with a reason in "missing"' }).nullable(),
    unit: z.enum(['percent', 'count', 'days', 'weeks', 'ratio', 'pounds', 'score'], {
      error: 'one of: percent, count, days, weeks, ratio, pounds, score',
    }),
    period: period.optional(),
    /** A comparison the source gives beside it: "England 17%". */
    comparison: text.optional(),
    missing: z.enum(['chart only', 'not in source', 'unclear']).optional(),
    note: text.optional(),
    source: citation,
  })
  .superRefine((figure, ctx) => {
    if (figure.value === null && !figure.missing)
      ctx.addIssue({
        code: 'custom',
        path: ['missing'],
        message: 'the reason the value is missing (chart only, not in source, unclear)',
        input: undefined,
      });
    if (figure.unit === 'percent' && figure.value !== null && (figure.value < 0 || figure.value > 100))
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        message: 'a percentage from 0 to 100, because the unit is percent',
        input: figure.value,
      });
  });
export type Figure = z.infer<typeof figureSchema>;

/** One line of the self-evaluation's answer, with its source. */
const points = z.array(sourcedText).default([]);

export const serviceAreaSchema = z.strictObject({
  id: slug,
  title: text,
  /** What do we know about the quality and impact of our practice? (Northumberland: what have we done well?) */
  know: points,
  /** How do we know? */
  how: points,
  /** What does this mean for children and families? */
  meaning: points,
  /** What could we do better? (where the template asks it) */
  better: points,
  /** What are we doing to improve? What next? */
  next: points,
  /** What inspectors said, quoted in the source. */
  inspectorsSaid: points,
  figures: z.array(figureSchema).default([]),
  source: citation,
});
export type ServiceArea = z.infer<typeof serviceAreaSchema>;

export const selfEvaluationSchema = z.strictObject({
  title: text,
  organisation: slug,
  published: partialDate,
  /** The inspection it measures progress from (a file name in content/inspections/). */
  baselineInspection: slug.optional(),
  /** Who signed it, by role (senior officers by name and role only). */
  signatories: z.array(z.strictObject({ name: text.optional(), role: text })).default([]),
  summary: text,
  ...statementFields,
  /** Strategic or improvement priorities with their progress. */
  priorities: z
    .array(
      z.strictObject({
        title: text,
        statement: text.optional(),
        /** The progress rating the source gives; "not rated" when it gives none or the key is lost. */
        progress: rag.default('not rated'),
        progressNote: text.optional(),
        evidence: points,
        next: points,
        figures: z.array(figureSchema).default([]),
        source: citation,
      }),
    )
    .default([]),
  serviceAreas: z.array(serviceAreaSchema).default([]),
  /** The source's own glossary, scoped to this organisation. */
  glossary: z.array(z.strictObject({ term: text, meaning: text })).default([]),
  /** What the source lost (charts only as images, embedded documents), said plainly. */
  gaps: z.array(sourcedText).default([]),
  source: slug,
});
export type SelfEvaluation = z.infer<typeof selfEvaluationSchema>;
