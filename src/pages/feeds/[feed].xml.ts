/** Atom feeds of new publications, newest first: one of everything (all.xml) and one per kind. */
import { getSite, publicationsOnSite } from '../../site/site.ts';
import {
  feedKinds,
  feedsWithEntries,
  inFeed,
  newPublications,
  type FeedKind,
} from '../../publish/publications.ts';
import { atomFeed, publicationEntry } from '../../publish/feeds.ts';
import { relativeUrl } from '../../build/relative-links.ts';

export function getStaticPaths() {
  return ['all', ...feedsWithEntries(publicationsOnSite())].map((feed) => ({ params: { feed } }));
}

export function GET({ params }: { params: { feed: string } }) {
  const { settings } = getSite();
  const feed = params.feed as FeedKind | 'all';
  const here = `feeds/${feed}.xml`;
  const all = publicationsOnSite();
  const about =
    feed === 'all'
      ? {
          title: 'everything new',
          about:
            'Every inspection, meeting, decision, motion, plan, self-evaluation and young people’s version',
        }
      : { title: feedKinds[feed].title.toLowerCase(), about: feedKinds[feed].about };
  const entries = feed === 'all' ? newPublications(all) : inFeed(all, feed);
  const xml = atomFeed({
    id: `urn:lantern:feed:${feed}`,
    title: `${settings.name}: ${about.title}`,
    subtitle: `${about.about}, newest first.`,
    self: `${feed}.xml`,
    author: settings.publisher,
    home: relativeUrl('whats-new/', here),
    entries: entries.map((p) => publicationEntry(p, relativeUrl(p.url.slice(1), here), feed === 'all')),
  });
  return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
}
