/**
 * The built default site as search engines, link previews, feed readers and the search index see it:
 * canonical addresses, Open Graph, JSON-LD, the sitemap, robots.txt, feeds, the what's new page, the
 * search page's form and the Pagefind tags of every page.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { builtPages, distDir, mainText, readPage, urlPath } from '../support/dist.ts';
import { loadSite } from '../../src/site/load.ts';
import {
  feedKinds,
  inFeed,
  newPublications,
  publications,
  searchTags,
  type FeedKind,
} from '../../src/publish/publications.ts';
import { formatDate } from '../../src/shared/dates.ts';
import { relativeUrl } from '../../src/build/relative-links.ts';

const site = loadSite();
const all = publications(site);
const pages = builtPages();
const listed = pages.filter((page) => page !== '404.html');
const doc = (page: string) => parse(readPage(page));
const pageOf = (url: string) => `${url.slice(1)}index.html`;
const ldOf = (page: string): Record<string, unknown>[] => {
  const block = doc(page).querySelector('script[type="application/ld+json"]');
  if (!block) return [];
  const data = JSON.parse(block.text) as Record<string, unknown> | Record<string, unknown>[];
  return Array.isArray(data) ? data : [data];
};
const xml = new XMLParser({ ignoreAttributes: false });

describe('addresses and link previews', () => {
  it.each(listed)(
    '%s names its full address as canonical, with Open Graph tags that match the page',
    (page) => {
      const root = doc(page);
      const address = `${site.settings.url}${urlPath(page).slice(1)}`;
      expect(root.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(address);
      expect(root.querySelector('meta[property="og:url"]')?.getAttribute('content')).toBe(address);
      expect(root.querySelector('meta[property="og:title"]')?.getAttribute('content')).toBe(
        root.querySelector('h1')!.text.trim(),
      );
      expect(root.querySelector('meta[property="og:description"]')?.getAttribute('content')).toBe(
        root.querySelector('meta[name="description"]')?.getAttribute('content'),
      );
      expect(root.querySelector('meta[property="og:site_name"]')?.getAttribute('content')).toBe(
        site.settings.name,
      );
      expect(root.querySelector('meta[property="og:locale"]')?.getAttribute('content')).toBe('en_GB');
    },
  );

  it('the not-found page asks not to be indexed and names no canonical address', () => {
    const root = doc('404.html');
    expect(root.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    expect(root.querySelector('link[rel="canonical"]')).toBeNull();
  });
});

describe('structured data (schema.org JSON-LD)', () => {
  const expectedType: Record<string, string> = {
    Inspection: 'Report',
    'Progress since an inspection': 'Report',
    Plan: 'Report',
    'Self-evaluation': 'Report',
    "Young people's version": 'Report',
    Meeting: 'Event',
    Decision: 'CreativeWork',
    Motion: 'CreativeWork',
    KPI: 'Dataset',
    Organisation: 'GovernmentOrganization',
    Councillor: 'Person',
  };

  it.each(all.map((p) => [p.url, p] as const))(
    '%s describes itself with the type that fits it',
    (_url, p) => {
      const ld = ldOf(pageOf(p.url));
      const own = ld.find((item) => item['@type'] !== 'BreadcrumbList');
      expect(own?.['@type']).toBe(expectedType[p.kind]);
      expect(own?.url).toBe(`${site.settings.url}${p.url.slice(1)}`);
      expect(own?.name).toBe(p.kind === 'Councillor' ? p.members[0] : p.title);
    },
  );

  it('every page but the home page carries its breadcrumb trail, ending at itself', () => {
    for (const page of listed.filter((p) => p !== 'index.html')) {
      const trail = ldOf(page).find((item) => item['@type'] === 'BreadcrumbList') as
        { itemListElement: { item: string }[] } | undefined;
      expect(trail, page).toBeDefined();
      expect(trail!.itemListElement.at(-1)!.item).toBe(`${site.settings.url}${urlPath(page).slice(1)}`);
      expect(trail!.itemListElement[0]!.item).toBe(site.settings.url);
    }
  });

  it('the home page describes the site and how to search it', () => {
    const website = ldOf('index.html').find((item) => item['@type'] === 'WebSite') as {
      potentialAction: { target: { urlTemplate: string } };
    };
    expect(website.potentialAction.target.urlTemplate).toBe(`${site.settings.url}search/?q={search_terms}`);
  });

  it('a meeting is an event at its venue, starting at its time in UTC', () => {
    const event = ldOf('meetings/wnc-council-2023-09-28/index.html')[0]!;
    const meeting = site.meetings.find((m) => m.slug === 'wnc-council-2023-09-28')!.data;
    expect(event).toMatchObject({ '@type': 'Event', location: { '@type': 'Place', name: meeting.venue } });
    expect(event.startDate).toBe('2023-09-28T16:00:00Z');
    expect(meeting.start).toBe('17:00');
  });
});

describe('the sitemap and robots.txt', () => {
  it('the sitemap lists every page at its full address, and only the pages built', () => {
    const text = readFileSync(join(distDir, 'sitemap.xml'), 'utf8');
    expect(XMLValidator.validate(text)).toBe(true);
    const locs = (xml.parse(text).urlset.url as { loc: string }[]).map((u) => u.loc);
    expect(locs).toEqual(listed.map((page) => `${site.settings.url}${urlPath(page).slice(1)}`).sort());
  });

  it('robots.txt lets every page be indexed and names the sitemap', () => {
    const text = readFileSync(join(distDir, 'robots.txt'), 'utf8');
    expect(text).toMatch(/^User-agent: \*$/m);
    expect(text).not.toMatch(/^Disallow: \/\S/m);
    expect(text).toContain(`Sitemap: ${site.settings.url}sitemap.xml`);
  });
});

describe('feeds of new publications', () => {
  const feeds: ('all' | FeedKind)[] = ['all', ...(Object.keys(feedKinds) as FeedKind[])];

  it.each(feeds)(
    'feeds/%s.xml is valid Atom with one entry per publication, newest first, each leading to its page',
    (feed) => {
      const text = readFileSync(join(distDir, 'feeds', `${feed}.xml`), 'utf8');
      expect(XMLValidator.validate(text)).toBe(true);
      const parsed = xml.parse(text).feed;
      const entries = [parsed.entry ?? []].flat() as {
        id: string;
        updated: string;
        link: { '@_href': string };
      }[];
      const expected = feed === 'all' ? newPublications(all) : inFeed(all, feed);
      expect(entries.map((e) => e.id)).toEqual(expected.map((p) => p.id));
      const updated = entries.map((e) => e.updated);
      expect(updated).toEqual([...updated].sort().reverse());
      for (const entry of entries)
        expect(existsSync(join(distDir, 'feeds', entry.link['@_href'])), entry.link['@_href']).toBe(true);
    },
  );

  it('there is a feed for each kind of publication, and a decision appears in the decisions feed and the overall one', () => {
    expect(Object.keys(feedKinds).sort()).toEqual([
      'decisions',
      'inspections',
      'meetings',
      'plans',
      'self-evaluations',
      'young-people',
    ]);
    const decision = 'urn:lantern:decision:wnc-cabinet-2023-10-10/item-10';
    for (const feed of ['decisions', 'all'])
      expect(readFileSync(join(distDir, 'feeds', `${feed}.xml`), 'utf8')).toContain(decision);
    expect(readFileSync(join(distDir, 'feeds', 'inspections.xml'), 'utf8')).not.toContain(decision);
  });

  it('every page offers the overall feed to feed readers', () => {
    for (const page of pages)
      expect(
        doc(page).querySelector('link[rel="alternate"][type="application/atom+xml"]')?.getAttribute('href'),
        page,
      ).toBe(relativeUrl('/feeds/all.xml', page));
  });
});

describe("the what's new page", () => {
  const root = doc('whats-new/index.html');

  it('lists every dated publication under the year it belongs to, newest first', () => {
    const news = newPublications(all);
    const years = [...new Set(news.map((p) => p.date!.slice(0, 4)))];
    expect(root.querySelectorAll('main section > h2').map((h) => h.text.trim())).toEqual(years);
    for (const year of years) {
      const links = root
        .querySelectorAll(`section[aria-labelledby="year-${year}"] li > a`)
        .map((a) => a.text.trim());
      expect(links).toEqual(news.filter((p) => p.date!.startsWith(year)).map((p) => p.title));
    }
  });

  it('gives each its kind and date, and links every feed', () => {
    const text = mainText(readPage('whats-new/index.html'));
    const inspection = all.find((p) => p.url === '/inspections/nct-2022-ilacs/')!;
    expect(text).toContain(`${inspection.title} Inspection · ${formatDate(inspection.date!)}`);
    const feedsLinked = root.querySelectorAll('a[href*="feeds/"]').map((a) => a.getAttribute('href'));
    expect(feedsLinked).toEqual([
      '../feeds/all.xml',
      ...Object.keys(feedKinds).map((id) => `../feeds/${id}.xml`),
    ]);
  });

  it('is linked from the footer of every page', () => {
    for (const page of ['index.html', 'inspections/nct-2022-ilacs/index.html', 'search/index.html'])
      expect(
        doc(page)
          .querySelectorAll('footer a')
          .map((a) => a.text.trim()),
        page,
      ).toContain("What's new");
  });
});

describe('the search page', () => {
  const root = doc('search/index.html');

  it('has a labelled search field and a labelled form control for each filter and the order', () => {
    expect(root.querySelector('form[role="search"]')?.getAttribute('action')).toBe('./index.html');
    expect(root.querySelector('label[for="q"]')?.text.trim()).toBe('Words to search for');
    expect(root.querySelector('input#q')?.getAttribute('name')).toBe('q');
    const labels = root
      .querySelectorAll('select')
      .map((select) => root.querySelector(`label[for="${select.id}"]`)?.text.trim());
    expect(labels).toEqual([
      'Kind of page',
      'Organisation',
      'Council body (meetings and decisions)',
      'Year',
      'Outcome (decisions and motions)',
      'Topic (decisions and motions)',
      'Councillor named (decisions and motions)',
      'Order',
    ]);
    expect(root.querySelector('#search-status')?.getAttribute('role')).toBe('status');
  });

  it('offers each kind, organisation and year a page carries as a choice', () => {
    const options = (name: string) =>
      root
        .querySelectorAll(`select[name="${name}"] option`)
        .map((o) => o.getAttribute('value'))
        .filter(Boolean);
    expect(options('kind')).toEqual([
      'Inspection',
      'Progress since an inspection',
      'Meeting',
      'Decision',
      'Motion',
      'Decisions and motions',
      'Plan',
      'Self-evaluation',
      'KPI',
      "Young people's version",
      'Organisation',
      'Councillor',
    ]);
    expect(options('year')).toEqual(
      [...new Set(all.filter((p) => p.date).map((p) => p.date!.slice(0, 4)))].sort().reverse(),
    );
    expect(options('organisation')).toContain("Northamptonshire Children's Trust");
    expect(options('member')).toContain('Jonathan Nunn');
  });

  it('the home page has a search form that opens the search page, and links what is new', () => {
    const home = doc('index.html');
    const form = home.querySelector('main form[role="search"]');
    expect(form?.getAttribute('action')).toBe('./search/index.html');
    expect(home.querySelector(`label[for="${form?.querySelector('input')?.id}"]`)?.text.trim()).toBe(
      'Search every report, meeting and decision',
    );
    expect(form?.querySelector('input')?.getAttribute('name')).toBe('q');
    expect(home.querySelectorAll('main a').map((a) => a.getAttribute('href'))).toContain(
      './whats-new/index.html',
    );
  });

  it('says, without JavaScript, why search is missing, and offers browsing by kind, organisation and year', () => {
    expect(root.querySelector('#search-app')?.hasAttribute('hidden')).toBe(true);
    expect(root.querySelector('#search-unavailable')?.text).toContain('It needs JavaScript');
    for (const id of ['browse-kind', 'browse-organisation', 'browse-year']) {
      let list = root.querySelector(`#${id}`)?.nextElementSibling;
      while (list && list.tagName !== 'UL') list = list.nextElementSibling;
      expect(list?.querySelectorAll('a').length, id).toBeGreaterThan(1);
    }
  });
});

describe('what the search index is told', () => {
  it.each(all.map((p) => [p.url, p] as const))(
    '%s carries its kind, filters, date and metadata for Pagefind',
    (_url, p) => {
      const root = doc(pageOf(p.url));
      const tags = searchTags(p);
      const filters = root
        .querySelectorAll('main [data-pagefind-filter]')
        .map((e) => e.getAttribute('data-pagefind-filter'));
      expect(filters).toEqual(
        Object.entries(tags.filters).flatMap(([key, values]) => values.map((value) => `${key}:${value}`)),
      );
      expect(
        root.querySelectorAll('main [data-pagefind-sort]').map((e) => e.getAttribute('data-pagefind-sort')),
      ).toEqual(p.date ? [`date:${p.date}`] : []);
      expect(
        root.querySelector('main [data-pagefind-meta^="kind:"]')?.getAttribute('data-pagefind-meta'),
      ).toBe(`kind:${p.kind}`);
    },
  );

  it('a decision names its councillors and topics, and its outcome', () => {
    const filters = doc('meetings/wnc-council-2023-09-28/minute-142/index.html')
      .querySelectorAll('[data-pagefind-filter]')
      .map((e) => e.getAttribute('data-pagefind-filter'));
    expect(filters).toEqual(expect.arrayContaining(['kind:Motion', 'outcome:Lost', 'member:Bob Purser']));
    expect(filters.some((f) => f!.startsWith('topic:'))).toBe(true);
  });

  it('a chart is indexed by its summary and table, not by the words inside its drawings, downloads and button', () => {
    const root = doc('kpis/nct-kpi-01/index.html');
    for (const selector of ['.chart-wide', '.chart-narrow', '.chart-downloads', '.chart-interactive'])
      expect(root.querySelector(selector)?.getAttribute('data-pagefind-ignore'), selector).toBe('all');
    for (const selector of ['.chart-summary', '.chart-data'])
      expect(root.querySelector(selector)?.closest('[data-pagefind-ignore]'), selector).toBeNull();
  });

  it("the helplines box repeated on every young people's version is left out of the index; the hub's full list is in it", () => {
    expect(
      doc('young-people/youth-justice-plan-2023/index.html')
        .querySelector('.help-box')
        ?.getAttribute('data-pagefind-ignore'),
    ).toBe('all');
    expect(
      doc('young-people/index.html').querySelector('.help-box')?.hasAttribute('data-pagefind-ignore'),
    ).toBe(false);
  });
});
