/** Atom feed of decisions, newest first. */
import { getSite } from '../../lib/site.ts';
import { allDecisions, outcomeInWords } from '../../lib/meetings.ts';
import { atomFeed } from '../../lib/feeds.ts';
import { relativeUrl } from '../../lib/relative-links.ts';

export function GET() {
  const here = 'feeds/decisions.xml';
  const xml = atomFeed({
    id: 'urn:lantern:feed:decisions',
    title: 'Lantern: decisions',
    subtitle: 'Decisions and motions of West Northamptonshire Council, newest first.',
    self: 'decisions.xml',
    home: relativeUrl('decisions/', here),
    entries: allDecisions(getSite()).map((d) => ({
      id: `urn:lantern:decision:${d.key}`,
      title: `${d.title} (${outcomeInWords(d.outcome)})`,
      href: relativeUrl(d.url.slice(1), here),
      updated: d.date,
      summary: `${d.where}. ${d.summary}`,
    })),
  });
  return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
}
