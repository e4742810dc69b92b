/** One meeting as an iCalendar file, for "add to calendar". */
import { getSite } from '../../../lib/site.ts';
import { meetingEvent, meetingTitle } from '../../../lib/meetings.ts';
import { calendar } from '../../../lib/ical.ts';
import type { Entry } from '../../../lib/load.ts';
import type { Meeting } from '../../../schemas/meeting.ts';

export function getStaticPaths() {
  return getSite().meetings.map((entry) => ({ params: { slug: entry.slug }, props: { entry } }));
}

export function GET({ props }: { props: { entry: Entry<Meeting> } }) {
  const site = getSite();
  return new Response(calendar(meetingTitle(site, props.entry.data), [meetingEvent(site, props.entry)]), { headers: { 'content-type': 'text/calendar; charset=utf-8' } });
}
