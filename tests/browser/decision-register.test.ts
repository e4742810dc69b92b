/** The decision register's combined filters: a progressive enhancement over the pre-built filter pages. */
import { describe, expect, it } from 'vitest';
import { browserOnBuiltSite } from '../support/browser.ts';
import { loadSite } from '../../src/site/load.ts';
import { allDecisions } from '../../src/content-types/meetings/model.ts';
import { fixturePaths, projectRoot } from '../support/fixtures.ts';

const decisions = allDecisions(loadSite(fixturePaths(projectRoot)));
const cabinetAgreed = decisions.filter((d) => d.body === 'wnc-cabinet' && d.outcome === 'agreed');
const live = browserOnBuiltSite();

const visibleTitles = () =>
  Array.from(document.querySelectorAll<HTMLTableRowElement>('tbody tr'))
    .filter((row) => !row.hidden)
    .map((row) => row.querySelector('th a')!.textContent!.trim());

describe('the decision register with JavaScript', () => {
  it('narrows the list by body and outcome together, says how many match, and keeps the choice in the address', async () => {
    expect(cabinetAgreed.length).toBeGreaterThan(1);
    const page = await live.browser.newPage();
    await page.goto(live.origin + '/decisions/');
    await page.selectOption('#combine-body', 'wnc-cabinet');
    await page.selectOption('#combine-outcome', 'agreed');
    expect(await page.evaluate(visibleTitles)).toEqual(cabinetAgreed.map((d) => d.title));
    expect(await page.locator('#combine-count[role="status"]').textContent()).toBe(
      `${cabinetAgreed.length} decisions match these filters.`,
    );
    expect(new URL(page.url()).search).toBe('?body=wnc-cabinet&outcome=agreed');

    const again = await live.browser.newPage();
    await again.goto(page.url());
    expect(await again.inputValue('#combine-outcome')).toBe('agreed');
    expect(await again.evaluate(visibleTitles)).toEqual(cabinetAgreed.map((d) => d.title));
    await again.click('button[type="reset"]');
    await again.waitForFunction(() => document.getElementById('combine-count')!.textContent === '');
    expect(await again.evaluate(visibleTitles)).toHaveLength(decisions.length);
    await Promise.all([page.close(), again.close()]);
  });

  it('finds decisions by words in their titles, and says so when none match', async () => {
    const page = await live.browser.newPage();
    await page.goto(live.origin + '/decisions/');
    await page.focus('#combine-words');
    await page.keyboard.type('bus depot');
    const expected = decisions.filter(
      (d) => d.title.toLowerCase().includes('bus') && d.title.toLowerCase().includes('depot'),
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(await page.evaluate(visibleTitles)).toEqual(expected.map((d) => d.title));
    await page.fill('#combine-words', 'zebra crossing unicorn');
    expect(await page.locator('#combine-count').textContent()).toBe('No decision matches these filters.');
    await page.close();
  });
});

describe('the decision register without JavaScript', () => {
  it('hides the combined filters and offers the pre-built filter pages instead', async () => {
    const context = await live.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(live.origin + '/decisions/');
    expect(await page.locator('#combine').isVisible()).toBe(false);
    await page.click('nav[aria-labelledby="narrow-heading"] summary');
    await page.click('nav[aria-labelledby="narrow-heading"] >> text=Cabinet');
    expect(new URL(page.url()).pathname).toBe('/decisions/body/wnc-cabinet/index.html');
    const rows = await page.locator('tbody tr').count();
    expect(rows).toBe(decisions.filter((d) => d.body === 'wnc-cabinet').length);
    await context.close();
  });
});

describe('the register and its filters in sight together', () => {
  it('on a laptop, beside each other on the first screen', async () => {
    const page = await live.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(live.origin + '/decisions/');
    const filters = await page.locator('#combine-body').boundingBox();
    const firstRow = await page.locator('tbody tr').first().boundingBox();
    expect(filters!.y + filters!.height).toBeLessThanOrEqual(800);
    // The newest decision's first line is in sight.
    expect(firstRow!.y + 30).toBeLessThanOrEqual(800);
    await page.close();
  });

  it('on a phone, with the choices folded away until asked for, and the list in sight below them', async () => {
    const page = await live.browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(live.origin + '/decisions/');
    const choose = page.getByText('Choose filters', { exact: true });
    expect(await page.locator('#combine-body').isVisible()).toBe(false);
    await choose.evaluate((summary) => summary.scrollIntoView());
    const firstRow = await page.locator('tbody tr').first().boundingBox();
    expect(firstRow!.y + 30).toBeLessThanOrEqual(844);
    await choose.click();
    expect(await page.locator('#combine-body').isVisible()).toBe(true);
    await page.close();
  });
});
