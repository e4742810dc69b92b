/** Young people's pages in Chromium: the read-aloud button where the browser can speak, and nowhere else; meanings readable without scripts. */
import { describe, expect, it } from 'vitest';
import { browserOnBuiltSite } from '../support/browser.ts';

const path = '/young-people/youth-justice-plan-2023/';
const live = browserOnBuiltSite();

describe("the read-aloud button on a young people's page", () => {
  it('appears where the browser can speak, reads the page when pressed, and stops when pressed again', async () => {
    const context = await live.browser.newContext();
    // Record what the page asks the browser to say, instead of making a sound.
    await context.addInitScript(() => {
      const said: string[] = [];
      (window as unknown as { said: string[] }).said = said;
      let speaking = false;
      Object.defineProperty(window, 'speechSynthesis', {
        value: {
          speak: (u: SpeechSynthesisUtterance) => {
            speaking = true;
            said.push(u.text);
          },
          cancel: () => {
            speaking = false;
          },
          get speaking() {
            return speaking;
          },
        },
      });
    });
    const page = await context.newPage();
    await page.goto(live.origin + path);
    const button = page.locator('[data-read-aloud] button');
    expect(await page.getByRole('button', { name: 'Read this page aloud' }).isVisible()).toBe(true);
    await button.focus();
    await page.keyboard.press('Enter');
    expect(await button.getAttribute('aria-pressed')).toBe('true');
    expect(await button.textContent()).toContain('Stop reading');
    const said = await page.evaluate(() => (window as unknown as { said: string[] }).said);
    expect(said[0]).toBe(await page.locator('h1').textContent());
    expect(said).toContain('What happens if I am arrested?');
    expect(said.join(' ')).not.toContain('Read this page aloud');
    await page.keyboard.press('Enter');
    expect(await button.getAttribute('aria-pressed')).toBe('false');
    await context.close();
  });

  it('is absent when the browser has no speech synthesis', async () => {
    const context = await live.browser.newContext();
    await context.addInitScript(() => {
      Object.defineProperty(window, 'speechSynthesis', { value: undefined });
    });
    const page = await context.newPage();
    await page.goto(live.origin + path);
    expect(await page.locator('[data-read-aloud]').isVisible()).toBe(false);
    await context.close();
  });

  it('is absent with JavaScript off, and the meanings of hard words are still shown in place', async () => {
    const context = await live.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(live.origin + path);
    expect(await page.locator('[data-read-aloud]').isVisible()).toBe(false);
    const gloss = page.locator('.yp-body .gloss').first();
    expect(await gloss.isVisible()).toBe(true);
    expect(await gloss.locator('.gloss-means').textContent()).toMatch(/^\(.+\)$/);
    await context.close();
  });
});
