/** Topics decisions are filed under, in data/topics.json. Words help search find them. */
import { z } from 'zod';
import { slug, text } from '../../shared/fields.ts';

export const topicSchema = z.strictObject({
  id: slug,
  name: text,
  /** Everyday words people search with for this topic. */
  words: z.array(text).default([]),
});

export const topicsSchema = z.array(topicSchema);
export type Topic = z.infer<typeof topicSchema>;
