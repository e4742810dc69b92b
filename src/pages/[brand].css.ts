/** The site's brand colour (data/site.json "brand") as /brand.css: built only when the site sets one. */
import { getSite } from '../site/site.ts';
import { brandStylesheet } from '../site/brand.ts';

export const getStaticPaths = () => (getSite().settings.brand ? [{ params: { brand: 'brand' } }] : []);

export function GET() {
  return new Response(brandStylesheet(getSite().settings.brand!), {
    headers: { 'content-type': 'text/css; charset=utf-8' },
  });
}
