/**
 * iCalendar files (RFC 5545) for meetings, written by ical-generator: text escaped, lines folded at
 * 75 octets, times given in UTC (converted from London time by londonToUtc).
 */
import ical, { escape, ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { londonToUtc } from '../shared/dates.ts';

export interface CalendarEvent {
  uid: string;
  /** YYYY-MM-DD */
  date: string;
  /** HH:MM London time; without it the event lasts all day. */
  start?: string;
  end?: string;
  summary: string;
  location?: string;
  description?: string;
  status: 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED';
}

const utc = (date: string, time: string): Date => new Date(londonToUtc(date, time));

export function calendar(name: string, events: CalendarEvent[]): string {
  const file = ical({
    prodId: '//Lantern//Council meetings//EN',
    scale: 'GREGORIAN',
    method: ICalCalendarMethod.PUBLISH,
    // ical-generator writes the calendar's name as it is given, unlike an event's text, so it is
    // escaped here: meetings' calendars are named "Council, 28 September 2023".
    name: escape(name, false),
  });
  for (const event of events)
    file.createEvent({
      id: event.uid,
      // The day of the meeting, not the time of the build, so every build writes the same file.
      stamp: new Date(`${event.date}T00:00:00Z`),
      ...(event.start
        ? { start: utc(event.date, event.start), end: event.end ? utc(event.date, event.end) : null }
        : { start: new Date(`${event.date}T00:00:00Z`), allDay: true }),
      summary: event.summary,
      location: event.location ?? null,
      description: event.description ?? null,
      status: ICalEventStatus[event.status],
    });
  // RFC 5545 ends every content line, the last one too, with CRLF; ical-generator leaves the last one bare.
  return `${file.toString()}\r\n`;
}
