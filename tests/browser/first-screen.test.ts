/** Readers' tasks done as the reader would do them, in Chromium: the answer is on the first screen of the page they reach. */
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { browserOnBuiltSite } from '../support/browser.ts';

const live = browserOnBuiltSite();
const phone = { width: 390, height: 844 };
const laptop = { width: 1280, height: 800 };

/** Whether the whole of the element is within the first screen, without scrolling. */
async function onFirstScreen(page: Page, element: Locator): Promise<boolean> {
  const box = (await element.boundingBox())!;
  const height = page.viewportSize()!.height;
  return box.y >= 0 && box.y + box.height <= height;
}

describe('a young person on a phone', () => {
  it('finds where to get help on the first screen of the young people’s hub, and can call from it', async () => {
    const page = await live.browser.newPage({ viewport: phone, isMobile: true, hasTouch: true });
    await page.goto(`${live.origin}/young-people/`);
    const help = page.getByRole('heading', { name: 'Helplines you can call' });
    expect(await onFirstScreen(page, help)).toBe(true);
    expect(
      await onFirstScreen(
        page,
        page.locator('.help-box').getByText('If you are in danger right now, call 999.'),
      ),
    ).toBe(true);
    expect(await onFirstScreen(page, page.getByRole('link', { name: '0800 1111' }))).toBe(true);
    await page.close();
  });

  it('skips the poem about abuse without a tap, and opens it with one, with JavaScript off', async () => {
    const context = await live.browser.newContext({ viewport: phone, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${live.origin}/young-people/nct-business-plan-2023/`);
    const line = page.getByText('hurt, abuse, pain. I feel alone.');
    expect(await line.isVisible()).toBe(false);
    await page.getByText('The poem: it talks about abuse').click();
    expect(await line.isVisible()).toBe(true);
    await context.close();
  });
});

describe('a resident on a laptop asking whether their council’s children’s services are any good now, and getting better', () => {
  it('reads the answer on the first screen of their council’s page', async () => {
    const page = await live.browser.newPage({ viewport: laptop });
    await page.goto(`${live.origin}/organisations/west-northamptonshire-council/`);
    const verdict = page.locator('section.standing p').first();
    expect(await onFirstScreen(page, verdict)).toBe(true);
    expect(await verdict.textContent()).toMatch(
      /Requires improvement to be good[\s\S]*better than at the one before[\s\S]*inadequate/,
    );
    await page.close();
  });
});

describe('a resident asking how many children are in care, compared with England', () => {
  it.each([
    ['a laptop', laptop],
    ['a phone', phone],
  ])(
    'searches from the home page on %s and reads the figures on the first screen of the results',
    async (_, viewport) => {
      const page = await live.browser.newPage({ viewport });
      await page.goto(`${live.origin}/`);
      await page.getByLabel('Search every report, meeting and decision').fill('children in care');
      await Promise.all([page.waitForURL(/\/search\//), page.keyboard.press('Enter')]);
      const first = page.locator('#search-results > li.direct-answer').first();
      await first.waitFor();
      expect(await first.locator('h3').textContent()).toBe('Children in care');
      expect(await onFirstScreen(page, first.locator('.result-excerpt'))).toBe(true);
      // The rate, with England's beside it, is the next answer.
      const rate = page.locator('#search-results > li.direct-answer').nth(1);
      expect(await rate.locator('.result-excerpt').textContent()).toMatch(
        /per 10,000 in March 2023; England \d+ per 10,000\./,
      );
      await page.close();
    },
  );
});

describe('a councillor looking for what Cabinet decided', () => {
  it('narrows the register to Cabinet and reads the newest decision on the first screen, on a laptop', async () => {
    const page = await live.browser.newPage({ viewport: laptop });
    await page.goto(`${live.origin}/decisions/`);
    await page.getByText('One filter at a time: by body, outcome, year or topic').click();
    await page
      .locator('nav[aria-labelledby="narrow-heading"]')
      .getByRole('link', { name: 'Cabinet' })
      .click();
    expect(new URL(page.url()).pathname).toMatch(/^\/decisions\/body\/wnc-cabinet\//);
    const newest = page.locator('tbody tr').first();
    expect(await onFirstScreen(page, newest)).toBe(true);
    expect(await newest.locator('td').nth(1).textContent()).toBe('Cabinet');
    await page.close();
  });
});
