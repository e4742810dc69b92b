/**
 * Young people's versions: one for each inspection, plan and self-evaluation, in
 * content/young-people/<name>.mdx, written for a reading age of about 9 to 11. The body is the page,
 * with headings that are questions young people ask. The front matter says which full version it is
 * for, and accounts for every headline item of it: each judgement, each strategic priority, each
 * KPI the full version charts and each area for improvement that something on the site answers is
 * either explained here or listed as left out, with the reason.
 * The hub, content/young-people-hub.md, is checked the same way.
 */
import { z } from 'zod';
import { slug, text } from '../../shared/fields.ts';

export const fullVersionKinds = {
  inspection: { folder: 'inspections', label: 'inspection report', link: 'Read the full report' },
  plan: { folder: 'plans', label: 'plan', link: 'Read the full plan' },
  'self-evaluation': {
    folder: 'self-evaluations',
    label: 'self-evaluation',
    link: 'Read the full self-evaluation',
  },
} as const;
export type FullVersionKind = keyof typeof fullVersionKinds;
const kindIds = Object.keys(fullVersionKinds) as [FullVersionKind, ...FullVersionKind[]];

/** The checks every young people's page shares. */
const readingFields = {
  /** The highest Flesch-Kincaid grade the page may have; 6 when left out. */
  readingGrade: z.number({ error: 'a school grade from 1 to 12' }).min(1).max(12).optional(),
  /** Hard topics the page talks about ("abuse", "self-harm"): a note before the text says so. */
  contentNote: z.array(text).default([]),
};

export const youngPeopleVersionSchema = z.strictObject({
  /** A title a young person would choose: "What did Ofsted find in 2022?" */
  title: text,
  /** One or two short sentences for the list on the hub. */
  summary: text,
  /** The full version: its kind and its file name in content/inspections/, content/plans/ or content/self-evaluations/. */
  of: z.strictObject({
    kind: z.enum(kindIds, { error: `one of: ${kindIds.join(', ')}` }),
    id: slug,
  }),
  ...readingFields,
  /** Headline items of the full version explained here, each in a sentence or two. The key names the item: "judgement/overall-effectiveness", "priority/<id>", "kpi/<id>", "area/<id>" (an area for improvement that something on the site answers: shown under "Did things get better?"); the build lists the keys it expects. */
  covers: z
    .array(
      z.strictObject({
        item: text,
        /** The item's name in plain words, when the full version's is hard ("How well leaders run things"). */
        heading: text.optional(),
        says: text,
      }),
    )
    .default([]),
  /** Headline items this version leaves out, each with the reason. */
  leftOut: z.array(z.strictObject({ item: text, reason: text })).default([]),
});
export type YoungPeopleVersion = z.infer<typeof youngPeopleVersionSchema>;

export const youngPeopleHubSchema = z.strictObject({
  title: text,
  summary: text,
  ...readingFields,
});
export type YoungPeopleHub = z.infer<typeof youngPeopleHubSchema>;
