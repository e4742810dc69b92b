/**
 * Every page a reader might look for, described once: its kind, title, address, date, organisation,
 * body, outcome, members and topics. The search index's filters and metadata, the feeds, the "what's
 * new" page, the browse lists on the search page and the JSON-LD all read this one list, so a page is
 * never a decision in search and something else in a feed.
 */
import type { SiteContent } from '../site/content.ts';
import { planKinds } from '../content-types/plans/schema.ts';
import {
  bodyOf,
  isDecision,
  itemUrl,
  meetingTitle,
  meetingUrl,
  member,
  outcomeInWords,
  urgencyUrl,
} from '../content-types/meetings/model.ts';
import { inspectionDate, resultInWords } from '../content-types/inspections/model.ts';
import { formatDate, yearOf } from '../shared/dates.ts';
import { withoutCitations } from '../shared/citations.ts';
import { organisationName } from '../content-types/organisations/model.ts';
import type { FilterKey } from './search.ts';
import { feedKinds, pageKinds, urn, type FeedKind, type PageKind, type Publication } from './publication.ts';

export { feedKinds, pageKinds, type FeedKind, type PageKind, type Publication };

const orgName = (site: SiteContent, id: string) => organisationName(site.organisations, id);

function inspections(site: SiteContent): Publication[] {
  return site.inspections.map(({ slug, data }) => {
    const date = inspectionDate(data);
    return {
      kind: 'Inspection',
      title: data.title,
      url: `/inspections/${slug}/`,
      summary: `${resultInWords(data)}. ${withoutCitations(data.summary)}`,
      date: date || undefined,
      organisation: orgName(site, data.organisation),
      members: [],
      topics: [],
      id: urn('inspection', slug),
      by: data.inspectorates.map((id) => orgName(site, id)),
    };
  });
}

function meetings(site: SiteContent): Publication[] {
  return site.meetings.map(({ slug, data }) => ({
    kind: 'Meeting',
    title: meetingTitle(site, data),
    url: meetingUrl(slug),
    summary: `${data.status === 'scheduled' ? 'Scheduled. ' : data.status === 'cancelled' ? 'Cancelled. ' : ''}${withoutCitations(data.summary)}`,
    date: data.date,
    organisation: orgName(site, bodyOf(site, data.body).organisation),
    body: bodyOf(site, data.body).shortName,
    members: [],
    topics: [],
    id: urn('meeting', slug),
    event: { start: data.start, end: data.end, venue: data.venue, status: data.status },
  }));
}

function decisions(site: SiteContent): Publication[] {
  const topicName = (id: string) => site.topics.find((t) => t.id === id)?.name ?? id;
  const fromMeetings = site.meetings.flatMap(({ slug, data }) => {
    const body = bodyOf(site, data.body);
    return data.items.filter(isDecision).map((item): Publication => {
      const people = [
        item.presenter,
        item.seconder,
        item.motion?.proposer,
        item.motion?.seconder,
        ...(item.motion?.amendments.flatMap((a) => [a.mover, a.seconder]) ?? []),
      ]
        .filter((name): name is string => Boolean(name))
        .map((name) => member(site, name).name);
      return {
        kind:
          item.motion || item.kind === 'motion' || item.kind === 'opposition-priority-business'
            ? 'Motion'
            : 'Decision',
        title: item.title,
        url: itemUrl(slug, item.id),
        summary: withoutCitations(item.summary ?? item.motion?.summary ?? ''),
        date: data.date,
        organisation: orgName(site, body.organisation),
        body: body.shortName,
        outcome: outcomeInWords(item.outcome),
        members: [...new Set(people)],
        topics: item.topics.map(topicName),
        id: urn('decision', `${slug}/${item.id}`),
      };
    });
  });
  const urgent = site.urgencyDecisions.map(({ slug, data }): Publication => ({
    kind: 'Decision',
    title: data.title,
    url: urgencyUrl(slug),
    summary: withoutCitations(data.decision),
    date: data.date,
    organisation: orgName(site, member(site, data.decisionMaker).organisation),
    body: 'Urgency decision',
    outcome: 'Approved',
    members: [...new Set([member(site, data.decisionMaker).name, member(site, data.consent.member).name])],
    topics: data.topics.map(topicName),
    id: urn('decision', `urgency/${slug}`),
  }));
  return [...fromMeetings, ...urgent];
}

