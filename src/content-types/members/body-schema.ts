/** Decision-making bodies (Popolo/OCD: Organization of classification "legislature", "executive", "committee"), in data/bodies.json. */
import { z } from 'zod';
import { slug, text } from '../../shared/fields.ts';

export const bodyKinds = {
  council: 'Full council',
  executive: 'Executive (Cabinet)',
  committee: 'Committee',
  scrutiny: 'Overview and scrutiny committee',
} as const;

export const bodySchema = z.strictObject({
  /** Used in URLs and references: "wnc-council", "wnc-cabinet". */
  id: slug,
  name: text,
  /** A short name for lists and filters: "Council", "Cabinet". */
  shortName: text,
  kind: z.enum(Object.keys(bodyKinds) as [keyof typeof bodyKinds, ...(keyof typeof bodyKinds)[]], {
    error: `one of: ${Object.keys(bodyKinds).join(', ')}`,
  }),
  /** The council it belongs to (an id in data/organisations.json). */
  organisation: slug,
  /** What it does, in plain words. */
  description: text,
});

export const bodiesSchema = z.array(bodySchema);
export type Body = z.infer<typeof bodySchema>;
