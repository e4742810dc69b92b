/** The sitemap (sitemaps.org protocol) and robots.txt: absolute addresses, from data/site.json. */
import { absoluteUrl } from './structured-data.ts';

const escapeXml = (text: string): string =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');

/** Pages a search engine should not list: the "not found" page. */
const unlisted = /^\/?404(\/|\.html)?$/;

/** Every built page's address ("inspections/x/", "" for the home page), as a sitemap, sorted so builds match. */
export function sitemapXml(siteUrl: string, pathnames: string[]): string {
  const urls = [...new Set(pathnames.map((p) => `/${p.replace(/^\//, '')}`))]
    .filter((p) => !unlisted.test(p))
    .sort();
  const entries = urls
    .map((path) => `  <url><loc>${escapeXml(absoluteUrl({ url: siteUrl }, path))}</loc></url>`)
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries}\n</urlset>\n`;
}

export function robotsTxt(siteUrl: string): string {
  return `# Everything here is public and may be indexed.\nUser-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl({ url: siteUrl }, '/sitemap.xml')}\n`;
}
