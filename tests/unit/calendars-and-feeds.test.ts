import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { calendar, fold, londonToUtc } from '../../src/publish/calendars.ts';
import { atomFeed, escapeXml } from '../../src/publish/feeds.ts';

describe('calendar files', () => {
  it('turns London time into UTC, in summer and in winter', () => {
    expect(londonToUtc('2023-09-28', '17:00')).toBe('20230928T160000Z');
    expect(londonToUtc('2023-11-30', '17:00')).toBe('20231130T170000Z');
    expect(londonToUtc('2024-03-31', '12:00')).toBe('20240331T110000Z');
  });

  it('folds long lines at 75 octets without splitting a character', () => {
    const folded = fold(`DESCRIPTION:${'é'.repeat(60)}`);
    for (const line of folded.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(`DESCRIPTION:${'é'.repeat(60)}`);
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
  it('escapes text so the feed stays well-formed XML', () => {
    expect(escapeXml(`Fish & "chips" <now>`)).toBe('Fish &amp; &quot;chips&quot; &lt;now&gt;');
    const xml = atomFeed({
      id: 'urn:lantern:feed:test',
      title: 'Test & feed',
      subtitle: 'x',
      self: 'test.xml',
      home: '../index.html',
      entries: [
        {
          id: 'urn:lantern:a',
          title: 'Older <one>',
          href: '../a/index.html',
          updated: '2023-09-28',
          summary: 'A & B',
        },
        { id: 'urn:lantern:b', title: 'Newer', href: '../b/index.html', updated: '2023-11-14', summary: 'C' },
      ],
    });
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = new XMLParser({ ignoreAttributes: false }).parse(xml).feed;
    expect(feed.updated).toBe('2023-11-14T00:00:00Z');
    expect(feed.entry.map((e: { title: string }) => e.title)).toEqual(['Older <one>', 'Newer']);
  });
});
