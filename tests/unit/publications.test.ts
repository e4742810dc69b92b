import { describe, expect, it } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { loadSite } from '../../src/site/load.ts';
import {
  byYear,
  filterChoices,
  inFeed,
  newPublications,
  publications,
  searchTags,
} from '../../src/publish/publications.ts';
import { breadcrumbLd, ldJson, publicationLd, websiteLd } from '../../src/publish/structured-data.ts';
import { robotsTxt, sitemapXml } from '../../src/publish/sitemap.ts';
import { atomFeed, publicationEntry } from '../../src/publish/feeds.ts';
import { firstDay } from '../../src/shared/dates.ts';
import { fixturePaths } from '../support/fixtures.ts';
import { problemsAfterEditing } from '../support/problems.ts';

const site = loadSite(fixturePaths());
const all = publications(site);
const at = (url: string) => {
  const found = all.find((p) => p.url === url);
  if (!found) throw new Error(`No publication at ${url}`);
  return found;
};

describe('every page a reader might look for, described once', () => {
  it('lists each inspection, meeting, decision, motion, plan, self-evaluation, KPI, version, organisation and councillor once', () => {
    const count = (kind: string) => all.filter((p) => p.kind === kind).length;
    expect(count('Inspection')).toBe(site.inspections.length);
    expect(count('Meeting')).toBe(site.meetings.length);
    expect(count('Plan')).toBe(site.plans.length);
    expect(count('Self-evaluation')).toBe(site.selfEvaluations.length);
    expect(count("Young people's version")).toBe(site.youngPeople.length);
    expect(count('Organisation')).toBe(site.organisations.length);
    expect(count('Councillor')).toBe(site.members.length);
    expect(new Set(all.map((p) => p.url)).size).toBe(all.length);
  });

  it('tells a motion from a decision, and names its body, outcome, councillors and topics', () => {
    const motion = at('/meetings/test-council-2023-09-28/minute-2/');
    expect(motion).toMatchObject({
      kind: 'Motion',
      body: 'Council',
      outcome: 'Referred',
      date: '2023-09-28',
      organisation: 'Testshire Council',
    });
    expect(motion.members).toContain('Zach Smith');
    const decision = at('/meetings/test-council-2023-09-28/minute-1/');
    expect(decision).toMatchObject({ kind: 'Decision', outcome: 'Approved', topics: ['Housing', 'Money'] });
  });

  it('counts an urgency decision as a decision, naming who took it and who agreed it was urgent', () => {
    expect(at('/urgency-decisions/test-urgent-2023-11-01/')).toMatchObject({
      kind: 'Decision',
      body: 'Urgency decision',
      outcome: 'Approved',
      members: ['Ada Lovelace', 'Andre Gonzalez de Savage'],
    });
  });

  it("dates a young people's version with the report it retells", () => {
    expect(at('/young-people/testshire-2023-ilacs/')).toMatchObject({
      date: at('/inspections/testshire-2023-ilacs/').date,
      organisation: 'Testshire Council',
    });
  });

  it('puts the newest first and pages without a date last', () => {
    const dates = all.map((p) => p.date ?? '');
    expect(dates).toEqual([...dates].sort().reverse());
    expect(all[0]!.date).toBe('2023-12-07');
  });
});

