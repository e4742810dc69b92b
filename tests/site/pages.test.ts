/** The built default site, read as files: what every page must have, and what readers see on key pages. */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { parse } from 'node-html-parser';
import { builtPages, distDir, mainText, readPage } from '../support/dist.ts';
import { loadSite } from '../../src/site/load.ts';
import { contentSecurityPolicy } from '../../src/build/csp.ts';
import { fixturePaths, projectRoot } from '../support/fixtures.ts';

const site = loadSite(fixturePaths(projectRoot));
const pages = builtPages();
const doc = (page: string) => parse(readPage(page));
/** The only pages that load a script, and the script each loads (from this site, never inline): the register's first page. */
const pagesWithScripts: Record<string, string[]> = {
  'decisions/index.html': ['../scripts/decision-register.js'],
};
/** The search page loads its own script, which fetches Pagefind when a search is first needed. */
const searchScript = /^\.\.\/_astro\/search\.astro_astro_type_script[^/]*\.js$/;
/** Young people's pages load the read-aloud script, and nothing else. */
const scriptsOf = (page: string): string[] =>
  pagesWithScripts[page] ??
  (page.startsWith('young-people/') ? [posix.relative(posix.dirname(page), 'scripts/read-aloud.js')] : []);

describe('every built page', () => {
  it('there is a page for every inspection and organisation, and the fixed pages', () => {
    for (const { slug } of site.inspections) expect(pages).toContain(`inspections/${slug}/index.html`);
    for (const { id } of site.organisations) expect(pages).toContain(`organisations/${id}/index.html`);
    for (const page of [
      'index.html',
      'inspections/index.html',
      'organisations/index.html',
      'about/index.html',
      'accessibility/index.html',
      'sources/index.html',
      '404.html',
    ])
      expect(pages).toContain(page);
  });

  it.each(pages)('%s has British English, a title, a description, one h1 and a skip link first', (page) => {
    const root = doc(page);
    expect(root.querySelector('html')?.getAttribute('lang')).toBe('en-GB');
    expect(root.querySelector('title')?.text.trim()).not.toBe('');
    expect(root.querySelector('meta[name="description"]')?.getAttribute('content')?.length).toBeGreaterThan(
      20,
    );
    expect(root.querySelectorAll('h1')).toHaveLength(1);
    const firstLink = root.querySelector('body a');
    expect(firstLink?.getAttribute('href')).toBe('#main');
    expect(root.querySelector('main#main')).not.toBeNull();
  });

  it.each(pages)(
    '%s ships no JavaScript (but for its own enhancement script) and asks no other host for anything',
    (page) => {
      const root = doc(page);
      // JSON-LD is data for search engines, never run; every other script element counts.
      const scripts = root
        .querySelectorAll('script:not([type="application/ld+json"])')
        .map((script) => script.getAttribute('src') ?? 'an inline script');
      if (root.querySelector('figure.chart')) {
        // A page with a chart has one small script, which offers the interactive chart; the chart library waits for the reader.
        expect(scripts).toHaveLength(1);
        expect(scripts[0]).toMatch(/_astro\/Chart\.astro_astro_type_script[^/]*\.js$/);
        const size = statSync(
          join(distDir, posix.normalize(posix.join(posix.dirname(page), scripts[0]!))),
        ).size;
        expect(size, 'the chart script, in bytes').toBeLessThan(5_000);
      } else if (page === 'search/index.html') {
        expect(scripts).toHaveLength(1);
        expect(scripts[0]).toMatch(searchScript);
      } else expect(scripts).toEqual(scriptsOf(page));
      // The canonical address names where the page lives; the browser fetches nothing from it.
      for (const element of root.querySelectorAll('[src], link[href]:not([rel="canonical"])')) {
        const url = element.getAttribute('src') ?? element.getAttribute('href') ?? '';
        expect(url, `${element.tagName} in ${page}`).not.toMatch(/^(https?:)?\/\//);
      }
    },
  );

  it.each(pages)(
    '%s carries the Content-Security-Policy before any script, and nothing inline that it would block',
    (page) => {
      const html = readPage(page);
      const root = doc(page);
      const meta = root.querySelector('meta[http-equiv="Content-Security-Policy"]');
      expect(meta?.getAttribute('content')).toBe(contentSecurityPolicy);
      expect(html.indexOf('http-equiv="Content-Security-Policy"')).toBeLessThan(
        html.indexOf('<script') === -1 ? Infinity : html.indexOf('<script'),
      );
      // Inline code the policy blocks: scripts with a body (JSON-LD is data, never run), event handler and style attributes, javascript: links.
      expect(root.querySelectorAll('script:not([src]):not([type="application/ld+json"])').length).toBe(0);
      expect(html).not.toMatch(/\son[a-z]+=["']/i);
      expect(html).not.toMatch(/\sstyle=["']/i);
      expect(html).not.toMatch(/href=["']javascript:/i);
    },
  );

  it('a headers file gives static hosts the same policy, forbids framing, and stops content sniffing', () => {
    const headers = readFileSync(join(distDir, '_headers'), 'utf8');
    expect(headers).toContain(
      `/*\n  Content-Security-Policy: ${contentSecurityPolicy}; frame-ancestors 'none'\n`,
    );
    expect(headers).toContain('  X-Content-Type-Options: nosniff');
    expect(contentSecurityPolicy).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(contentSecurityPolicy).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
  });

  it.each(pages)('%s links only with relative addresses that lead to a built file', (page) => {
    const root = doc(page);
    for (const element of root.querySelectorAll('a[href], link[href], [src], [data-src]')) {
      const url =
        element.getAttribute('href') ?? element.getAttribute('src') ?? element.getAttribute('data-src') ?? '';
      if (/^(https?:|mailto:|tel:|#)/.test(url)) continue;
      expect(url, `root-relative link in ${page}`).not.toMatch(/^\//);
      const path = posix.normalize(posix.join(posix.dirname(page), url.split('#')[0]!.split('?')[0]!));
      const file =
        path.endsWith('/') || path === '.' ? join(distDir, path, 'index.html') : join(distDir, path);
      expect(existsSync(file), `${url} in ${page}`).toBe(true);
    }
  });

  it('no page shows a citation as a raw code such as "(wnc-council-2023-11-30 L11280)": each is a link in words', () => {
    const raw = pages.filter((page) => /\([a-z0-9]+(-[a-z0-9]+)* [Lp]\d+/.test(readPage(page)));
    expect(raw).toEqual([]);
  });

  it("only the 404 page, the lists of other pages (search, what is new, the decision register) and the sources' quoted passages are left out of the search index", () => {
    const unindexed = pages.filter((page) => !readPage(page).includes('data-pagefind-body'));
    expect(unindexed).toEqual([
      '404.html',
      ...pages.filter((page) => page.startsWith('decisions/')),
      'search/index.html',
      ...pages.filter((page) => /^sources\/[^/]+\/index\.html$/.test(page)),
      'whats-new/index.html',
    ]);
    expect(pages.filter((page) => page.startsWith('decisions/')).length).toBeGreaterThan(10);
    expect(existsSync(join(distDir, 'pagefind', 'pagefind.js'))).toBe(true);
  });
});

describe('the 2011 Northamptonshire inspection page', () => {
  const page = 'inspections/northamptonshire-2011-safeguarding-and-looked-after-children/index.html';
  const root = doc(page);
  const text = mainText(readPage(page));

  it('shows every judgement with its grade in words, in two groups', () => {
    const captions = root.querySelectorAll('.judgement-table caption').map((c) => c.text.trim());
    expect(captions).toEqual(['Safeguarding services', 'Services for looked after children']);
    const rows = root.querySelectorAll('.judgement-table tbody tr');
    expect(rows).toHaveLength(22);
    expect(text).toContain('22 judgements: 4 Good, 17 Adequate and 1 Inadequate.');
    const economic = rows.find((row) => row.querySelector('th')?.text.includes('Economic well-being'));
    expect(economic?.querySelector('td')?.text).toContain('Inadequate');
  });

  it('groups the 18 areas for improvement by timescale, most urgent first', () => {
    const headings = root
      .querySelectorAll('h3[id^="improve-"]')
      .map((h) => h.text.replace(/\s+/g, ' ').trim());
    expect(headings).toEqual(['Immediately (4)', 'Within 3 months (10)', 'Within 6 months (4)']);
    expect(root.querySelectorAll('h3[id^="improve-"] + ol > li')).toHaveLength(18);
    expect(text).toContain('For NHS Northamptonshire:');
  });

  it("gives the key figures as the report states them, with the report's own arithmetic error shown as such", () => {
    expect(text).toContain('162,400');
    expect(text).toContain('706');
    expect(text).toContain('Where the source contradicts itself');
    expect(text).toMatch(/588/);
    expect(text).toMatch(/715/);
  });

  it('says when it was inspected and published, and where the facts come from', () => {
    expect(text).toContain('7 to 18 March 2011');
    expect(text).toContain('6 May 2011');
    expect(root.querySelector('time[datetime="2011-05-06"]')).not.toBeNull();
    expect(root.querySelectorAll('a.cite').length).toBeGreaterThanOrEqual(40);
    expect(text).toContain('Summary in our own words');
  });
});

describe('inspection history', () => {
  it('every inspection page shows as many judgements as its data holds', () => {
    for (const { slug, data } of site.inspections) {
      const root = doc(`inspections/${slug}/index.html`);
      const count = data.judgementGroups.reduce((sum, group) => sum + group.judgements.length, 0);
      expect(root.querySelectorAll('.judgement-table tbody tr'), slug).toHaveLength(count);
      if (count === 0)
        expect(mainText(readPage(`inspections/${slug}/index.html`)), slug).toContain('ungraded visit');
    }
  });

  it("Northumberland's 2020 ILACS shows four judgements, all Good", () => {
    const entry = site.inspections.find(
      (e) => e.data.organisation === 'northumberland-county-council' && e.data.framework === 'ilacs',
    );
    expect(entry).toBeDefined();
    const rows = doc(`inspections/${entry!.slug}/index.html`).querySelectorAll('.judgement-table tbody tr');
    expect(rows).toHaveLength(4);
    for (const row of rows) expect(row.querySelector('td')?.text).toContain('Good');
  });

  it("the county council's timeline reads newest first, with grades in words", () => {
    const items = doc('organisations/northamptonshire-county-council/index.html').querySelectorAll(
      '.timeline li',
    );
    const years = items.map((li) => Number(li.querySelector('time')?.getAttribute('datetime')?.slice(0, 4)));
    expect(years).toEqual([...years].sort((a, b) => b - a));
    const text = items.map((li) => li.text.replace(/\s+/g, ' ')).join(' | ');
    for (const words of [
      '2011',
      'Adequate',
      '2013',
      'Inadequate',
      '2016',
      'Requires improvement to be good',
      '2019',
    ])
      expect(text).toContain(words);
  });

  it("West Northamptonshire Council's page carries the history of the bodies before and beside it", () => {
    const text = mainText(readPage('organisations/west-northamptonshire-council/index.html'));
    expect(text).toContain(
      "including those of Northamptonshire County Council and Northamptonshire Children's Trust",
    );
    expect(text).toContain('2011');
    expect(text).toContain('2022');
  });

  it('the home page lists the five newest publications, newest first', () => {
    const times = doc('index.html')
      .querySelectorAll('.timeline time')
      .map((t) => t.getAttribute('datetime') ?? '');
    expect(times).toHaveLength(5);
    expect(times).toEqual([...times].sort().reverse());
  });

  it('the home page gives councillors a way into decisions and members, and shows the newest meetings with the coming one marked', () => {
    const root = doc('index.html');
    const links = root.querySelectorAll('main a').map((a) => a.getAttribute('href'));
    expect(links).toEqual(
      expect.arrayContaining(['./decisions/index.html', './members/index.html', './meetings/index.html']),
    );
    const meetings = root.querySelectorAll('main h3 + ul li').map((li) => li.text.trim());
    expect(meetings[0]).toBe('Council, 30 November 2023 (coming up)');
    expect(meetings).toContain('Council, 28 September 2023');
  });
});
