/** Keyboard and no-JavaScript journeys a reader would take, and the site opened straight from a folder. */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { browserOnBuiltSite } from '../support/browser.ts';
import { distDir } from '../support/dist.ts';

const inspection = '/inspections/northamptonshire-2011-safeguarding-and-looked-after-children/';
const live = browserOnBuiltSite();

describe('with the keyboard', () => {
  it('the first Tab reaches a visible skip link, and Enter moves focus to the main content', async () => {
    const page = await live.browser.newPage();
    await page.goto(live.origin + inspection);
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement;
      const box = element.getBoundingClientRect();
      return { text: element.textContent, visible: box.top >= 0 && box.height > 0 };
    });
    expect(skip).toEqual({ text: 'Skip to main content', visible: true });
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.keyboard.press('Tab');
    const next = await page.evaluate(() => document.activeElement?.closest('main') !== null);
    expect(next).toBe(true);
    await page.close();
  });

  it('focus is clearly visible on links', async () => {
    const page = await live.browser.newPage();
    await page.goto(live.origin + '/');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const style = await page.evaluate(() => {
      const s = getComputedStyle(document.activeElement as Element);
      return { outline: s.outlineStyle, width: parseFloat(s.outlineWidth) };
    });
    expect(style.outline).toBe('solid');
    expect(style.width).toBeGreaterThanOrEqual(2);
    await page.close();
  });
});

describe('without JavaScript', () => {
  it('an inspection page shows its judgements and areas for improvement', async () => {
    const context = await live.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(live.origin + inspection);
    expect(await page.locator('.judgement-table tbody tr').count()).toBe(22);
    expect(await page.locator('h3[id^="improve-"]').count()).toBe(3);
    await context.close();
  });
});

describe('in print', () => {
  it('an inspection page prints without the header, navigation and breadcrumbs, and shows where links go', async () => {
    const page = await live.browser.newPage();
    await page.goto(live.origin + inspection);
    await page.emulateMedia({ media: 'print' });
    const shown = await page.evaluate(() => ({
      header: getComputedStyle(document.querySelector('.site-header')!).display,
      breadcrumbs: getComputedStyle(document.querySelector('.breadcrumbs')!).display,
      tables: document.querySelectorAll('.judgement-table table').length,
      link: getComputedStyle(document.querySelector('main a[href^="http"]')!, '::after').content,
    }));
    expect(shown).toEqual({
      header: 'none',
      breadcrumbs: 'none',
      tables: 2,
      link: expect.stringContaining('http://www.ofsted.gov.uk'),
    });
    await page.close();
  });
});

describe('from a folder', () => {
  it('a page opened from the file system has its styles and working links', async () => {
    const page = await live.browser.newPage();
    await page.goto(pathToFileURL(join(distDir, 'inspections/index.html')).href);
    const background = await page.evaluate(
      () => getComputedStyle(document.querySelector('.site-header')!).backgroundColor,
    );
    expect(background).toBe('rgb(22, 50, 79)');
    await page.click('.site-nav >> text=About');
    expect(page.url()).toBe(pathToFileURL(join(distDir, 'about/index.html')).href);
    expect(await page.title()).toBe('About this site | Lantern');
    await page.close();
  });
});

describe('an address that does not exist', () => {
  it('shows the not-found page, styled and with links that work, however deep the address', async () => {
    const page = await live.browser.newPage();
    const response = await page.goto(`${live.origin}/no/such/page/here/`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('Page not found');
    // The stylesheet applied: the skip link is moved off screen until it has focus.
    expect(await page.locator('.skip-link').evaluate((a) => a.getBoundingClientRect().bottom <= 0)).toBe(
      true,
    );
    await page.locator('main').getByRole('link', { name: 'browse all inspections' }).click();
    expect(new URL(page.url()).pathname).toBe('/inspections/index.html');
    expect(await page.locator('h1').textContent()).toBe('Inspections');
    await page.close();
  });
});