describe('what the search index is told about each page', () => {
  it('gives a decision its kind, organisation, body, year, outcome, councillors and topics as filters, and sorts it by date', () => {
    const tags = searchTags(at('/meetings/test-council-2023-09-28/minute-1/'));
    expect(tags.filters).toEqual({
      kind: ['Decision'],
      organisation: ['Testshire Council'],
      body: ['Council'],
      year: ['2023'],
      outcome: ['Approved'],
      member: ['Ada Lovelace', 'Zoe Smith'],
      topic: ['Housing', 'Money'],
    });
    expect(tags.sort).toEqual({ date: '2023-09-28' });
    expect(tags.meta).toEqual({ kind: 'Decision', date: '28 September 2023', where: 'Council' });
  });

  it('leaves out what a page does not have: a KPI has no year and no date to sort by', () => {
    const tags = searchTags(at('/kpis/ts-complaints/'));
    expect(tags.filters).toEqual({ kind: ['KPI'], organisation: ['Testshire Council'] });
    expect(tags.sort).toEqual({});
  });

  it('offers as filter choices every value some page carries, years newest first', () => {
    const choices = filterChoices(all);
    expect(choices.kind).toEqual([
      'Inspection',
      'Progress since an inspection',
      'Meeting',
      'Decision',
      'Motion',
      // Both together, as the decision register asks for them.
      'Decisions and motions',
      'Plan',
      'Self-evaluation',
      'KPI',
      "Young people's version",
      'Organisation',
      'Councillor',
    ]);
    expect(choices.topic.length).toBeGreaterThan(0);
    expect(choices.topic).toEqual([...choices.topic].sort((a, b) => a.localeCompare(b, 'en-GB')));
    expect(choices.year).toEqual(['2023', '2022']);
    expect(choices.outcome).toEqual(['Approved', 'Pending: not yet decided', 'Referred']);
    expect(choices.member).toContain('Zach Smith');
  });
});

describe('feeds and the what’s new list', () => {
  it('carries publications with a date, never KPIs, organisations or councillors', () => {
    const kinds = new Set(newPublications(all).map((p) => p.kind));
    expect([...kinds].sort()).toEqual([
      'Decision',
      'Inspection',
      'Meeting',
      'Motion',
      'Plan',
      'Self-evaluation',
      "Young people's version",
    ]);
    expect(inFeed(all, 'decisions').map((p) => p.kind)).toEqual([
      'Decision',
      'Decision',
      'Decision',
      'Motion',
    ]);
  });

  it('groups by year, newest year first', () => {
    expect(byYear(newPublications(all)).map((g) => [g.year, g.publications.length])).toEqual([
      [2023, newPublications(all).filter((p) => p.date!.startsWith('2023')).length],
      [2022, 2],
    ]);
  });

  it('writes an entry with the outcome in its title and a partial date as its first day', () => {
    const entry = publicationEntry(
      at('/meetings/test-council-2023-09-28/minute-2/'),
      '../meetings/test-council-2023-09-28/minute-2/index.html',
      true,
    );
    expect(entry.title).toBe('Motion: Motion on parks (Referred)');
    expect(entry.summary.startsWith('Motion · 28 September 2023 · Council. ')).toBe(true);
    expect(firstDay('2023')).toBe('2023-01-01');
    expect(firstDay('2023-06')).toBe('2023-06-01');
    const xml = atomFeed({
      id: 'urn:test',
      title: 'T',
      subtitle: 'S',
      self: 'all.xml',
      home: '../index.html',
      author: 'Testshire Council',
      entries: [publicationEntry(at('/plans/testshire-plan-2023/'), 'x', false)],
    });
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(new XMLParser().parse(xml).feed.entry.updated).toBe('2023-04-01T00:00:00Z');
  });
});

