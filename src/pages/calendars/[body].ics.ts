/** One body's meetings as an iCalendar file. */
import { getSite } from '../../site/site.ts';
import { meetingEvent, meetingsOfBody } from '../../content-types/meetings/model.ts';
import { calendar } from '../../publish/calendars.ts';
import type { Body } from '../../content-types/members/body-schema.ts';

export function getStaticPaths() {
  return getSite().bodies.map((body) => ({ params: { body: body.id }, props: { body } }));
}

export function GET({ props }: { props: { body: Body } }) {
  const site = getSite();
  const meetings = [...meetingsOfBody(site, props.body.id)].reverse();
  return new Response(
    calendar(
      `${site.settings.name}: ${props.body.name}`,
      meetings.map((m) => meetingEvent(site, m)),
    ),
    { headers: { 'content-type': 'text/calendar; charset=utf-8' } },
  );
}
