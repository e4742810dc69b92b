/** Every meeting as one iCalendar file. */
import { getSite } from '../../site/site.ts';
import { meetingEvent, meetingsNewestFirst } from '../../content-types/meetings/model.ts';
import { calendar } from '../../publish/calendars.ts';

/** Only when the site has meetings. */
export const getStaticPaths = () => (getSite().meetings.length > 0 ? [{ params: { all: 'all' } }] : []);

export function GET() {
  const site = getSite();
  const body = calendar(
    `${site.settings.name}: all meetings`,
    [...meetingsNewestFirst(site)].reverse().map((m) => meetingEvent(site, m)),
  );
  return new Response(body, { headers: { 'content-type': 'text/calendar; charset=utf-8' } });
}
