/** Atom feed of meetings, newest first. */
import { getSite } from '../../lib/site.ts';
import { meetingsNewestFirst, meetingTitle, meetingUrl } from '../../lib/meetings.ts';
import { atomFeed } from '../../lib/feeds.ts';
import { relativeUrl } from '../../lib/relative-links.ts';

export function GET() {
  const site = getSite();
  const here = 'feeds/meetings.xml';
  const xml = atomFeed({
    id: 'urn:lantern:feed:meetings',
    title: 'Lantern: meetings',
    subtitle: 'Meetings of West Northamptonshire Council, newest first.',
    self: 'meetings.xml',
    home: relativeUrl('meetings/', here),
    entries: meetingsNewestFirst(site).map((m) => ({
      id: `urn:lantern:meeting:${m.slug}`,
      title: `${meetingTitle(site, m.data)}${m.data.status === 'scheduled' ? ' (scheduled)' : ''}`,
      href: relativeUrl(meetingUrl(m.slug).slice(1), here),
      updated: m.data.date,
      summary: m.data.summary,
    })),
  });
  return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
}
