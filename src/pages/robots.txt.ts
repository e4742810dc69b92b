/** robots.txt: everything may be indexed; the sitemap's address. */
import { getSite } from '../lib/site.ts';
import { robotsTxt } from '../lib/sitemap.ts';

export function GET() {
  return new Response(robotsTxt(getSite().settings.url), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
}