describe('structured data for search engines', () => {
  const settings = site.settings;

  it('describes an inspection as a report by its inspectorate about the organisation', () => {
    const ld = publicationLd(at('/inspections/testshire-2023-ilacs/'), settings);
    expect(ld).toMatchObject({
      '@type': 'Report',
      datePublished: '2023-03-01',
      url: 'https://lantern.example/inspections/testshire-2023-ilacs/',
      about: { '@type': 'GovernmentOrganization', name: 'Testshire Council' },
    });
    expect(ld.author).toEqual([{ '@type': 'GovernmentOrganization', name: 'Ofsted' }]);
  });

  it('describes a meeting as an event, starting at the London time given, in UTC, at its venue', () => {
    expect(publicationLd(at('/meetings/test-council-2023-09-28/'), settings)).toMatchObject({
      '@type': 'Event',
      startDate: '2023-09-28T16:00:00Z',
      location: { '@type': 'Place', name: 'Test Hall' },
      eventStatus: 'https://schema.org/EventScheduled',
    });
  });

  it('describes a KPI as a dataset with its downloads, and a councillor as a person', () => {
    const ld = publicationLd(at('/kpis/ts-complaints/'), settings);
    expect(ld['@type']).toBe('Dataset');
    expect(ld.distribution).toEqual([
      {
        '@type': 'DataDownload',
        encodingFormat: 'text/csv',
        contentUrl: 'https://lantern.example/kpis/ts-complaints.csv',
      },
      {
        '@type': 'DataDownload',
        encodingFormat: 'application/json',
        contentUrl: 'https://lantern.example/kpis/ts-complaints.json',
      },
    ]);
    expect(publicationLd(at('/members/zach-smith/'), settings)).toMatchObject({
      '@type': 'Person',
      name: 'Zach Smith',
      jobTitle: 'Councillor',
    });
  });

  it('names the site and its search, and the trail to a page', () => {
    expect(websiteLd(settings)).toMatchObject({
      '@type': 'WebSite',
      url: 'https://lantern.example/',
      potentialAction: { target: { urlTemplate: 'https://lantern.example/search/?q={search_terms}' } },
    });
    const trail = breadcrumbLd(settings, [{ label: 'Home', href: '/' }], {
      label: 'Search',
      path: '/search/',
    });
    expect(trail.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://lantern.example/' },
      { '@type': 'ListItem', position: 2, name: 'Search', item: 'https://lantern.example/search/' },
    ]);
  });

  it('can never close its script element early', () => {
    const text = ldJson({ name: '</script><script>alert(1)</script>' });
    expect(text).not.toContain('<');
    expect(JSON.parse(text).name).toBe('</script><script>alert(1)</script>');
  });
});

describe('the sitemap and robots.txt', () => {
  it('lists every page once at its full address, sorted, without the not-found page', async () => {
    const xml = await sitemapXml('https://example.org/lantern/', [
      'inspections/x/',
      '',
      '404/',
      'about/',
      'about/',
    ]);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(new XMLParser().parse(xml).urlset.url.map((u: { loc: string }) => u.loc)).toEqual([
      'https://example.org/lantern/',
      'https://example.org/lantern/about/',
      'https://example.org/lantern/inspections/x/',
    ]);
  });

  it('an address with a character XML must escape reads back as that address', async () => {
    const xml = await sitemapXml('https://example.org/lantern/', ['search/?q=fish&chips']);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(new XMLParser().parse(xml).urlset.url.loc).toBe(
      'https://example.org/lantern/search/?q=fish&chips',
    );
  });

  it('robots.txt lets everything be indexed and names the sitemap', () => {
    expect(robotsTxt('https://example.org/lantern/')).toContain(
      'Sitemap: https://example.org/lantern/sitemap.xml',
    );
  });
});

describe('the site settings', () => {
  it('a site address without https:// or a closing slash is a clear error naming the file and field', () => {
    const noScheme = problemsAfterEditing('data/site.json', (text) =>
      text.replace('"https://lantern.example/"', '"lantern.example"'),
    );
    expect(noScheme).toEqual([
      expect.objectContaining({ file: 'data/site.json', field: 'url', found: '"lantern.example"' }),
    ]);
    expect(noScheme[0]!.expected).toContain('https://');
    const noSlash = problemsAfterEditing('data/site.json', (text) =>
      text.replace('"https://lantern.example/"', '"https://lantern.example/news"'),
    );
    expect(noSlash).toEqual([
      expect.objectContaining({
        file: 'data/site.json',
        field: 'url',
        found: '"https://lantern.example/news"',
        expected: noScheme[0]!.expected,
      }),
    ]);
  });
});
