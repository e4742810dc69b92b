/** A source document: every figure on the site names one of these, with a line or page. */
import { z } from 'zod';
import { isoDate, partialDate, slug, text } from '../../shared/fields.ts';

export const sourceSchema = z.strictObject({
  /** Used in citations, e.g. "ofsted-2011-northamptonshire L92". */
  id: slug,
  /** The document's own title. */
  title: text,
  /** The organisation that published it (an id in data/organisations.json). */
  publisher: slug,
  /** When it was published, as precisely as the document says. */
  published: partialDate,
  /** What kind of document it is, in plain words: "inspection report", "council agenda pack". */
  kind: text,
  /** Where a reader can find the original, when the document gives an address. */
  url: z.url({ error: 'a web address starting with http:// or https://' }).optional(),
  /** How line numbers in citations should be read. */
  locator: text,
  /** When the site's copy was read. */
  retrieved: isoDate.optional(),
});

export const sourcesSchema = z.array(sourceSchema);
export type Source = z.infer<typeof sourceSchema>;
