/** Astro's view of the content: the same schemas the check script and tests use. */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { join } from 'node:path';
import { inspectionSchema } from './content-types/inspections/schema.ts';
import { meetingSchema } from './content-types/meetings/schema.ts';
import { urgencyDecisionSchema } from './content-types/urgency-decisions/schema.ts';
import { planSchema } from './content-types/plans/schema.ts';
import { selfEvaluationSchema } from './content-types/self-evaluations/schema.ts';
import { youngPeopleHubSchema, youngPeopleVersionSchema } from './content-types/young-people/schema.ts';
import { sitePaths } from './site/load.ts';

const paths = sitePaths();

export const collections = {
  inspections: defineCollection({
    loader: glob({ pattern: '*.{md,mdx}', base: join(paths.content, 'inspections') }),
    schema: inspectionSchema,
  }),
  meetings: defineCollection({
    loader: glob({ pattern: '*.{md,mdx}', base: join(paths.content, 'meetings') }),
    schema: meetingSchema,
  }),
  'urgency-decisions': defineCollection({
    loader: glob({ pattern: '*.{md,mdx}', base: join(paths.content, 'urgency-decisions') }),
    schema: urgencyDecisionSchema,
  }),
  plans: defineCollection({
    loader: glob({ pattern: '*.{md,mdx}', base: join(paths.content, 'plans') }),
    schema: planSchema,
  }),
  'self-evaluations': defineCollection({
    loader: glob({ pattern: '*.{md,mdx}', base: join(paths.content, 'self-evaluations') }),
    schema: selfEvaluationSchema,
  }),
  'young-people': defineCollection({
    loader: glob({ pattern: '*.{md,mdx}', base: join(paths.content, 'young-people') }),
    schema: youngPeopleVersionSchema,
  }),
  'young-people-hub': defineCollection({
    loader: glob({ pattern: 'young-people-hub.md', base: paths.content }),
    schema: youngPeopleHubSchema,
  }),
};
