/** The default site's meetings, decisions, members, feeds and calendars, as a reader meets them. */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import ICAL from 'ical.js';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { builtPages, distDir, mainText, readPage } from '../support/dist.ts';
import { loadSite } from '../../src/site/load.ts';
import { allDecisions, isDecision } from '../../src/content-types/meetings/model.ts';
import { facetValues } from '../../src/content-types/meetings/register.ts';
import { builtFiles, plainText, readBuilt } from '../../src/build/guard/guard.ts';
import { fixturePaths, projectRoot } from '../support/fixtures.ts';

const site = loadSite(fixturePaths(projectRoot));
const pages = builtPages();
const doc = (page: string) => parse(readPage(page));
/** The section that holds the item whose heading has this id. */
const itemSection = (root: ReturnType<typeof parse>, id: string) => {
  const section = root.querySelector(`#${id}`)?.parentNode;
  if (!section) throw new Error(`No item #${id} on the page`);
  return section;
};
const council = 'meetings/wnc-council-2023-09-28/index.html';
const everything = builtFiles(distDir).map((file) => ({ file, text: plainText(readBuilt(file)) }));

describe('the Council meeting of 28 September 2023', () => {
  const root = doc(council);
  const text = mainText(readPage(council));

  it('has every minute from 138 to 151 with an anchor, and the three motions of minute 150 apart', () => {
    const anchors = root.querySelectorAll('section.item > h2').map((h) => h.getAttribute('id'));
    expect(anchors).toEqual([
      'minute-138',
      'minute-139',
      'minute-140',
      'minute-141',
      'minute-142',
      'minute-143',
      'minute-144',
      'minute-145',
      'minute-146',
      'minute-147',
      'minute-148',
      'minute-149',
      'minute-150-1',
      'minute-150-2',
      'minute-150-3',
      'minute-151',
    ]);
  });

  it('shows each outcome in words', () => {
    const outcome = (id: string) =>
      itemSection(root, id).querySelector('.outcome')!.text.replace(/\s+/g, ' ').trim();
    expect(outcome('minute-142')).toBe('✗ Lost');
    expect(outcome('minute-149')).toBe('✗ Withdrawn');
    expect(outcome('minute-150-1')).toBe('✓ Carried as amended');
    expect(outcome('minute-150-3')).toBe('→ Referred');
  });

  it('says who attended, and that the closing time was not recorded', () => {
    expect(text).toContain('77 members present; 15 members sent apologies.');
    expect(text).toMatch(/Closed Not recorded/);
    expect(root.querySelectorAll('#attendance ~ details')[0]!.querySelectorAll('li')).toHaveLength(77);
  });

  it('says the votes were not recorded rather than inventing numbers', () => {
    expect(text).toContain(
      'The minutes do not record how the vote was taken or the numbers for and against.',
    );
    expect(text).not.toMatch(/\d+ for, \d+ against/);
  });

  it('shows amendments with mover, seconder and whether the proposer accepted them', () => {
    const motion = itemSection(root, 'minute-150-1');
    expect(motion.text.replace(/\s+/g, ' ')).toMatch(
      /Moved by David Smith, seconded by Adam Brown: .* The proposer accepted it into the motion\./,
    );
  });

  it('offers the meeting for a calendar', () => {
    expect(
      root.querySelector('a[download][href$="calendars/meetings/wnc-council-2023-09-28.ics"]'),
    ).not.toBeNull();
  });
});

describe('privacy in council pages', () => {
  it('publishes that members of the public spoke, but never who they were', () => {
    for (const name of ['Garlick', 'Dave Pearson', 'Jane Wood'])
      for (const { file, text } of everything) expect(text, file).not.toContain(name.toLowerCase());
  });

  it('the exempt canary of the Broadmead Court appendix appears in no page, feed, calendar or search index', () => {
    for (const { file, text } of everything) expect(text, file).not.toContain('exempt canary 7c1e');
    expect(mainText(readPage('meetings/wnc-cabinet-2023-10-10/index.html'))).toContain(
      'Appendix A: Acquisition of Broadmead Court',
    );
  });
});

