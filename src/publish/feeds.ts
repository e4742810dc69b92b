/** Atom feeds (RFC 4287), written as text. Links are relative to the feed, so the site works at any address. */
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
  entries: FeedEntry[];
}

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
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
  const entries = feed.entries
    .map(
      (entry) => `  <entry>
    <id>${escapeXml(entry.id)}</id>
    <title>${escapeXml(entry.title)}</title>
    <link rel="alternate" type="text/html" href="${escapeXml(entry.href)}"/>
    <updated>${timestamp(entry.updated)}</updated>
    <summary>${escapeXml(entry.summary)}</summary>
  </entry>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-GB">
  <id>${escapeXml(feed.id)}</id>
  <title>${escapeXml(feed.title)}</title>
  <subtitle>${escapeXml(feed.subtitle)}</subtitle>
  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.self)}"/>
  <link rel="alternate" type="text/html" href="${escapeXml(feed.home)}"/>
  <updated>${timestamp(updated)}</updated>
  <author><name>Lantern</name></author>
${entries}
</feed>
`;
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
