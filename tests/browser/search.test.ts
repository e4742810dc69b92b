/**
 * Search in Chromium on the built default site: the questions readers ask find the right page, a
 * search lives in the address (shared links and the back button), the keyboard reaches everything,
 * the page a result opens shows the words, and without JavaScript the page offers browsing.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { browserOnBuiltSite } from '../support/browser.ts';
import { axeViolations } from '../support/axe.ts';
import { cspViolations, recordCspViolations } from '../support/csp.ts';
import { projectRoot } from '../support/fixtures.ts';
import { writeState, type FilterKey } from '../../src/publish/search.ts';

interface Question {
  reader: 'councillor' | 'resident' | 'young person';
  question: string;
  query: string;
  filters?: Partial<Record<FilterKey, string>>;
  expect: string;
  why: string;
}
const questions: Question[] = JSON.parse(
  readFileSync(join(projectRoot, 'tests/fixtures/search-questions.json'), 'utf8'),
);
const live = browserOnBuiltSite();

/** Opens the search page at this address and waits for the count to be announced. */
async function searchAt(page: Page, query: string): Promise<string> {
  await page.goto(`${live.origin}/search/${query}`);
  return announced(page);
}
async function announced(page: Page, previous = ''): Promise<string> {
  await page.waitForFunction((before) => {
    const text = document.getElementById('search-status')?.textContent ?? '';
    return (
      text !== '' && text !== before && !document.getElementById('search-results')?.hasAttribute('aria-busy')
    );
  }, previous);
  return (await page.textContent('#search-status'))!;
}
const resultPaths = (page: Page) =>
  page.$$eval('#search-results > li h3 a', (links) =>
    links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
  );

describe('questions readers ask', () => {
  it('there are at least 25, from councillors, residents and young people alike', () => {
    expect(questions.length).toBeGreaterThanOrEqual(25);
    for (const reader of ['councillor', 'resident', 'young person'] as const)
      expect(questions.filter((q) => q.reader === reader).length, reader).toBeGreaterThanOrEqual(7);
  });

  it.each(questions)(
    'a $reader asking “$question” ($query) finds $expect in the first three results',
    async ({ query, filters = {}, expect: target }) => {
      const page = await live.browser.newPage();
      await searchAt(page, writeState({ q: query, filters, sort: 'relevance' }));
      const top = (await resultPaths(page)).slice(0, 3);
      await page.close();
      expect(top).toContain(target);
    },
  );
});