function plans(site: SiteContent): Publication[] {
  return site.plans.map(({ slug, data }) => ({
    kind: 'Plan',
    title: data.title,
    url: `/plans/${slug}/`,
    summary: `${planKinds[data.kind]} for ${data.period}. ${withoutCitations(data.summary)}`,
    date: data.published,
    organisation: orgName(site, data.organisation),
    members: [],
    topics: [],
    id: urn('plan', slug),
  }));
}

function selfEvaluations(site: SiteContent): Publication[] {
  return site.selfEvaluations.map(({ slug, data }) => ({
    kind: 'Self-evaluation',
    title: data.title,
    url: `/self-evaluations/${slug}/`,
    summary: withoutCitations(data.summary),
    date: data.published,
    organisation: orgName(site, data.organisation),
    members: [],
    topics: [],
    id: urn('self-evaluation', slug),
  }));
}

function kpis(site: SiteContent): Publication[] {
  return site.kpiFrameworks.flatMap(({ data }) =>
    data.kpis.map((kpi) => ({
      kind: 'KPI' as const,
      title: `${kpi.plainName}: ${orgName(site, data.framework.organisation)}`,
      url: `/kpis/${kpi.id}/`,
      summary: `${data.framework.name}. The source calls it “${kpi.name}”.`,
      organisation: orgName(site, data.framework.organisation),
      members: [],
      topics: [],
      id: urn('kpi', kpi.id),
    })),
  );
}

/** A young people's version takes the date and organisation of the report or plan it retells. */
function youngPeople(site: SiteContent, full: Publication[]): Publication[] {
  const folders = {
    inspection: 'inspections',
    plan: 'plans',
    'self-evaluation': 'self-evaluations',
  } as const;
  return site.youngPeople.map(({ slug, data }) => {
    const of = full.find((p) => p.url === `/${folders[data.of.kind]}/${data.of.id}/`);
    return {
      kind: "Young people's version",
      title: data.title,
      url: `/young-people/${slug}/`,
      summary: data.summary,
      date: of?.date,
      organisation: of?.organisation,
      members: [],
      topics: [],
      id: urn('young-people', slug),
    };
  });
}

function organisations(site: SiteContent): Publication[] {
  return site.organisations.map((o) => ({
    kind: 'Organisation',
    title: o.name,
    url: `/organisations/${o.id}/`,
    summary: o.description ?? '',
    organisation: o.name,
    members: [],
    topics: [],
    id: urn('organisation', o.id),
  }));
}

function councillors(site: SiteContent): Publication[] {
  return site.members.map((m) => ({
    kind: 'Councillor',
    title: `Councillor ${m.name}${m.postNominals ? ` ${m.postNominals}` : ''}`,
    url: `/members/${m.id}/`,
    summary: m.roles.map((r) => r.title).join('; '),
    organisation: orgName(site, m.organisation),
    members: [m.name],
    topics: [],
    id: urn('member', m.id),
  }));
}

/** Every page of the kinds above, newest first; pages with no date come last, by title. */
export function publications(site: SiteContent): Publication[] {
  const full = [...inspections(site), ...plans(site), ...selfEvaluations(site)];
  const all = [
    ...full,
    ...meetings(site),
    ...decisions(site),
    ...kpis(site),
    ...youngPeople(site, full),
    ...organisations(site),
    ...councillors(site),
  ];
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
    kind: pageKinds.filter((kind) => all.some((p) => p.kind === kind)),
    organisation: byName(collect((p) => [p.organisation])),
    body: byName(collect((p) => [p.body])),
    year: collect((p) => [p.date?.slice(0, 4)]).sort((a, b) => b.localeCompare(a)),
    outcome: byName(collect((p) => [p.outcome])),
    member: byName(collect((p) => (p.kind === 'Councillor' ? [] : p.members))),
  };
}
