/** The built default site in dist/ (and the new council's site of new-site.ts), as the site and browser tests read them. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { projectRoot } from './fixtures.ts';
import { assertNewSiteBuilt } from './new-site.ts';

export const distDir = join(projectRoot, 'dist');

export function assertBuilt(dir = distDir): void {
  if (dir !== distDir) return assertNewSiteBuilt();
  if (!existsSync(join(distDir, 'index.html')))
    throw new Error('dist/ has no index.html: run `npm run build` first (npm test does).');
}

/** Every built page, as paths relative to dist/ ("inspections/x/index.html"), Pagefind's own files left out. */
export function builtPages(dir = distDir): string[] {
  assertBuilt(dir);
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .filter((path) => !path.startsWith('pagefind/'))
    .sort();
}

export function readPage(path: string, dir = distDir): string {
  return readFileSync(join(dir, path), 'utf8');
}

/** The URL path a page is served at: "inspections/x/index.html" → "/inspections/x/". */
export function urlPath(page: string): string {
  return `/${page.replace(/index\.html$/, '')}`;
}

/** The text of the main region, tags removed and spaces folded, for assertions about what a reader sees. */
export function mainText(html: string): string {
  const main = /<main[\s\S]*?<\/main>/.exec(html)?.[0] ?? '';
  return main
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ')
    .replace(/ ([,.;:)])/g, '$1')
    .trim();
}
