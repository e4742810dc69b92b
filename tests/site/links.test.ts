/** Every internal link on the built default site leads somewhere: the file exists and any #fragment names an element on it. */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join, posix } from 'node:path';
import { parse } from 'node-html-parser';
import { builtPages, distDir, readPage } from '../support/dist.ts';
import { newSiteDist } from '../support/new-site.ts';

// The default site's pages, and the new council's (its own folder, as npm run new-site makes it).
const pages = [
  ...builtPages().map((page) => ({ page, dir: distDir, name: page })),
  ...builtPages(newSiteDist).map((page) => ({ page, dir: newSiteDist, name: `new site: ${page}` })),
];
const idsCache = new Map<string, Set<string>>();
/** The ids (and legacy names) a built page offers as fragment targets. */
function targetsOn(page: string, dir = distDir): Set<string> {
  let ids = idsCache.get(`${dir}:${page}`);
  if (!ids) {
    const root = parse(readPage(page, dir));
    ids = new Set([
      ...root.querySelectorAll('[id]').map((e) => e.id),
      ...root.querySelectorAll('a[name]').map((e) => e.getAttribute('name')!),
    ]);
    idsCache.set(`${dir}:${page}`, ids);
  }
  return ids;
}

describe('internal links', () => {
  it.each(pages)(
    '$name: every link to this site, image and stylesheet leads to a built file, and every #fragment to an element there',
    ({ page, dir }) => {
      const broken: string[] = [];
      for (const a of parse(readPage(page, dir)).querySelectorAll('a[href], link[href], img[src]')) {
        const href = a.getAttribute('href') ?? a.getAttribute('src')!;
        if (/^(https?:|mailto:|tel:)/.test(href)) continue;
        const [path, fragment] = href.split('#') as [string, string | undefined];
        const file =
          path === '' ? page : posix.normalize(posix.join(posix.dirname(page), path.split('?')[0]!));
        const target = file.endsWith('/') ? `${file}index.html` : file;
        if (!existsSync(join(dir, target))) {
          broken.push(`${href} (no file ${target})`);
          continue;
        }
        if (
          fragment !== undefined &&
          target.endsWith('.html') &&
          !targetsOn(target, dir).has(decodeURIComponent(fragment))
        )
          broken.push(`${href} (no #${fragment} on ${target})`);
      }
      expect(broken).toEqual([]);
    },
  );

  it('finds a broken fragment when there is one', () => {
    expect(targetsOn('index.html').has('main')).toBe(true);
    expect(targetsOn('index.html').has('no-such-place')).toBe(false);
  });
});
