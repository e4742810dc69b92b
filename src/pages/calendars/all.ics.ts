/** Every meeting as one iCalendar file. */
import { getSite } from '../../lib/site.ts';
import { meetingEvent, meetingsNewestFirst } from '../../lib/meetings.ts';
import { calendar } from '../../lib/ical.ts';

export function GET() {
  const site = getSite();
  const body = calendar('Lantern: all meetings', [...meetingsNewestFirst(site)].reverse().map((m) => meetingEvent(site, m)));
  return new Response(body, { headers: { 'content-type': 'text/calendar; charset=utf-8' } });
}