describe('Cabinet decisions', () => {
  it('give the call-in deadline and the date decisions can be carried out', () => {
    const text = mainText(readPage('meetings/wnc-cabinet-2023-10-10/index.html'));
    expect(text).toContain('Call-in deadline 17 October 2023');
    expect(text).toContain('Earliest date decisions can be carried out 18 October 2023');
    const decision = mainText(readPage('meetings/wnc-cabinet-2023-10-10/item-10/index.html'));
    expect(decision).toContain(
      'ended on 17 October 2023, and the decision could be carried out from 18 October 2023.',
    );
  });

  it('the urgency decisions say who decided, who consented and how, and where they were reported', () => {
    const text = mainText(readPage('urgency-decisions/bus-depot-capital-budget-2023-10-27/index.html'));
    expect(text).toContain('27 October 2023');
    expect(text).toMatch(/Adam Brown, Deputy Leader/);
    expect(text).toMatch(
      /Andr. Gonz.lez De Savage, Chair of the Place Overview and Scrutiny Committee, agreed by e-mail on 27 October 2023/,
    );
    expect(text).toContain('Non-executive decision');
    expect(text).toMatch(/Where it was reported Cabinet, 14 November 2023 Council, 30 November 2023/);
  });
});

describe('the scheduled Council meeting of 30 November 2023', () => {
  it('shows the three motions as pending, with no vote yet', () => {
    const root = doc('meetings/wnc-council-2023-11-30/index.html');
    for (const id of ['item-13-1', 'item-13-2', 'item-13-3']) {
      const section = itemSection(root, id);
      expect(section.querySelector('.outcome')!.text).toContain('Pending');
      expect(section.text).toContain('No vote yet: the meeting has not been held.');
    }
    expect(mainText(readPage('meetings/wnc-council-2023-11-30/index.html'))).toContain(
      'Scheduled: not yet held',
    );
  });
});

describe('the decision register', () => {
  const decisions = allDecisions(site);

  /** The rows of a list of decisions, following its pages from the first ("decisions/") to the last. */
  const rowsOfAllPages = (first: string) => {
    const found: { page: string; rows: ReturnType<typeof parse>[] }[] = [];
    for (let page: string | undefined = `${first}index.html`; page;) {
      const root = doc(page);
      found.push({ page, rows: root.querySelectorAll('tbody tr') });
      const next = root.querySelector('.pager a[rel="next"]')?.getAttribute('href');
      page = next ? join(page, '..', next).replace(/\\/g, '/') : undefined;
    }
    return found;
  };

  it('lists every decision newest first, each with its own page, in pages of 25 linked in order', () => {
    const found = rowsOfAllPages('decisions/');
    expect(found.map((f) => f.page)).toEqual(['decisions/index.html', 'decisions/2/index.html']);
    expect(found.map((f) => f.rows.length)).toEqual([25, decisions.length - 25]);
    const rows = found.flatMap((f) => f.rows);
    expect(rows.map((row) => row.querySelector('th a')!.text)).toEqual(decisions.map((d) => d.title));
    const dates = rows.map((row) => row.querySelector('time')!.getAttribute('datetime')!);
    expect(dates).toEqual([...dates].sort().reverse());
    for (const d of decisions) expect(pages).toContain(`${d.url.slice(1)}index.html`);
    const items = site.meetings.flatMap((m) => m.data.items.filter(isDecision));
    expect(decisions.length).toBe(items.length + site.urgencyDecisions.length);
  });

  it('says which page a reader is on, in words and to assistive technology, with its own title', () => {
    const second = doc('decisions/2/index.html');
    expect(second.querySelector('title')!.text).toMatch(/^Decisions, page 2 of 2/);
    expect(mainText(readPage('decisions/2/index.html'))).toContain(
      `Page 2 of 2: decisions 26 to ${decisions.length}.`,
    );
    const current = second.querySelector('.pager a[aria-current="page"]')!;
    expect(current.text).toBe('2');
    expect(second.querySelector('.pager a[rel="prev"]')!.getAttribute('href')).toBe('../index.html');
    expect(second.querySelector('.pager a[rel="next"]')).toBeNull();
    expect(doc('decisions/index.html').querySelector('.pager a[rel="prev"]')).toBeNull();
    // Filters combine from the first page; the others are text pages, with no script.
    expect(second.querySelector('form#combine')).toBeNull();
    expect(second.querySelectorAll('script[src]')).toHaveLength(0);
  });

  it('has pre-built pages for every body, outcome, year and topic, listing just those decisions', () => {
    for (const value of Object.values(facetValues(site, decisions)).flat()) {
      const found = rowsOfAllPages(value.url.slice(1));
      expect(
        found.every((f) => f.rows.length <= 25),
        value.url,
      ).toBe(true);
      expect(
        found.flatMap((f) => f.rows),
        value.url,
      ).toHaveLength(value.count);
    }
    const lost = mainText(readPage('decisions/outcome/lost/index.html'));
    expect(lost).toContain('Northamptonshire Children');
  });

  it('offers to combine filters through the search page, by the names search knows them by', () => {
    const form = doc('decisions/index.html').querySelector('form#combine')!;
    expect(form.getAttribute('action')).toBe('../search/index.html');
    expect(form.querySelector('input[name="kind"]')!.getAttribute('value')).toBe('Decisions and motions');
    const bodies = form.querySelectorAll('select[name="body"] option').map((o) => o.getAttribute('value'));
    expect(bodies).toEqual(['', 'Council', 'Cabinet', 'Urgency decision']);
    const searchPage = doc('search/index.html');
    const searchBodies = searchPage
      .querySelectorAll('select[name="body"] option')
      .map((o) => o.getAttribute('value'));
    expect(searchBodies).toEqual(expect.arrayContaining(bodies));
    const kinds = searchPage.querySelectorAll('select[name="kind"] option').map((o) => o.text);
    expect(kinds).toContain('Decisions and motions');
    const topics = form.querySelectorAll('select[name="topic"] option').map((o) => o.getAttribute('value'));
    const searchTopics = searchPage
      .querySelectorAll('select[name="topic"] option')
      .map((o) => o.getAttribute('value'));
    expect(topics.length).toBeGreaterThan(5);
    expect(searchTopics).toEqual(expect.arrayContaining(topics));
  });
});

