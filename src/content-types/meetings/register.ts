/** The decision register's facets: pre-built listing pages for body, outcome, year and topic, so filtering works without JavaScript. */
import type { SiteContent } from '../../site/content.ts';
import type { Decision } from './model.ts';
import { bodyOf, outcomeInWords } from './model.ts';
import { organisationName } from '../organisations/model.ts';
import { listInWords, plural } from '../../shared/numbers.ts';
import { formatDate, formatDateRange } from '../../shared/dates.ts';
import { outcomes, type Outcome } from './schema.ts';
import { remembered } from '../../shared/remembered.ts';

export type Facet = 'body' | 'outcome' | 'year' | 'topic';

export const facetNames: Record<Facet, string> = {
  body: 'Body',
  outcome: 'Outcome',
  year: 'Year',
  topic: 'Topic',
};

export interface FacetValue {
  facet: Facet;
  value: string;
  label: string;
  count: number;
  url: string;
  /** What the search page's filter calls it (it names bodies, outcomes and topics as readers see them). */
  searchAs: string;
}

/** The values a decision has for a facet (a decision may have several topics). */
export function valuesOf(decision: Decision, facet: Facet): string[] {
  if (facet === 'body') return [decision.body];
  if (facet === 'outcome') return [decision.outcome];
  if (facet === 'year') return [decision.date.slice(0, 4)];
  return decision.topics;
}

export function facetUrl(facet: Facet, value: string): string {
  return `/decisions/${facet}/${value}/`;
}

/** Facet values already counted, per site and list of decisions: each of the register's filter pages shows them all. */
const counted = new WeakMap<SiteContent, WeakMap<readonly Decision[], Record<Facet, FacetValue[]>>>();

/** Every value of every facet that has decisions, in a stable order, with how many have it. Shared between pages: do not change it. */
export function facetValues(site: SiteContent, decisions: readonly Decision[]): Record<Facet, FacetValue[]> {
  return remembered(
    remembered(counted, site, () => new WeakMap()),
    decisions,
    (list) => countFacetValues(site, list),
  );
}

function countFacetValues(site: SiteContent, decisions: readonly Decision[]): Record<Facet, FacetValue[]> {
  const label = (facet: Facet, value: string): string => {
    if (facet === 'body')
      return value === 'urgency' ? 'Urgency decisions' : site.bodies.find((b) => b.id === value)!.shortName;
    if (facet === 'outcome') return outcomeInWords(value as Outcome);
    if (facet === 'topic') return site.topics.find((t) => t.id === value)!.name;
    return value;
  };
  const order = (facet: Facet, values: string[]): string[] => {
    if (facet === 'year') return values.sort().reverse();
    if (facet === 'outcome') return Object.keys(outcomes).filter((o) => values.includes(o));
    if (facet === 'topic') return site.topics.map((t) => t.id).filter((t) => values.includes(t));
    return [...site.bodies.map((b) => b.id), 'urgency'].filter((b) => values.includes(b));
  };
  const result = {} as Record<Facet, FacetValue[]>;
  for (const facet of Object.keys(facetNames) as Facet[]) {
    const counts = new Map<string, number>();
    for (const decision of decisions)
      for (const value of valuesOf(decision, facet)) counts.set(value, (counts.get(value) ?? 0) + 1);
    result[facet] = order(facet, [...counts.keys()]).map((value) => ({
      facet,
      value,
      label: label(facet, value),
      count: counts.get(value)!,
      url: facetUrl(facet, value),
      searchAs: facet === 'body' ? decisions.find((d) => d.body === value)!.bodyName : label(facet, value),
    }));
  }
  return result;
}

export function filterDecisions(decisions: readonly Decision[], facet: Facet, value: string): Decision[] {
  return decisions.filter((decision) => valuesOf(decision, facet).includes(value));
}

/**
 * What the register covers, in a sentence, so that no reader takes it for every decision a council
 * ever made: "It holds 138 decisions and motions from 4 meetings of West Northamptonshire Council
 * (Council, 2 meetings; Cabinet, 2 meetings) between 28 September and 30 November 2023, and 2
 * urgency decisions. Meetings before, after or between those are not on this site."
 */
