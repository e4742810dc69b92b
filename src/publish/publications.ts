/**
 * Every page a reader might look for, described once: its kind, title, address, date, organisation,
 * body, outcome, members and topics. The search index's filters and metadata, the feeds, the "what's
 * new" page, the browse lists on the search page and the JSON-LD all read this one list, so a page is
 * never a decision in search and something else in a feed.
 */
import type { SiteContent } from '../site/content.ts';
import { contentTypes } from '../content-types/registry.ts';
import { formatDate, yearOf } from '../shared/dates.ts';
import { kindGroups, kindPlurals, type FilterKey } from './search.ts';
import { feedKinds, pageKinds, type FeedKind, type PageKind, type Publication } from './publication.ts';

export { feedKinds, pageKinds, type FeedKind, type PageKind, type Publication };

/** Every page of every content type, newest first; pages with no date come last, by title. */
export function publications(site: SiteContent): Publication[] {
  const all: Publication[] = [];
  for (const type of contentTypes) if (type.publications) all.push(...type.publications(site, all));
  return all.sort(
    (a, b) =>
      (b.date ?? '').localeCompare(a.date ?? '') ||
      a.title.localeCompare(b.title) ||
      a.url.localeCompare(b.url),
  );
}

/** The publications a feed carries: its kinds, dated. */
export function inFeed(all: Publication[], feed: FeedKind): Publication[] {
  const kinds: readonly PageKind[] = feedKinds[feed].kinds;
  return all.filter((p) => p.date && kinds.includes(p.kind));
}

/** The feeds a site has: one of each kind it has something new of (a site with no plans has no plans feed). */
export function feedsWithEntries(all: Publication[]): FeedKind[] {
  return (Object.keys(feedKinds) as FeedKind[]).filter((feed) => inFeed(all, feed).length > 0);
}

/** Everything that goes in some feed: the "what's new" list. */
export function newPublications(all: Publication[]): Publication[] {
  const kinds = new Set<PageKind>(Object.values(feedKinds).flatMap((f) => f.kinds));
  return all.filter((p) => p.date && kinds.has(p.kind));
}

/** Publications grouped by year, newest year first (the order of the list they come in is kept). */
export function byYear(list: Publication[]): { year: number; publications: Publication[] }[] {
  const groups = new Map<number, Publication[]>();
  for (const p of list) {
    if (!p.date) continue;
    const year = yearOf(p.date);
    groups.set(year, [...(groups.get(year) ?? []), p]);
  }
  return [...groups].sort((a, b) => b[0] - a[0]).map(([year, publications]) => ({ year, publications }));
}

/** What Pagefind needs on a page: filters (AND across keys), a sort key and result metadata. */
export interface SearchTags {
  filters: Record<string, string[]>;
  sort: Record<string, string>;
  meta: Record<string, string>;
}

export function searchTags(p: Publication): SearchTags {
  const filters: Record<string, string[]> = { kind: [p.kind] };
  if (p.organisation) filters.organisation = [p.organisation];
  if (p.body) filters.body = [p.body];
  if (p.date) filters.year = [String(yearOf(p.date))];
  if (p.outcome) filters.outcome = [p.outcome];
  if (p.kind !== 'Councillor' && p.members.length > 0) filters.member = p.members;
  if (p.topics.length > 0) filters.topic = p.topics;
  const meta: Record<string, string> = { kind: p.kind };
  if (p.date) meta.date = formatDate(p.date);
  if (p.body) meta.where = p.body;
  else if (p.organisation && p.kind !== 'Organisation') meta.where = p.organisation;
  return { filters, sort: p.date ? { date: p.date } : {}, meta };
}

/** The choices each filter offers: every value some page carries, in a sensible order. */
export function filterChoices(all: Publication[]): Record<FilterKey, string[]> {
  const collect = (pick: (p: Publication) => (string | undefined)[]) => [
    ...new Set(all.flatMap(pick).filter((v): v is string => Boolean(v))),
  ];
  const byName = (values: string[]) => values.sort((a, b) => a.localeCompare(b, 'en-GB'));
  return {
    // A group of kinds follows its last kind: "Decision", "Motion", "Decisions and motions".
    kind: pageKinds
      .flatMap((kind) => [kind, ...Object.keys(kindGroups).filter((g) => kindGroups[g]!.at(-1) === kind)])
      .filter((kind) => (kindGroups[kind] ?? [kind]).every((k) => all.some((p) => p.kind === k))),
    organisation: byName(collect((p) => [p.organisation])),
    body: byName(collect((p) => [p.body])),
    year: collect((p) => [p.date?.slice(0, 4)]).sort((a, b) => b.localeCompare(a)),
    outcome: byName(collect((p) => [p.outcome])),
    topic: byName(collect((p) => (p.kind === 'Decision' || p.kind === 'Motion' ? p.topics : []))),
    member: byName(collect((p) => (p.kind === 'Councillor' ? [] : p.members))),
  };
}

/**
 * What search covers, in a sentence: each kind of page on the site with how many and the years they
 * span ("16 inspections (2011 to 2023)"), so that nobody takes it for every document a council has.
 */
export function searchCoverage(all: Publication[]): string {
  const kinds = pageKinds.flatMap((kind) => {
    const ofKind = all.filter((p) => p.kind === kind);
    if (ofKind.length === 0) return [];
    const years = ofKind.filter((p) => p.date).map((p) => yearOf(p.date!));
    const [first, last] = [Math.min(...years), Math.max(...years)];
    const span = years.length === 0 ? '' : first === last ? ` (${first})` : ` (${first} to ${last})`;
    const name =
      ofKind.length > 1
        ? (kindPlurals[kind] ?? kind)
        : kind === 'KPI'
          ? 'performance measure'
          : kind === 'Progress since an inspection'
            ? 'page on progress since an inspection'
            : kind.toLowerCase();
    return [`${ofKind.length} ${name}${span}`];
  });
  return `Search covers the pages of this site, and nothing else: ${kinds.join(', ')}. Documents that are not on this site are not searched.`;
}
