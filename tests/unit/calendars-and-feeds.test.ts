import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { calendar } from '../../src/publish/calendars.ts';
import { londonToUtc } from '../../src/shared/dates.ts';
import { atomFeed, type FeedEntry } from '../../src/publish/feeds.ts';

describe('calendar files', () => {
  it('turns London time into UTC, in summer and in winter', () => {
    expect(londonToUtc('2023-09-28', '17:00')).toBe('2023-09-28T16:00:00Z');
    expect(londonToUtc('2023-11-30', '17:00')).toBe('2023-11-30T17:00:00Z');
    expect(londonToUtc('2024-03-31', '12:00')).toBe('2024-03-31T11:00:00Z');
  });

  it('reads a time that happens twice as the clocks go back as the first, as calendar programs do', () => {
    expect(londonToUtc('2023-10-29', '01:30')).toBe('2023-10-29T00:30:00Z');
  });

  it('folds long lines at 75 octets without splitting a character', () => {
    const description = `${'é'.repeat(60)}, and a last line`;
    const text = calendar('Long', [
      { uid: 'a@lantern', date: '2023-09-28', summary: 'Council', description, status: 'CONFIRMED' },
    ]);
    const lines = text.split('\r\n');
    for (const line of lines) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(lines.filter((line) => line.startsWith(' ')).length).toBeGreaterThan(0);
    const [event] = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
    expect(new ICAL.Event(event).description).toBe(description);
  });

  it("names the calendar, and keeps each meeting's id and a cancelled meeting's status", () => {
    const text = calendar('Council, 28 September 2023; moved', [
      { uid: 'a@lantern', date: '2023-09-28', start: '17:00', summary: 'Council', status: 'CANCELLED' },
    ]);
    const component = new ICAL.Component(ICAL.parse(text));
    // ical.js keeps the name's escapes (it does not know the property), so it is read as iCalendar text.
    const name = component.getFirstPropertyValue('x-wr-calname') as string;
    expect(ICAL.design.icalendar.value.text!.fromICAL!(name)).toBe('Council, 28 September 2023; moved');
    const [event] = component.getAllSubcomponents('vevent');
    expect(new ICAL.Event(event).uid).toBe('a@lantern');
    expect(event!.getFirstPropertyValue('status')).toBe('CANCELLED');
  });

  it('writes events an iCalendar library reads back, with times, places and all-day events', () => {
    const text = calendar('Test, meetings; all', [
      {
        uid: 'a@lantern',
        date: '2023-09-28',
        start: '17:00',
        end: '19:30',
        summary: 'Council, with a comma',
        location: 'The Great Hall, Northampton',
        status: 'CONFIRMED',
      },
      { uid: 'b@lantern', date: '2023-10-10', summary: 'Cabinet', status: 'CONFIRMED' },
    ]);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    const component = new ICAL.Component(ICAL.parse(text));
    const events = component.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
    expect(events.map((e) => e.summary)).toEqual(['Council, with a comma', 'Cabinet']);
    expect(events[0]!.location).toBe('The Great Hall, Northampton');
    expect(events[0]!.startDate.toJSDate().toISOString()).toBe('2023-09-28T16:00:00.000Z');
    expect(events[0]!.endDate.toJSDate().toISOString()).toBe('2023-09-28T18:30:00.000Z');
    expect(events[1]!.startDate.isDate).toBe(true);
  });
});

describe('Atom feeds', () => {
  const feedOf = (entries: FeedEntry[]) =>
    atomFeed({
      id: 'urn:lantern:feed:test',
      title: 'Test & feed',
      subtitle: 'x',
      self: 'test.xml',
      home: '../index.html',
      author: 'Testshire Council',
      entries,
    });

  it('escapes text so the feed stays well-formed XML, and a reader gets every entry back as written', () => {
    const xml = feedOf([
      {
        id: 'urn:lantern:a',
        title: `Older <one> & "two", it's`,
        href: '../a/index.html?x=1&y=2',
        updated: '2023-09-28',
        summary: 'A & B',
      },
      { id: 'urn:lantern:b', title: 'Newer', href: '../b/index.html', updated: '2023-11-14', summary: 'C' },
    ]);
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = new XMLParser({ ignoreAttributes: false }).parse(xml).feed;
    expect(feed['@_xml:lang']).toBe('en-GB');
    expect(feed.title).toBe('Test & feed');
    expect(feed.updated).toBe('2023-11-14T00:00:00Z');
    expect(feed.author.name).toBe('Testshire Council');
    expect(feed.link.map((l: Record<string, string>) => [l['@_rel'], l['@_href']])).toEqual([
      ['self', 'test.xml'],
      ['alternate', '../index.html'],
    ]);
    expect(feed.entry).toEqual([
      {
        id: 'urn:lantern:a',
        title: `Older <one> & "two", it's`,
        link: { '@_rel': 'alternate', '@_type': 'text/html', '@_href': '../a/index.html?x=1&y=2' },
        updated: '2023-09-28T00:00:00Z',
        summary: 'A & B',
      },
      {
        id: 'urn:lantern:b',
        title: 'Newer',
        link: { '@_rel': 'alternate', '@_type': 'text/html', '@_href': '../b/index.html' },
        updated: '2023-11-14T00:00:00Z',
        summary: 'C',
      },
    ]);
  });

  it('a character XML cannot hold stops the build, naming the feed, instead of writing a feed readers reject', () => {
    expect(() =>
      feedOf([
        { id: 'urn:lantern:a', title: 'Tab\u000bbed', href: 'a', updated: '2023-09-28', summary: 'A' },
      ]),
    ).toThrow('urn:lantern:feed:test');
  });
});
