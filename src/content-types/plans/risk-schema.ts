/** Risk registers in data/risks/<id>.json: each risk's likelihood and impact before and after mitigation, and the target. Scores are worked out (likelihood x impact). */
import { z } from 'zod';
import { citation, partialDate, slug, text } from '../../shared/fields.ts';

const rating = z.strictObject({
  likelihood: z.int({ error: 'a whole number from 1 to 5' }).min(1).max(5),
  impact: z.int({ error: 'a whole number from 1 to 5' }).min(1).max(5),
});
export type RiskRating = z.infer<typeof rating>;

export const riskRegisterSchema = z.strictObject({
  id: slug,
  title: text,
  organisation: slug,
  asAt: partialDate.optional(),
  risks: z
    .array(
      z.strictObject({
        ref: text,
        title: text,
        category: text.optional(),
        /** The owner by role. */
        owner: text.optional(),
        raised: partialDate.optional(),
        description: text.optional(),
        /** Before mitigation. */
        initial: rating,
        mitigations: z.array(text).default([]),
        /** Now, after mitigation. */
        current: rating,
        target: rating,
        source: citation,
      }),
    )
    .min(1),
  notes: z.array(text).default([]),
  source: citation,
});
export type RiskRegister = z.infer<typeof riskRegisterSchema>;
