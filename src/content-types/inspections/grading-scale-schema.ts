/** Grading scales, stored in data/grading-scales.json. A grade is only meaningful on its own scale. */
import { z } from 'zod';
import { slug, text } from '../../shared/fields.ts';

export const gradeSchema = z.strictObject({
  /** The grade's words, exactly as inspections write them. */
  label: text,
  /** Position on this scale: 1 is the best. Never compared across scales. */
  rank: z.int({ error: 'a whole number, 1 for the best grade' }).min(1),
  /** What the grade means, in plain words. */
  meaning: text,
});

export const gradingScaleSchema = z.strictObject({
  id: slug,
  name: text,
  /** Which inspections use it, in plain words. */
  usedBy: text,
  grades: z.array(gradeSchema).min(2, 'at least two grades'),
});

export const gradingScalesSchema = z.array(gradingScaleSchema);
export type GradingScale = z.infer<typeof gradingScaleSchema>;
export type Grade = z.infer<typeof gradeSchema>;
