/** Each organisation's page as one a reader might look for. */
import type { SiteContent } from '../../site/content.ts';
import { urn, type Publication } from '../../publish/publication.ts';
import type { DirectAnswer } from '../../publish/search.ts';
import { standingInBrief, standingOf } from './standing.ts';

export function organisationPublications(site: SiteContent): Publication[] {
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

/** Each organisation, as an answer the search page puts first when a reader names it: where things stand in a sentence, or what it is. */
export function organisationAnswers(site: SiteContent): DirectAnswer[] {
  return site.organisations.map((o) => {
    const brief = standingInBrief(standingOf(site, o));
    return {
      names: [o.name, ...(o.shortName ? [o.shortName] : [])],
      title: o.name,
      label: 'Organisation',
      url: `/organisations/${o.id}/`,
      text: brief ? `${brief[0]!.toUpperCase()}${brief.slice(1)}` : o.description,
    };
  });
}
