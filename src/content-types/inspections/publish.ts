/** Inspections as pages a reader might look for: in search, the inspections feed and JSON-LD. */
import type { SiteContent } from '../../site/content.ts';
import { urn, type Publication } from '../../publish/publication.ts';
import { withoutCitations } from '../../shared/citations.ts';
import { organisationName } from '../organisations/model.ts';
import { inspectionDate, resultInWords } from './model.ts';

export function inspectionPublications(site: SiteContent): Publication[] {
  return site.inspections.map(({ slug, data }) => {
    const date = inspectionDate(data);
    return {
      kind: 'Inspection',
      title: data.title,
      url: `/inspections/${slug}/`,
      summary: `${resultInWords(data)}. ${withoutCitations(data.summary)}`,
      date: date || undefined,
      organisation: organisationName(site.organisations, data.organisation),
      members: [],
      topics: [],
      id: urn('inspection', slug),
      by: data.inspectorates.map((id) => organisationName(site.organisations, id)),
    };
  });
}
