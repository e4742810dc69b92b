/** The decision register's combined filters: a progressive enhancement over the pre-built filter pages. */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserOnBuiltSite } from '../support/browser.ts';
import { loadSite } from '../../src/site/load.ts';
import { allDecisions } from '../../src/content-types/meetings/model.ts';
import { fixturePaths, projectRoot } from '../support/fixtures.ts';

const decisions = allDecisions(loadSite(fixturePaths(projectRoot)));
const cabinetAgreed = decisions.filter((d) => d.body === 'wnc-cabinet' && d.outcome === 'agreed');
const live = browserOnBuiltSite();

const cabinetAgreedUrls = cabinetAgreed.map((d) => d.url).sort();

/** Waits until the search page has announced its count, and gives it. */
async function announced(page: Page): Promise<string> {
  await page.waitForFunction(
    () =>
      (document.getElementById('search-status')?.textContent ?? '') !== '' &&
      !document.getElementById('search-results')?.hasAttribute('aria-busy'),
  );
  return (await page.textContent('#search-status'))!;
}
/** Every result's address, asking for more until all are shown. */
async function allResultPaths(page: Page): Promise<string[]> {
  while (await page.locator('#more').isVisible()) {
    const before = await page.locator('#search-results > li').count();
    await page.click('#more');
    await page.waitForFunction((n) => document.querySelectorAll('#search-results > li').length > n, before);
  }
  return page.$$eval('#search-results > li h3 a', (links) =>
    links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
  );
}

describe('the decision register with JavaScript', () => {
  it('combines body and outcome on the search page, which lists just those decisions, says how many, and keeps the choice in the address', async () => {
    expect(cabinetAgreed.length).toBeGreaterThan(1);
    const page = await live.browser.newPage();
    await page.goto(live.origin + '/decisions/');
    await page.selectOption('#combine-body', 'Cabinet');
    await page.selectOption('#combine-outcome', 'Agreed');
    await page.click('text=Show matching decisions');
    await page.waitForURL(/\/search\//);
    expect(await announced(page)).toBe(
      `${cabinetAgreed.length} results among decisions and motions, at Cabinet, with the outcome “Agreed”.`,
    );
    expect(new URL(page.url()).search).toBe(
      '?kind=Decisions+and+motions&sort=newest&body=Cabinet&outcome=Agreed',
    );
    expect((await allResultPaths(page)).sort()).toEqual(cabinetAgreedUrls);
    // The filters stay in sight, chosen, so the reader can change them there.
    expect(await page.inputValue('#f-kind')).toBe('Decisions and motions');
    expect(await page.inputValue('#f-outcome')).toBe('Agreed');
    await page.close();
  });

  it('finds decisions and motions by their words and a topic together, across every page of the register', async () => {
    const page = await live.browser.newPage();
    await page.goto(live.origin + '/decisions/');
    const transport = decisions.filter((d) => d.topics.includes('transport'));
    expect(transport.length).toBeGreaterThan(1);
    await page.selectOption('#combine-topic', 'Transport');
    await page.click('text=Show matching decisions');
    await page.waitForURL(/\/search\//);
    expect(await announced(page)).toMatch(
      /^\d+ results? among decisions and motions, on the topic “Transport”\.$/,
    );
    expect((await allResultPaths(page)).sort()).toEqual(transport.map((d) => d.url).sort());
    // Some of them are on the register's second page: combining reaches the whole list.
    expect(decisions.slice(25).some((d) => d.topics.includes('transport'))).toBe(true);

    await page.goto(live.origin + '/decisions/');
    await page.fill('#combine-words', 'bus depot');
    await page.press('#combine-words', 'Enter');
    await page.waitForURL(/\/search\//);
    await announced(page);
    const found = await allResultPaths(page);
    const busDepot = decisions.filter((d) => /bus depot/i.test(d.title));
    expect(busDepot.length).toBeGreaterThan(0);
    for (const d of busDepot) expect(found).toContain(d.url);
    expect(new URL(page.url()).searchParams.get('q')).toBe('bus depot');
    // Filters left at "Any" are not in the address.
    expect(new URL(page.url()).searchParams.has('body')).toBe(false);
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
