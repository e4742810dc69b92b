/** Pages on paper and enlarged, in Chromium: no word split in print, nothing wider than the page, chart labels that fit at 200% and 400% zoom. */
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserOnBuiltSite } from '../support/browser.ts';

const live = browserOnBuiltSite();
// About the printable width of an A4 page, in CSS pixels.
const paper = { width: 700, height: 1000 };
const printed = [
  '/inspections/northamptonshire-2011-safeguarding-and-looked-after-children/',
  '/inspections/northamptonshire-2019-ilacs/',
  '/inspections/northamptonshire-2019-ilacs/progress/',
  '/plans/nct-business-plan-2023/',
];
const pages: Page[] = [];
afterAll(async () => Promise.all(pages.map((page) => page.close())));

/** Words of the main text that a line break splits, other than after a hyphen. */
function splitWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const split: string[] = [];
    const walker = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement!;
      if (parent.closest('.no-print') || parent.getClientRects().length === 0) continue;
      for (const word of node.textContent!.matchAll(/[^\s\-‐–]+[-‐–]?/g)) {
        const range = document.createRange();
        range.setStart(node, word.index);
        range.setEnd(node, word.index + word[0].length);
        const lines = new Set(
          [...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top)),
        );
        if (lines.size > 1) split.push(word[0]);
      }
    }
    return split;
  });
}

describe('printed pages', () => {
  it.each(printed)('%s splits no word across lines and is no wider than the paper', async (path) => {
    const page = await live.browser.newPage({ viewport: paper });
    pages.push(page);
    await page.emulateMedia({ media: 'print' });
    await page.goto(live.origin + path);
    expect(await splitWords(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(paper.width);
  });
});

describe('charts enlarged', () => {
  // 200% and 400% zoom on a 1,280 px laptop screen leave 640 and 320 CSS pixels.
  it.each([640, 320])('at %i px, every label of a chart is inside its drawing', async (width) => {
    const page = await live.browser.newPage({ viewport: { width, height: 800 } });
    pages.push(page);
    await page.goto(`${live.origin}/kpis/nct-kpi-11/`);
    const outside = await page.evaluate(() =>
      [...document.querySelectorAll('.chart-image')]
        .filter((drawing) => getComputedStyle(drawing).display !== 'none')
        .flatMap((drawing) => {
          const box = drawing.querySelector('svg')!.getBoundingClientRect();
          return [...drawing.querySelectorAll('text')]
            .filter((text) => {
              const r = text.getBoundingClientRect();
              return (
                r.left < box.left - 0.5 ||
                r.right > box.right + 0.5 ||
                r.top < box.top - 0.5 ||
                r.bottom > box.bottom + 0.5
              );
            })
            .map((text) => text.textContent);
        }),
    );
    const labels = await page.locator('.chart-image:visible text').count();
    expect(labels).toBeGreaterThan(10);
    expect(outside).toEqual([]);
  });
});
