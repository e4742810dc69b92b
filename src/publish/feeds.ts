/**
 * Atom feeds (RFC 4287), written by xmlbuilder2, which escapes every text and address and refuses a
 * character XML cannot hold. Links are relative to the feed, so the site works at any address. The
 * feed package is not used: it takes only absolute addresses, and marks plain-text titles and
 * summaries as HTML.
 */
import { create } from 'xmlbuilder2';
import type { Publication } from './publications.ts';
import { firstDay, formatDate } from '../shared/dates.ts';

export interface FeedEntry {
  /** A permanent id, e.g. "urn:lantern:decision:wnc-cabinet-2023-10-10/item-10". */
  id: string;
  title: string;
  /** The page's address relative to the feed file. */
  href: string;
  /** ISO date of the item (YYYY-MM-DD). */
  updated: string;
  summary: string;
}

export interface Feed {
  id: string;
  title: string;
  subtitle: string;
  /** The feed file's own address relative to itself (its file name), and the site's home relative to it. */
  self: string;
  home: string;
  /** Who publishes the site (data/site.json). */
  author: string;
  entries: FeedEntry[];
}

/** An ISO date as an Atom timestamp: midnight UTC of that day. */
function timestamp(date: string): string {
  return `${date}T00:00:00Z`;
}

export function atomFeed(feed: Feed): string {
  const updated =
    feed.entries
      .map((e) => e.updated)
      .sort()
      .at(-1) ?? '1970-01-01';
  const root = create({ version: '1.0', encoding: 'utf-8' })
    .ele('http://www.w3.org/2005/Atom', 'feed')
    .att('http://www.w3.org/XML/1998/namespace', 'xml:lang', 'en-GB');
  root.ele({
    id: feed.id,
    title: feed.title,
    subtitle: feed.subtitle,
    link: [
      { '@rel': 'self', '@type': 'application/atom+xml', '@href': feed.self },
      { '@rel': 'alternate', '@type': 'text/html', '@href': feed.home },
    ],
    updated: timestamp(updated),
    author: { name: feed.author },
    entry: feed.entries.map((entry) => ({
      id: entry.id,
      title: entry.title,
      link: { '@rel': 'alternate', '@type': 'text/html', '@href': entry.href },
      updated: timestamp(entry.updated),
      summary: entry.summary,
    })),
  });
  try {
    return `${root.end({ prettyPrint: true, wellFormed: true })}\n`;
  } catch (error) {
    // A character XML cannot hold (a control character pasted from a PDF) would break the feed for every reader.
    throw new Error(`The feed ${feed.id} cannot be written as XML: ${(error as Error).message}`, {
      cause: error,
    });
  }
}

/** A publication as a feed entry: its outcome in the title, its kind, date and place before the summary. */
export function publicationEntry(p: Publication, href: string, withKind: boolean): FeedEntry {
  const facts = [p.kind, p.date && formatDate(p.date), p.body ?? p.organisation].filter(Boolean).join(' · ');
  return {
    id: p.id,
    title: `${withKind ? `${p.kind}: ` : ''}${p.title}${p.outcome ? ` (${p.outcome})` : ''}`,
    href,
    updated: firstDay(p.date!),
    summary: `${facts}. ${p.summary}`.trim(),
  };
}
