import { describe, expect, it } from 'vitest';
import { loadSite } from '../../src/site/load.ts';
import { allDecisions, callInOpen, itemLabel, meetingTitle } from '../../src/content-types/meetings/model.ts';
import { buildDay } from '../../src/shared/dates.ts';
import { attendanceRecord, involvements, sortName } from '../../src/content-types/members/model.ts';
import {
  facetValues,
  filterDecisions,
  pagerNumbers,
  registerPages,
} from '../../src/content-types/meetings/register.ts';
import { fixturePaths } from '../support/fixtures.ts';

const site = loadSite(fixturePaths());
const person = (id: string) => site.members.find((m) => m.id === id)!;

describe('meetings and decisions worked out from the data', () => {
  it('names a meeting by its body and date', () => {
    expect(meetingTitle(site, site.meetings.find((m) => m.slug === 'test-council-2023-09-28')!.data)).toBe(
      'Council, 28 September 2023',
    );
  });

  it('lists decisions newest first, leaving out items with nothing to decide, and includes urgency decisions', () => {
    const decisions = allDecisions(site);
    expect(decisions.map((d) => d.key)).toEqual([
      'test-council-2023-12-07/item-2',
      'urgency/test-urgent-2023-11-01',
      'test-council-2023-09-28/minute-1',
      'test-council-2023-09-28/minute-2',
    ]);
    expect(decisions.map((d) => d.outcome)).toEqual(['pending', 'approved', 'approved', 'referred']);
  });

  it('narrows the register by body, outcome, year and topic, with counts', () => {
    const decisions = allDecisions(site);
    const facets = facetValues(site, decisions);
    expect(facets.body.map((v) => `${v.label} ${v.count}`)).toEqual(['Council 3', 'Urgency decisions 1']);
    expect(facets.outcome.map((v) => v.label)).toEqual(['Approved', 'Referred', 'Pending: not yet decided']);
    expect(facets.topic.map((v) => `${v.value} ${v.count}`)).toEqual(['housing 1', 'money 2']);
    expect(filterDecisions(decisions, 'topic', 'money').map((d) => d.title)).toEqual([
      'Buying a depot',
      'Housing budget',
    ]);
  });

  it('records attendance from the minutes, and only for meetings that were held', () => {
    expect(attendanceRecord(site, person('zach-smith')).map((a) => a.status)).toEqual(['apologies']);
    expect(attendanceRecord(site, person('ada-lovelace')).map((a) => a.status)).toEqual(['present']);
  });

  it('finds what a member proposed, seconded, moved and declared, whatever name the minutes use', () => {
    expect(involvements(site, person('andre-gonzalez-de-savage')).map((i) => i.what)).toEqual([
      'declared an interest: Owns a flat in the area.',
      'moved an amendment',
    ]);
    expect(involvements(site, person('ada-lovelace')).map((i) => i.what)).toEqual([
      'presented the item',
      'seconded the motion',
      'moved: refer the motion to Cabinet',
    ]);
  });

  it('gives beside each motion, amendment or procedural motion a member moved what became of it, where the minutes say', () => {
    expect(involvements(site, person('ada-lovelace')).map((i) => [i.what, i.outcome])).toEqual([
      ['presented the item', undefined],
      ['seconded the motion', 'referred'],
      ['moved: refer the motion to Cabinet', 'carried'],
    ]);
    // The minutes give no outcome for the amendment.
    expect(involvements(site, person('andre-gonzalez-de-savage')).at(-1)!.outcome).toBeUndefined();
  });

  it('labels items by minute or agenda number, and motions by their number', () => {
    const [first, second] = site.meetings.find((m) => m.slug === 'test-council-2023-09-28')!.data.items;
    expect(itemLabel(first!)).toBe('Minute 1');
    expect(itemLabel(second!)).toBe('Minute 2, motion 1');
  });

  it('sorts members by surname, keeping "de" with the surname', () => {
    expect(sortName(person('andre-gonzalez-de-savage'))).toMatch(/^gonzalez de savage/);
  });
});

describe('the register in pages', () => {
  const decisions = allDecisions(site);

  it("cuts a list into pages of the size asked, in order, the first at the list's own address", () => {
    const pages = registerPages(decisions, '/decisions/body/test-council/', 2);
    expect(pages.map((p) => p.url)).toEqual(
      pages.map((_, i) =>
        i === 0 ? '/decisions/body/test-council/' : `/decisions/body/test-council/${i + 1}/`,
      ),
    );
    expect(pages.flatMap((p) => p.decisions)).toEqual(decisions);
    expect(pages.every((p) => p.count === Math.ceil(decisions.length / 2))).toBe(true);
    expect(pages.at(-1)!).toMatchObject({ first: pages.length * 2 - 1, total: decisions.length });
    expect(pages[0]).toMatchObject({ number: 1, first: 1, last: 2 });
  });

  it('makes one empty page of an empty list', () => {
    expect(registerPages([], '/decisions/')).toEqual([
      { number: 1, count: 1, decisions: [], first: 0, last: 0, total: 0, url: '/decisions/' },
    ]);
  });

  it("links a long list's first and last pages and two either side of the current one", () => {
    expect(pagerNumbers(1, 1)).toEqual([1]);
    expect(pagerNumbers(2, 4)).toEqual([1, 2, 3, 4]);
    expect(pagerNumbers(1, 250)).toEqual([1, 2, 3, null, 250]);
    expect(pagerNumbers(6, 250)).toEqual([1, null, 4, 5, 6, 7, 8, null, 250]);
    // A gap of one page shows the page rather than "…".
    expect(pagerNumbers(5, 250)).toEqual([1, 2, 3, 4, 5, 6, 7, null, 250]);
    expect(pagerNumbers(250, 250)).toEqual([1, null, 248, 249, 250]);
  });
});

describe('call-in', () => {
  const notice = { callInDeadline: '2023-10-17' };
  it('is open up to and including the deadline, and closed the day after', () => {
    expect(callInOpen(notice, '2023-10-10')).toBe(true);
    expect(callInOpen(notice, '2023-10-17')).toBe(true);
    expect(callInOpen(notice, '2023-10-18')).toBe(false);
  });

  it('is judged on the day the site is built, in London, which a build can fix', () => {
    expect(buildDay({ LANTERN_BUILD_DATE: '2024-01-31' })).toBe('2024-01-31');
    // 23:30 UTC on 30 June 2024 is already 1 July in London (summer time).
    expect(buildDay({ SOURCE_DATE_EPOCH: String(Date.UTC(2024, 5, 30, 23, 30) / 1000) })).toBe('2024-07-01');
    expect(buildDay({})).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(() => buildDay({ LANTERN_BUILD_DATE: '31/01/2024' })).toThrow(
      'LANTERN_BUILD_DATE: expected a date such as 2024-01-31, found "31/01/2024"',
    );
  });
});
