/**
 * A site's own pages about itself, in content/pages/: home.md (the home page's heading, description and
 * introduction) and about.md (what the site is and why it exists). Both are optional: without them the
 * home page is headed by the site's tagline, and the about page says only what every Lantern site
 * promises (where its facts come from, what it never publishes, how it is made).
 */
import { z } from 'zod';
import { text } from '../../shared/fields.ts';

export const sitePageNames = ['home', 'about'] as const;

export const sitePageSchema = z.strictObject({
  /** The page's heading: for the home page, the line readers see first. */
  title: text,
  /** One or two sentences for search engines and link previews. */
  summary: text,
});
export type SitePage = z.infer<typeof sitePageSchema>;
