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
  /** The council's colour for the header and accents: "#1d4f91". White text goes on it, so it must be dark enough (4.5:1). */
  brand: z
    .string({ error: 'a colour written as # and six hex digits, such as "#1d4f91"' })
    .regex(/^#[0-9a-fA-F]{6}$/, 'a colour written as # and six hex digits, such as "#1d4f91"')
    .optional(),
  /** The council's logo, shown beside the site's name: a file in the site's public/ folder, such as "logo.svg". */
  logo: z
    .string({ error: 'the name of an image file in public/, such as "logo.svg"' })
    .regex(
      /^(?!.*\.\.)[\w./-]+\.(svg|png|jpe?g|webp)$/i,
      'the name of an image file (.svg, .png, .jpg or .webp) in public/, such as "logo.svg"',
    )
    .optional(),
});
export type SiteSettings = z.infer<typeof siteSettingsSchema>;
