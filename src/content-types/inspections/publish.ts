/** Inspections as pages a reader might look for: in search, the inspections feed and JSON-LD. */
import type { SiteContent } from '../../site/content.ts';
import { urn, type Publication } from '../../publish/publication.ts';
import { withoutCitations } from '../../shared/citations.ts';
import { organisationName } from '../organisations/model.ts';
import { inspectionDate, progressAddress, progressTitle, resultInWords } from './model.ts';
import { progressRows, progressSummary } from './progress.ts';

export function inspectionPublications(site: SiteContent): Publication[] {
  return [...inspectionPages(site), ...progressPages(site)];
}

/** Each inspection's progress page: what has been done about its areas for improvement. */
function progressPages(site: SiteContent): Publication[] {
  return site.inspections
    .filter((entry) => entry.data.areasForImprovement.length > 0)
    .map((entry) => {
      const date = inspectionDate(entry.data);
      return {
        kind: 'Progress since an inspection',
        title: progressTitle(entry.data),
        url: progressAddress(entry.slug),
        summary: progressSummary(progressRows(site, entry)),
        date: date || undefined,
        organisation: organisationName(site.organisations, entry.data.organisation),
        members: [],
        topics: [],
        id: urn('inspection-progress', entry.slug),
        by: [organisationName(site.organisations, entry.data.organisation)],
      };
    });
}

function inspectionPages(site: SiteContent): Publication[] {
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