describe('councillors', () => {
  it('all 93 have a page', () => {
    expect(site.members).toHaveLength(93);
    expect(pages.filter((p) => /^members\/[^/]+\/index\.html$/.test(p))).toHaveLength(93);
  });

  it('a member on the list but in neither the present nor the apologies list shows "Not recorded"', () => {
    const text = mainText(readPage('members/michael-brown/index.html'));
    expect(text).toMatch(/Council, 28 September 2023 Not recorded/);
  });

  it('a member page lists the motions and amendments they proposed or seconded', () => {
    const text = mainText(readPage('members/zoe-smith/index.html'));
    expect(text).toContain('seconded the motion');
    expect(text).toMatch(/E-scooters/i);
  });
});

describe('feeds and calendars', () => {
  it('the decisions and meetings feeds are well-formed Atom with an entry for each', () => {
    for (const [file, count] of [
      ['feeds/decisions.xml', allDecisions(site).length],
      ['feeds/meetings.xml', site.meetings.length],
    ] as const) {
      const xml = readFileSync(join(distDir, file), 'utf8');
      expect(XMLValidator.validate(xml), file).toBe(true);
      const feed = new XMLParser({ ignoreAttributes: false }).parse(xml).feed;
      expect([feed.entry].flat(), file).toHaveLength(count);
      for (const entry of [feed.entry].flat()) {
        const target = join(distDir, 'feeds', entry.link['@_href']);
        expect(existsSync(target), entry.link['@_href']).toBe(true);
      }
    }
  });

  it('each calendar parses as iCalendar, with meetings at the right time', () => {
    const events = (file: string) =>
      new ICAL.Component(ICAL.parse(readFileSync(join(distDir, file), 'utf8')))
        .getAllSubcomponents('vevent')
        .map((e) => new ICAL.Event(e));
    expect(events('calendars/all.ics')).toHaveLength(site.meetings.length);
    expect(events('calendars/wnc-cabinet.ics')).toHaveLength(
      site.meetings.filter((m) => m.data.body === 'wnc-cabinet').length,
    );
    const [meeting] = events('calendars/meetings/wnc-council-2023-09-28.ics');
    expect(meeting!.startDate.toJSDate().toISOString()).toBe('2023-09-28T16:00:00.000Z');
    expect(meeting!.location).toContain('The Guildhall');
    for (const m of site.meetings)
      expect(existsSync(join(distDir, `calendars/meetings/${m.slug}.ics`))).toBe(true);
  });
});

