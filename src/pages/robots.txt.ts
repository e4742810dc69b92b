/** robots.txt: everything may be indexed; the sitemap's address. */
import { getSite } from '../site/site.ts';
import { robotsTxt } from '../publish/sitemap.ts';

export function GET() {
  return new Response(robotsTxt(getSite().settings.url), {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
}
