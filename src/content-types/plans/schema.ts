/**
 * Plans: business plans, improvement plans, youth justice plans, strategies and annual reports, in
 * content/plans/<name>.mdx. The front matter holds the plan's structure; the MDX body is a summary in
 * the author's own words, with <Chart kpi="..." /> where the text discusses a figure.
 */
import { z } from 'zod';
import {
  citation,
  isoDate,
  partialDate,
  slug,
  text,
  statementFields,
  areaReference,
} from '../../shared/fields.ts';
import { period } from '../kpis/schema.ts';

export const planKinds = {
  'business-plan': 'Business plan',
  'improvement-plan': 'Improvement plan',
  'youth-justice-plan': 'Youth justice plan',
  strategy: 'Strategy',
  'annual-report': 'Annual report',
} as const;
export type PlanKind = keyof typeof planKinds;

/** A RAG rating as the source gives it; "not rated" when it gives none. */
export const rag = z.enum(['red', 'amber', 'green', 'not rated'], {
  error: 'one of: red, amber, green, not rated',
});
export type Rag = z.infer<typeof rag>;

export const improvementActionSchema = z.strictObject({
  /** The action's reference as printed, e.g. "1.3". References may repeat in a source; keep them as printed. */
  ref: text,
  /** The theme or workstream it sits under. */
  theme: text.optional(),
  action: text,
  /** The lead, by role (never a junior officer's name). */
  lead: text.optional(),
  timescale: text.optional(),
  /** How progress is measured, as the source says. */
  measures: z.array(text).default([]),
  /** Direction of travel as printed: up (improving), same, down. */
  direction: z
    .enum(['up', 'same', 'down', 'not stated'], { error: 'one of: up, same, down, not stated' })
    .default('not stated'),
  ragDelivery: rag.default('not rated'),
  ragOutcome: rag.default('not rated'),
  progress: text.optional(),
  /** The areas for improvement the action answers, as the source files it: "northamptonshire-2019-ilacs#2a". */
  answers: z.array(areaReference).default([]),
  source: citation,
});
export type ImprovementAction = z.infer<typeof improvementActionSchema>;

export const planSchema = z.strictObject({
  title: text,
  kind: z.enum(Object.keys(planKinds) as [PlanKind, ...PlanKind[]], {
    error: `one of: ${Object.keys(planKinds).join(', ')}`,
  }),
  /** The organisation that owns the plan (an id in data/organisations.json). */
  organisation: slug,
  /** The years it covers, in words as the plan gives them: "2023/24 to 2026/27". */
  period: text,
  status: z.enum(['draft', 'approved', 'published', 'superseded'], {
    error: 'one of: draft, approved, published, superseded',
  }),
  /** Who approved it and when; meeting and item link to the meeting on this site when it is there. */
  approved: z
    .strictObject({
      by: text,
      date: isoDate.optional(),
      meeting: slug.optional(),
      item: slug.optional(),
      source: citation,
    })
    .optional(),
  /** Meetings on this site where councillors considered the plan (recommended it, approved it, noted it): file name and item id. */
  considered: z.array(z.strictObject({ meeting: slug, item: slug })).default([]),
  /** When it was published or signed off. */
  published: partialDate.optional(),
  /** One or two sentences: what the plan is for. */
  summary: text,
  ...statementFields,
  priorities: z
    .array(z.strictObject({ id: slug, title: text, statement: text.optional(), source: citation }))
    .default([]),
  /** The outcomes framework: outcomes with sub-outcomes and the KPIs (ids in data/kpis/) that measure them. */
  outcomes: z
    .array(
      z.strictObject({
        id: text,
        title: text,
        subOutcomes: z.array(z.strictObject({ id: text, title: text })).default([]),
        measures: z.array(slug).default([]),
        source: citation,
      }),
    )
    .default([]),
  /** What each RAG rating means in this plan, as the plan defines it. */
  ragCriteria: z
    .array(
      z.strictObject({
        rating: rag,
        appliesTo: z.enum(['delivery', 'outcome', 'both']),
        meaning: text,
        source: citation,
      }),
    )
    .default([]),
  /** The improvement plan, when the plan has one, and what period the ratings are for. */
  improvementPlan: z
    .strictObject({
      title: text,
      period: text,
      actions: z.array(improvementActionSchema).min(1),
      source: citation,
    })
    .optional(),
  /** KPIs (ids in data/kpis/) the plan reports or sets. */
  kpis: z.array(slug).default([]),
  /** The period the plan takes as its KPI baseline (e.g. "2019/20"): its figures are shown beside the latest. */
  kpiBaseline: period.optional(),
  /** Finance tables and risk registers (ids of files in data/finance/ and data/risks/). */
  finance: z.array(slug).default([]),
  risks: z.array(slug).default([]),
  /** Other tables of figures the plan gives, each row with its source. */
  tables: z
    .array(
      z.strictObject({
        id: slug,
        title: text,
        columns: z.array(text).min(2),
        rows: z
          .array(z.strictObject({ cells: z.array(z.union([text, z.number(), z.null()])), source: citation }))
          .min(1),
        note: text.optional(),
      }),
    )
    .default([]),
  /** Appendices, including those the source leaves to be published later ("TBC"). */
  appendices: z
    .array(
      z.strictObject({
        title: text,
        status: z.enum(['published', 'not yet published']),
        note: text.optional(),
        source: citation,
      }),
    )
    .default([]),
  /** Where the source contradicts itself: shown as it stands, never corrected. */
  inconsistencies: z.array(z.strictObject({ description: text, source: citation })).default([]),
  /** The document the page is written from (an id in data/sources.json). */
  source: slug,
});
export type Plan = z.infer<typeof planSchema>;