describe('search filters', () => {
  it('meetings and decisions carry Pagefind filters for kind, organisation, body, year and outcome', () => {
    const filters = (page: string) =>
      doc(page)
        .querySelectorAll('[data-pagefind-filter]')
        .map((e) => e.getAttribute('data-pagefind-filter'));
    expect(filters(council)).toEqual([
      'kind:Meeting',
      'organisation:West Northamptonshire Council',
      'body:Council',
      'year:2023',
    ]);
    expect(filters('meetings/wnc-council-2023-09-28/minute-142/index.html')).toEqual(
      expect.arrayContaining([
        'kind:Motion',
        'body:Council',
        'year:2023',
        'outcome:Lost',
        'member:Bob Purser',
      ]),
    );
  });
});

describe('a councillor asking about motions and call-in', () => {
  it('sees each motion a member proposed with what became of it, and party and ward said plainly when the sources lack them', () => {
    const text = mainText(readPage('members/bob-purser/index.html'));
    expect(text).toContain(
      "Opposition Priority Business: Northamptonshire Children's Trust and the children's care market (Council, 28 September 2023, minute 142): proposed the motion. Outcome: Lost.",
    );
    const facts = doc('members/bob-purser/index.html')
      .querySelector('main dl.facts')!
      .text.replace(/\s+/g, ' ');
    expect(facts).toContain('Party Not given in the sources on this site');
    expect(facts).toContain('Ward Not given in the sources on this site');
  });

  it('sees that call-in has closed on a Cabinet decision whose deadline has passed, without being told whether it was called in', () => {
    const text = mainText(readPage('meetings/wnc-cabinet-2023-10-10/item-14/index.html'));
    expect(text).toContain(
      'Call-in is closed: the period for councillors to call it in for scrutiny ended on 17 October 2023, and the decision could be carried out from 18 October 2023. The sources on this site do not say whether it was called in.',
    );
    expect(text).not.toContain('Unless it is called in');
    expect(mainText(readPage('meetings/wnc-cabinet-2023-10-10/index.html'))).toContain(
      '17 October 2023: call-in is closed',
    );
  });
});

describe('what the register and search cover', () => {
  it('the decision register says which meetings it holds, of which council and bodies, between which dates', () => {
    const text = mainText(readPage('decisions/index.html'));
    expect(text).not.toContain('across all its meetings');
    expect(text).toContain(
      'It holds 46 decisions and motions from 4 meetings of West Northamptonshire Council (Cabinet, 2 meetings; Council, 2 meetings) between 28 September and 30 November 2023, and 2 urgency decisions. Meetings before, after or between those are not on this site.',
    );
  });

  it('the search page says what search covers, kind by kind with the years, with JavaScript or without', () => {
    const coverage = doc('search/index.html').querySelector('.search-coverage')!;
    expect(coverage.closest('#search-app')).toBeNull();
    expect(coverage.text).toMatch(
      /^Search covers the pages of this site, and nothing else: 16 inspections \(2011 to 2023\), .*4 meetings \(2023\), .*93 councillors\. Documents that are not on this site are not searched\.$/,
    );
  });
});

describe('search under every way of writing a thing', () => {
  it('indexes a page that writes "children looked after" under "looked after children" and "children in care" too, without showing it', () => {
    const root = doc('meetings/wnc-cabinet-2023-10-10/index.html');
    expect(mainText(readPage('meetings/wnc-cabinet-2023-10-10/index.html')).toLowerCase()).not.toContain(
      'looked after children',
    );
    const also = root.querySelector('main [data-pagefind-index-attrs="data-also"]')!;
    expect(also.getAttribute('data-also')!.split('; ')).toEqual(
      expect.arrayContaining(['looked after children', 'children in care']),
    );
    expect(also.text).toBe('');
  });
});
