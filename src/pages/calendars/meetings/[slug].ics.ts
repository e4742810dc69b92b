/** One meeting as an iCalendar file, for "add to calendar". */
import { getSite } from '../../../site/site.ts';
import { meetingEvent, meetingTitle } from '../../../content-types/meetings/model.ts';
import { calendar } from '../../../publish/calendars.ts';
import type { Entry } from '../../../site/content.ts';
import type { Meeting } from '../../../content-types/meetings/schema.ts';

export function getStaticPaths() {
  return getSite().meetings.map((entry) => ({ params: { slug: entry.slug }, props: { entry } }));
}

export function GET({ props }: { props: { entry: Entry<Meeting> } }) {
  const site = getSite();
  return new Response(calendar(meetingTitle(site, props.entry.data), [meetingEvent(site, props.entry)]), {
    headers: { 'content-type': 'text/calendar; charset=utf-8' },
  });
}