export function registerCoverage(site: SiteContent, decisions: readonly Decision[]): string {
  const meetings = site.meetings;
  if (meetings.length === 0 && site.urgencyDecisions.length === 0) return 'It holds no decisions yet.';
  const fromMeetings = decisions.filter((d) => d.body !== 'urgency').length;
  const councils = [...new Set(meetings.map((m) => bodyOf(site, m.data.body).organisation))].map((id) =>
    organisationName(site.organisations, id),
  );
  const bodies = [...new Set(meetings.map((m) => m.data.body))].map((id) => {
    const count = meetings.filter((m) => m.data.body === id).length;
    return `${bodyOf(site, id).shortName}, ${plural(count, 'meeting')}`;
  });
  const dates = meetings.map((m) => m.data.date).sort();
  const span =
    dates.length === 0
      ? ''
      : dates[0] === dates.at(-1)
        ? ` on ${formatDate(dates[0]!)}`
        : ` between ${formatDateRange(dates[0]!, dates.at(-1)!).replace(' to ', ' and ')}`;
  const parts = [
    meetings.length > 0 &&
      `${plural(fromMeetings, 'decision or motion', 'decisions and motions')} from ${plural(meetings.length, 'meeting')} of ${listInWords(councils)} (${bodies.join('; ')})${span}`,
    site.urgencyDecisions.length > 0 && plural(site.urgencyDecisions.length, 'urgency decision'),
  ].filter((part): part is string => Boolean(part));
  return `It holds ${parts.join(', and ')}. Meetings before, after or between those are not on this site.`;
}

/**
 * How many decisions each page of the register lists: enough for a laptop screen or two, and small
 * enough for a phone (about 25 KB of rows) however many meetings a site holds.
 */
export const decisionsPerPage = 25;

export interface RegisterPage {
  /** 1 for the first page. */
  number: number;
  /** How many pages the list has. */
  count: number;
  /** The decisions on this page, newest first. */
  decisions: readonly Decision[];
  /** The place in the whole list of this page's first and last decisions, counting from 1. */
  first: number;
  last: number;
  /** How many decisions the whole list has. */
  total: number;
  url: string;
}

/** The address of a page of a list: the list's own address for the first, "2/" added for the second. */
export function listPageUrl(base: string, number: number): string {
  return number === 1 ? base : `${base}${number}/`;
}

/** A list of decisions (the register, or one facet of it) cut into pages at `base`, newest first; an empty list is one empty page. */
export function registerPages(
  decisions: readonly Decision[],
  base: string,
  size = decisionsPerPage,
): RegisterPage[] {
  const count = Math.max(1, Math.ceil(decisions.length / size));
  return Array.from({ length: count }, (_, i) => ({
    number: i + 1,
    count,
    decisions: decisions.slice(i * size, (i + 1) * size),
    first: Math.min(decisions.length, i * size + 1),
    last: Math.min(decisions.length, (i + 1) * size),
    total: decisions.length,
    url: listPageUrl(base, i + 1),
  }));
}

/**
 * The page numbers a pager links to: the first, the last, and two either side of the current one,
 * with null where numbers are left out ("1 … 4 5 6 7 8 … 250"), so that a register of hundreds of
 * pages has a short pager and any page is a few steps away.
 */
export function pagerNumbers(current: number, count: number): (number | null)[] {
  const shown = [...new Set([1, current - 2, current - 1, current, current + 1, current + 2, count])]
    .filter((n) => n >= 1 && n <= count)
    .sort((a, b) => a - b);
  return shown.flatMap((n, i) => {
    const gap = i > 0 ? n - shown[i - 1]! : 1;
    if (gap === 1) return [n];
    // A gap of one page is shown as that page: "1 2 3", not "1 … 3".
    return gap === 2 ? [n - 1, n] : [null, n];
  });
}
