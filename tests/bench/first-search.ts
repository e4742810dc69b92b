/**
 * What a reader's first search downloads: the search page is opened in Chromium, a query typed, and
 * every byte fetched from /pagefind/ (the library, its WebAssembly, the index chunks, filters and the
 * result fragments shown) is added up, as transferred. The page itself and its own script are
 * reported apart, because they load before anyone searches.
 */
import type { Browser } from 'playwright-core';

export interface FirstSearch {
  query: string;
  results: number;
  /** Bytes fetched from /pagefind/ from the first keystroke to the results showing. */
  searchBytes: number;
  /** The files that made them up, largest first. */
  files: { path: string; bytes: number }[];
}

export async function measureFirstSearch(
  browser: Browser,
  origin: string,
  query: string,
): Promise<FirstSearch> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const sizes: Promise<{ path: string; bytes: number }>[] = [];
  page.on('requestfinished', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.includes('/pagefind/'))
      sizes.push(request.sizes().then((s) => ({ path, bytes: s.responseBodySize + s.responseHeadersSize })));
  });
  await page.goto(`${origin}/search/`);
  await page.getByLabel('Words to search for').fill(query);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() =>
    /result/i.test(document.getElementById('search-status')?.textContent ?? ''),
  );
  await page.waitForLoadState('networkidle');
  const results = await page.locator('#search-results > li').count();
  const files = (await Promise.all(sizes)).sort((a, b) => b.bytes - a.bytes);
  await context.close();
  return { query, results, searchBytes: files.reduce((n, f) => n + f.bytes, 0), files };
}
