/** Meetings, their items, decisions and motions, worked out from the data. No Astro here. */
import type { Item, Meeting, Outcome } from './schema.ts';
import { itemKinds, outcomes } from './schema.ts';
import { withoutCitations } from '../../shared/citations.ts';
import type { Body } from '../members/body-schema.ts';
import type { Entry, SiteContent } from '../../site/content.ts';
import { formatDate } from '../../shared/dates.ts';
import type { CalendarEvent } from '../../publish/calendars.ts';
import { remembered } from '../../shared/remembered.ts';

/** Lists worked out from the whole site, once per site: pages ask for them thousands of times in a build. */
const decisionsMemo = new WeakMap<SiteContent, readonly Decision[]>();
const newestFirstMemo = new WeakMap<SiteContent, readonly Entry<Meeting>[]>();

export function bodyOf(site: SiteContent, id: string): Body {
  const body = site.bodies.find((b) => b.id === id);
  if (!body) throw new Error(`No body with id "${id}"`);
  return body;
}

/** "Council, 28 September 2023" */
export function meetingTitle(site: SiteContent, meeting: Meeting): string {
  return `${bodyOf(site, meeting.body).shortName}, ${formatDate(meeting.date)}`;
}

export function meetingUrl(slug: string): string {
  return `/meetings/${slug}/`;
}

export function itemUrl(meetingSlug: string, itemId: string): string {
  return `/meetings/${meetingSlug}/${itemId}/`;
}

/** Where to read an item: its own page when it is a decision or motion, else its place on the meeting's page. */
export function itemAddress(meetingSlug: string, item: Item): string {
  return isDecision(item) ? itemUrl(meetingSlug, item.id) : `${meetingUrl(meetingSlug)}#${item.id}`;
}

export function urgencyUrl(slug: string): string {
  return `/urgency-decisions/${slug}/`;
}

/** "Minute 146", "Item 10", "Motion 2 (minute 150)". */
export function itemLabel(item: Item): string {
  if (item.motion?.number && item.minute) return `Minute ${item.minute}, motion ${item.motion.number}`;
  if (item.motion?.number && item.agendaItem)
    return `Item ${item.agendaItem.split('.')[0]}, motion ${item.motion.number}`;
  if (item.minute) return `Minute ${item.minute}`;
  if (item.agendaItem) return `Item ${item.agendaItem}`;
  return itemKinds[item.kind];
}

export function outcomeInWords(outcome: Outcome): string {
  return outcomes[outcome];
}

/** An item is a decision when something was, or is to be, decided. */
export function isDecision(item: Item): boolean {
  return item.outcome !== 'none';
}

/** A decision in the register: from a meeting item, or taken under the urgency procedure. */
export interface Decision {
  key: string;
  title: string;
  date: string;
  /** The body's id, or "urgency" for decisions taken by one member under the urgency procedure. */
  body: string;
  bodyName: string;
  outcome: Outcome;
  kind: 'decision' | 'motion' | 'urgency';
  topics: string[];
  url: string;
  /** Where it was taken: "Council, 28 September 2023, minute 146". */
  where: string;
  summary: string;
  meetingStatus: Meeting['status'] | 'taken';
}

/** Whether an item is a motion or a decision: an item of a motion's kind, or one with a motion block. */
export function decisionKind(item: Item): 'decision' | 'motion' {
  return item.motion || item.kind === 'motion' || item.kind === 'opposition-priority-business'
    ? 'motion'
    : 'decision';
}

/** A topic's name from its id (the content check makes sure every id names one; the id is the fallback). */
export function topicName(site: SiteContent, id: string): string {
  return site.topics.find((t) => t.id === id)?.name ?? id;
}

/** Every decision on the site, newest first; within a meeting, in agenda order. Worked out once per site (pages ask for it thousands of times): do not change the list. */
export function allDecisions(site: SiteContent): readonly Decision[] {
  return remembered(decisionsMemo, site, listDecisions);
}

function listDecisions(site: SiteContent): Decision[] {
  const fromMeetings = site.meetings.flatMap(({ slug, data }) =>
    data.items.filter(isDecision).map((item, order) => ({
      order,
      decision: {
        key: `${slug}/${item.id}`,
        title: item.title,
        date: data.date,
        body: data.body,
        bodyName: bodyOf(site, data.body).shortName,
        outcome: item.outcome,
        kind: decisionKind(item),
        topics: item.topics,
        url: itemUrl(slug, item.id),
        where: `${meetingTitle(site, data)}, ${itemLabel(item).toLowerCase()}`,
        summary: item.summary ?? item.motion?.summary ?? '',
        meetingStatus: data.status,
      } satisfies Decision,
    })),
  );
  const urgent = site.urgencyDecisions.map(({ slug, data }, order) => ({
    order,
    decision: {
      key: `urgency/${slug}`,
      title: data.title,
      date: data.date,
      body: 'urgency',
      bodyName: 'Urgency decision',
      outcome: 'approved' as const,
      kind: 'urgency' as const,
      topics: data.topics,
      url: urgencyUrl(slug),
      where: `Taken by ${data.decisionMakerRole} under the urgency procedure, ${formatDate(data.date)}`,
      summary: withoutCitations(data.decision),
      meetingStatus: 'taken' as const,
    } satisfies Decision,
  }));
  return [...fromMeetings, ...urgent]
    .sort(
      (a, b) =>
        b.decision.date.localeCompare(a.decision.date) ||
        a.decision.key.split('/')[0]!.localeCompare(b.decision.key.split('/')[0]!) ||
        a.order - b.order,
    )
    .map((entry) => entry.decision);
}

/** Meetings newest first, worked out once per site: do not change the list. */
export function meetingsNewestFirst(site: SiteContent): readonly Entry<Meeting>[] {
  return remembered(newestFirstMemo, site, () =>
    [...site.meetings].sort((a, b) => b.data.date.localeCompare(a.data.date) || a.slug.localeCompare(b.slug)),
  );
}

/** A body's meetings, newest first. */
export function meetingsOfBody(site: SiteContent, body: string): Entry<Meeting>[] {
  return meetingsNewestFirst(site).filter((m) => m.data.body === body);
}

/** A meeting as a calendar event. */
export function meetingEvent(site: SiteContent, { slug, data }: Entry<Meeting>): CalendarEvent {
  return {
    uid: `${slug}@lantern`,
    date: data.date,
    start: data.start,
    end: data.end,
    summary: `${bodyOf(site, data.body).name}`,
    location: data.venue,
    description: data.summary,
    status: data.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED',
  };
}

/**
 * Whether councillors can still call in a Cabinet meeting's decisions, on a given day: open up to and
 * including the deadline the decision notice gives, closed after it.
 */
export function callInOpen(notice: { callInDeadline: string }, today: string): boolean {
  return today <= notice.callInDeadline;
}
