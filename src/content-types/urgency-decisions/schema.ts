/** Decisions taken under the urgency procedure, one Markdown file each in content/urgency-decisions/. */
import { z } from 'zod';
import { areaReference, citation, isoDate, slug, text } from '../../shared/fields.ts';
import { declarationSchema, exemptSchema, memberRef } from '../meetings/schema.ts';

export const urgencyDecisionSchema = z.strictObject({
  title: text,
  date: isoDate,
  /** The member who took it, as the record names them. */
  decisionMaker: memberRef,
  /** Their role when they took it, e.g. "Deputy Leader of the Council". */
  decisionMakerRole: text,
  keyDecision: z.boolean({ error: 'true or false' }),
  /** An executive decision (Cabinet's powers) or a non-executive one (Council's). */
  executive: z.boolean({ error: 'true or false' }),
  /** The scrutiny chair's agreement that the decision could not wait. */
  consent: z.strictObject({
    member: memberRef,
    role: text,
    /** How it was given, e.g. "by e-mail". */
    how: text,
    when: isoDate,
  }),
  /** What was decided, in plain words. */
  decision: text,
  reasons: z.array(text).default([]),
  alternatives: z.array(text).default([]),
  declarations: z.array(declarationSchema).default([]),
  exempt: z.array(exemptSchema).default([]),
  topics: z.array(slug).default([]),
  /** The areas for improvement it is about, as the record says: "northamptonshire-2019-ilacs#3c". */
  concerns: z.array(areaReference).default([]),
  /** The meeting and item it was reported to: a meeting file name and an item id. */
  reportedTo: z.array(z.strictObject({ meeting: slug, item: slug })).default([]),
  source: citation,
});

export type UrgencyDecision = z.infer<typeof urgencyDecisionSchema>;
