/** Each organisation's page as one a reader might look for. */
import type { SiteContent } from '../../site/content.ts';
import { urn, type Publication } from '../../publish/publication.ts';

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
