/** Self-evaluations as pages a reader might look for. */
import type { SiteContent } from '../../site/content.ts';
import { urn, type Publication } from '../../publish/publication.ts';
import { withoutCitations } from '../../shared/citations.ts';
import { organisationName } from '../organisations/model.ts';

export function selfEvaluationPublications(site: SiteContent): Publication[] {
  return site.selfEvaluations.map(({ slug, data }) => ({
    kind: 'Self-evaluation',
    title: data.title,
    url: `/self-evaluations/${slug}/`,
    summary: withoutCitations(data.summary),
    date: data.published,
    organisation: organisationName(site.organisations, data.organisation),
    members: [],
    topics: [],
    id: urn('self-evaluation', slug),
  }));
}
