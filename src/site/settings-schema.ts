/**
 * The site's own settings, in data/site.json: its name, the address it is published at (for canonical
 * links, the sitemap, feeds and link previews) and who runs it.
 */
import { z } from 'zod';
import { text } from '../shared/fields.ts';

const webAddress =
  'a full web address starting with https:// and ending in /, such as "https://lantern.example/"';

export const siteSettingsSchema = z.strictObject({
  /** Shown in the header, page titles and link previews. */
  name: text,
  /** The line under the name. */
  tagline: text,
  /** The full address the site is published at, ending in "/": "https://lantern.example/". Links inside the site stay relative. */
  url: z.string({ error: webAddress }).regex(/^https?:\/\/[^/\s]+\/(\S*\/)?$/, webAddress),
  /** Who publishes the site, for link previews, structured data, feeds and the accessibility statement. */
  publisher: text,
  /** Where readers can reach the publisher: the address of a contact page (not a person's e-mail). */
  contact: z
    .string({ error: webAddress })
    .regex(/^https?:\/\/\S+$/, 'a web address starting with https://')
    .optional(),
});
export type SiteSettings = z.infer<typeof siteSettingsSchema>;
