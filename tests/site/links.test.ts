/** Every internal link on the built default site leads somewhere: the file exists and any #fragment names an element on it. */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join, posix } from 'node:path';
import { parse } from 'node-html-parser';
import { builtPages, distDir, readPage } from '../support/dist.ts';

const pages = builtPages();
const idsCache = new Map<string, Set<string>>();
/** The ids (and legacy names) a built page offers as fragment targets. */
function targetsOn(page: string): Set<string> {
  let ids = idsCache.get(page);
  if (!ids) {
    const root = parse(readPage(page));
    ids = new Set([
      ...root.querySelectorAll('[id]').map((e) => e.id),
      ...root.querySelectorAll('a[name]').map((e) => e.getAttribute('name')!),
    ]);
    idsCache.set(page, ids);
  }
  return ids;
}

describe('internal links', () => {
  it.each(pages)(
    '%s: every link to this site leads to a built file, and every #fragment to an element there',
    (page) => {
      const broken: string[] = [];
      for (const a of parse(readPage(page)).querySelectorAll('a[href]')) {
        const href = a.getAttribute('href')!;
        if (/^(https?:|mailto:|tel:)/.test(href)) continue;
        const [path, fragment] = href.split('#') as [string, string | undefined];
        const file =
          path === '' ? page : posix.normalize(posix.join(posix.dirname(page), path.split('?')[0]!));
        const target = file.endsWith('/') ? `${file}index.html` : file;
        if (!existsSync(join(distDir, target))) {
          broken.push(`${href} (no file ${target})`);
          continue;
        }
        if (
          fragment !== undefined &&
          target.endsWith('.html') &&
          !targetsOn(target).has(decodeURIComponent(fragment))
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