describe('the search page', () => {
  it('has a labelled field, announces the count, and keeps the search in the address so the back button works', async () => {
    const page = await live.browser.newPage();
    await page.goto(`${live.origin}/search/`);
    await page.getByLabel('Words to search for').fill('care leavers');
    await page.keyboard.press('Enter');
    const first = await announced(page);
    expect(first).toMatch(/^\d+ results for “care leavers”, and 1 page named by it first\.$/);
    expect(new URL(page.url()).search).toBe('?q=care+leavers');
    expect(await page.getAttribute('#search-status', 'role')).toBe('status');

    await page.getByText('Narrow the results').click();
    await page.getByLabel('Kind of page').selectOption('Inspection');
    const narrowed = await announced(page, first);
    expect(narrowed).toMatch(/^\d+ results? for “care leavers” among inspections\.$/);
    expect(new URL(page.url()).search).toBe('?q=care+leavers&kind=Inspection');
    for (const meta of await page.$$eval('#search-results .result-meta', (ps) =>
      ps.map((p) => p.textContent),
    ))
      expect(meta).toMatch(/^Inspection · /);

    await page.goBack();
    expect(await announced(page, narrowed)).toBe(first);
    expect(await page.getByLabel('Kind of page').inputValue()).toBe('');
    expect(await page.getByLabel('Words to search for').inputValue()).toBe('care leavers');

    await page.goForward();
    expect(await announced(page, first)).toBe(narrowed);
    expect(await page.getByLabel('Kind of page').inputValue()).toBe('Inspection');
    await page.close();
  });

  it('runs a shared link straight away, with its filters and order shown in the form', async () => {
    const page = await live.browser.newPage();
    const status = await searchAt(page, '?kind=Decision&year=2023&sort=oldest');
    expect(status).toMatch(/^\d+ results among decisions, in 2023\.$/);
    expect(await page.getByLabel('Kind of page').inputValue()).toBe('Decision');
    expect(await page.getByLabel('Year').inputValue()).toBe('2023');
    expect(await page.getByLabel('Order').inputValue()).toBe('oldest');
    const dates = await page.$$eval('#search-results .result-meta', (ps) =>
      ps.map((p) => p.textContent!.split(' · ')[1]!),
    );
    const times = dates.map((d) => Date.parse(d));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(await page.locator('#filters').getAttribute('open')).not.toBeNull();
    await page.close();
  });

  it('shows each result with its kind, date and place, and sections of long pages beneath it', async () => {
    const page = await live.browser.newPage();
    await searchAt(page, '?q=remand');
    const first = page.locator('#search-results > li').first();
    expect(await first.locator('.result-meta').textContent()).toMatch(/ · /);
    expect(await first.locator('mark').count()).toBeGreaterThan(0);
    expect(await page.locator('#search-results .sub-results a').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('tells a reader when nothing is found, and how to find more', async () => {
    const page = await live.browser.newPage();
    expect(await searchAt(page, '?q=zzyzx+quokka')).toBe(
      'No results for “zzyzx quokka”. Try fewer or different words: every word must be on the page.',
    );
    expect(await page.locator('#search-results > li').count()).toBe(0);
    await page.close();
  });

  it('works by keyboard: search with Enter, Tab to a result, more results put the focus on the first new one', async () => {
    const page = await live.browser.newPage();
    await page.goto(`${live.origin}/search/`);
    await page.getByLabel('Words to search for').focus();
    await page.keyboard.type('council');
    await page.keyboard.press('Enter');
    await announced(page);
    let onResult = false;
    for (let i = 0; i < 30 && !onResult; i++) {
      await page.keyboard.press('Tab');
      onResult = await page.evaluate(() => Boolean(document.activeElement?.closest('#search-results')));
    }
    expect(onResult).toBe(true);
    const count = await page.locator('#search-results > li').count();
    expect(count).toBe(10);
    await page.getByRole('button', { name: 'Show more results' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelectorAll('#search-results > li').length > 10);
    expect(
      await page.evaluate(
        () => document.activeElement === document.querySelectorAll('#search-results > li h3 a')[10],
      ),
    ).toBe(true);
    await page.close();
  });

  it('opens a result scrolled to the words searched for, which the browser highlights', async () => {
    const page = await live.browser.newPage({ viewport: { width: 1000, height: 700 } });
    await searchAt(page, '?q=remand&kind=Young+people%27s+version');
    const link = page.locator('#search-results > li h3 a').first();
    expect(await link.getAttribute('href')).toMatch(/#:~:text=remand/i);
    await Promise.all([page.waitForURL(/young-people/), link.click()]);
    await page.waitForFunction(() => window.scrollY > 0);
    const inView = await page.evaluate(() => {
      const walker = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!/\bremand\b/i.test(node.textContent ?? '')) continue;
        const box = node.parentElement!.getBoundingClientRect();
        return box.top >= 0 && box.bottom <= window.innerHeight;
      }
      return false;
    });
    expect(inView).toBe(true);
    await page.close();
  });

  it('has no accessibility violations with results and filters showing (axe, WCAG 2.2 AA), and nothing blocked by the Content-Security-Policy', async () => {
    const page = await live.browser.newPage();
    await recordCspViolations(page);
    await searchAt(page, '?q=care+leavers&year=2022');
    expect(await page.locator('#search-results > li').count()).toBeGreaterThan(0);
    expect(await cspViolations(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('what search finds', () => {
  it('a key figure asked for by name, in either way of writing it, comes first with its latest figure, and is not listed twice', async () => {
    const page = await live.browser.newPage();
    for (const q of ['children in care', 'how many looked after children are there']) {
      await searchAt(page, writeState({ q, filters: {}, sort: 'relevance' }));
      const first = page.locator('#search-results > li').first();
      expect(await first.getAttribute('class')).toContain('direct-answer');
      expect(await first.locator('h3').textContent()).toBe('Children in care');
      expect(await first.locator('.result-meta').textContent()).toBe(
        "Key figure · Northamptonshire Children's Trust",
      );
      expect(await first.locator('.result-excerpt').textContent()).toBe('1,231 in March 2023.');
      const paths = await resultPaths(page);
      expect(paths.filter((p) => p === '/kpis/nct-children-in-care/')).toHaveLength(1);
    }
    await page.close();
  });

  it('an organisation asked for by name comes first, with where things stand in a sentence', async () => {
    const page = await live.browser.newPage();
    await searchAt(
      page,
      writeState({ q: "Northamptonshire Children's Trust", filters: {}, sort: 'relevance' }),
    );
    expect((await resultPaths(page))[0]).toBe('/organisations/northamptonshire-childrens-trust/');
    expect(await page.locator('#search-results > li .result-excerpt').first().textContent()).toMatch(
      /^Children's services requires improvement to be good at the latest full inspection \(.*2022\)/,
    );
    // Narrowed by a filter, the list is Pagefind's alone.
    await searchAt(
      page,
      writeState({
        q: "Northamptonshire Children's Trust",
        filters: { kind: 'Inspection' },
        sort: 'relevance',
      }),
    );
    expect(await page.locator('#search-results > li.direct-answer').count()).toBe(0);
    await page.close();
  });

  it("a decision's own words find the decision's page, and not the meeting that made it a second time", async () => {
    const page = await live.browser.newPage();
    // Words only in the alternatives Cabinet considered for its climate strategies.
    await searchAt(page, writeState({ q: 'carbon credits', filters: {}, sort: 'relevance' }));
    const paths = await resultPaths(page);
    await page.close();
    expect(paths).toContain('/meetings/wnc-cabinet-2023-11-14/item-10/');
    expect(paths).not.toContain('/meetings/wnc-cabinet-2023-11-14/');
  });

  it("a councillor's name finds their own page first, and not a meeting where they only sat in the room", async () => {
    const page = await live.browser.newPage();
    // Ann Addison is named in the minutes of Council on 28 September 2023 only as present.
    await searchAt(page, writeState({ q: 'Ann Addison', filters: {}, sort: 'relevance' }));
    const paths = await resultPaths(page);
    await page.close();
    expect(paths[0]).toBe('/members/ann-addison/');
    expect(paths).not.toContain('/meetings/wnc-council-2023-09-28/');
  });

  it('excerpts show the words of the page, not the line numbers its figures are cited from', async () => {
    const page = await live.browser.newPage();
    await searchAt(page, writeState({ q: 'minutes of the last meeting', filters: {}, sort: 'relevance' }));
    const excerpts = await page.$$eval('#search-results .result-excerpt', (ps) =>
      ps.map((p) => p.textContent ?? ''),
    );
    await page.close();
    expect(excerpts.length).toBeGreaterThan(0);
    for (const excerpt of excerpts) expect(excerpt).not.toMatch(/\blines? \d/);
  });

  it('excerpts show no empty brackets where the citations taken out of the index stood', async () => {
    const page = await live.browser.newPage();
    const excerpts: string[] = [];
    for (const q of ['planning', 'inadequate', 'caseloads'])
      await searchAt(page, writeState({ q, filters: {}, sort: 'relevance' })).then(async () =>
        excerpts.push(
          ...(await page.$$eval('#search-results .result-excerpt', (ps) =>
            ps.map((p) => p.textContent ?? ''),
          )),
        ),
      );
    await page.close();
    expect(excerpts.length).toBeGreaterThan(10);
    expect(excerpts.filter((excerpt) => /\(\s*[,;]?\s*\)/.test(excerpt))).toEqual([]);
  });

  it('excerpts keep the words of neighbouring table cells apart, as the page shows them', async () => {
    const page = await live.browser.newPage();
    await searchAt(
      page,
      writeState({ q: 'grade source', filters: { kind: 'Inspection' }, sort: 'relevance' }),
    );
    const excerpts = await page.$$eval('#search-results .result-excerpt', (ps) =>
      ps.map((p) => p.textContent ?? ''),
    );
    await page.close();
    // The header row of an inspection's table of grades; run together it read "What was judgedGradeSource".
    expect(excerpts.join(' ')).toContain('What was judged Grade Source');
  });
});

describe('loading only what is needed', () => {
  it('no page but the search page fetches the search library, and the search page waits until it is needed', async () => {
    const page = await live.browser.newPage();
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    for (const path of [
      '/',
      '/inspections/nct-2022-ilacs/',
      '/meetings/',
      '/young-people/youth-justice-plan-2023/',
    ])
      await page.goto(live.origin + path);
    await page.goto(`${live.origin}/search/`);
    expect(fetched.filter((p) => p.includes('pagefind'))).toEqual([]);
    await page.getByLabel('Words to search for').focus();
    await page.waitForFunction(() =>
      performance.getEntriesByType('resource').some((r) => r.name.includes('/pagefind/')),
    );
    expect(fetched.some((p) => p.endsWith('/pagefind/pagefind.js'))).toBe(true);
    await page.close();
  });
});

describe('without JavaScript', () => {
  it('the search page says why search is not there and offers browsing by kind, organisation and year', async () => {
    const context = await live.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${live.origin}/search/?q=care+leavers`);
    expect(await page.locator('#search-app').isVisible()).toBe(false);
    expect(await page.locator('#search-unavailable').textContent()).toContain('It needs JavaScript');
    for (const heading of ['By kind of page', 'By organisation', 'By year'])
      expect(await page.getByRole('heading', { name: heading }).isVisible()).toBe(true);
    await page.locator('main').getByRole('link', { name: 'Inspections', exact: true }).click();
    expect(new URL(page.url()).pathname).toBe('/inspections/index.html');
    await page.goBack();
    await page.locator('main').getByRole('link', { name: '2023', exact: true }).click();
    expect(page.url()).toMatch(/\/whats-new\/index\.html#year-2023$/);
    expect(await page.locator('#year-2023').isVisible()).toBe(true);
    await context.close();
  });
});

describe('from the home page', () => {
  it('a search typed on the home page opens the search page with its results', async () => {
    const page = await live.browser.newPage();
    await page.goto(`${live.origin}/`);
    await page.getByLabel('Search every report, meeting and decision').fill('care leavers');
    await Promise.all([page.waitForURL(/\/search\//), page.keyboard.press('Enter')]);
    expect(await announced(page)).toMatch(/^\d+ results for “care leavers”, and 1 page named by it first\.$/);
    await page.close();
  });
});

describe('results and filters in sight together', () => {
  const query = '?kind=Decisions+and+motions&body=Cabinet&outcome=Agreed';
  const inSight = async (page: Page, selector: string, height: number) => {
    const box = await page.locator(selector).first().boundingBox();
    return box !== null && box.y >= 0 && box.y + Math.min(box.height, 30) <= height;
  };

  it('on a laptop, the chosen filters beside the first results on the first screen', async () => {
    const page = await live.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await searchAt(page, query);
    expect(await page.locator('#filters').getAttribute('open')).not.toBeNull();
    expect(await inSight(page, '#f-body', 800)).toBe(true);
    expect(await inSight(page, '#search-results > li h3 a', 800)).toBe(true);
    await page.close();
  });

  it('on a phone, the filters folded with how many are chosen, and the first result in sight below', async () => {
    const page = await live.browser.newPage({ viewport: { width: 390, height: 844 } });
    await searchAt(page, query);
    expect(await page.locator('#filters summary').textContent()).toBe('Narrow the results (3 chosen)');
    expect(await inSight(page, '#filters summary', 844)).toBe(true);
    expect(await inSight(page, '#search-status', 844)).toBe(true);
    expect(await inSight(page, '#search-results > li h3 a', 844)).toBe(true);
    await page.click('#filters summary');
    expect(await page.inputValue('#f-outcome')).toBe('Agreed');
    await page.close();
  });
});
