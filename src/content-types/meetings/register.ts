/** The decision register's facets: pre-built listing pages for body, outcome, year and topic, so filtering works without JavaScript. */
import type { SiteContent } from '../../site/content.ts';
import type { Decision } from './model.ts';
import { outcomeInWords } from './model.ts';
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
    }));
  }
  return result;
}

export function filterDecisions(decisions: readonly Decision[], facet: Facet, value: string): Decision[] {
  return decisions.filter((decision) => valuesOf(decision, facet).includes(value));
}
