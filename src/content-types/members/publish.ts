/** Each councillor's page as one a reader might look for. */
import type { SiteContent } from '../../site/content.ts';
import { urn, type Publication } from '../../publish/publication.ts';
import { organisationName } from '../organisations/model.ts';

export function memberPublications(site: SiteContent): Publication[] {
  return site.members.map((m) => ({
    kind: 'Councillor',
    title: `Councillor ${m.name}${m.postNominals ? ` ${m.postNominals}` : ''}`,
    url: `/members/${m.id}/`,
    summary: m.roles.map((r) => r.title).join('; '),
    organisation: organisationName(site.organisations, m.organisation),
    members: [m.name],
    topics: [],
    id: urn('member', m.id),
  }));
}
