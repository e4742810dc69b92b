/** Plans and reports as pages a reader might look for. */
import type { SiteContent } from '../../site/content.ts';
import { urn, type Publication } from '../../publish/publication.ts';
import { withoutCitations } from '../../shared/citations.ts';
import { organisationName } from '../organisations/model.ts';
import { planKinds } from './schema.ts';

export function planPublications(site: SiteContent): Publication[] {
  return site.plans.map(({ slug, data }) => ({
    kind: 'Plan',
    title: data.title,
    url: `/plans/${slug}/`,
    summary: `${planKinds[data.kind]} for ${data.period}. ${withoutCitations(data.summary)}`,
    date: data.published,
    organisation: organisationName(site.organisations, data.organisation),
    members: [],
    topics: [],
    id: urn('plan', slug),
  }));
}
