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
