/**
 * The sitemap (sitemaps.org protocol) and robots.txt: absolute addresses, from data/site.json. The
 * sitemap is written by the sitemap package, which escapes and checks each address, as one file,
 * sitemap.xml, the address robots.txt gives. Astro's own @astrojs/sitemap, which writes with the same
 * package, is not used: it always writes two files, sitemap-index.xml naming sitemap-0.xml, never one
 * sitemap.xml; and it reads the site's address from `site` in Astro's config, which the lantern
 * integration would have to set from data/site.json (of whichever content folder is built) while
 * Astro starts.
 */
import { Readable } from 'node:stream';
import { ErrorLevel, SitemapStream, streamToPromise } from 'sitemap';
import { absoluteUrl } from './structured-data.ts';

/** Pages a search engine should not list: the "not found" page. */
const unlisted = /^\/?404(\/|\.html)?$/;

/** Every built page's address ("inspections/x/", "" for the home page), as a sitemap, sorted so builds match. */
export async function sitemapXml(siteUrl: string, pathnames: string[]): Promise<string> {
  const urls = [...new Set(pathnames.map((p) => `/${p.replace(/^\//, '')}`))]
    .filter((p) => !unlisted.test(p))
    .sort()
    .map((path) => ({ url: absoluteUrl({ url: siteUrl }, path) }));
  const sitemap = new SitemapStream({
    level: ErrorLevel.THROW,
    xmlns: { news: false, xhtml: false, image: false, video: false },
  });
  return (await streamToPromise(Readable.from(urls).pipe(sitemap))).toString('utf8');
}

export function robotsTxt(siteUrl: string): string {
  return `# Everything here is public and may be indexed.\nUser-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl({ url: siteUrl }, '/sitemap.xml')}\n`;
}
