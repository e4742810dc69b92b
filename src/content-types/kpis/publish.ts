/** Each KPI's page as one a reader might look for. */
import type { SiteContent } from '../../site/content.ts';
import { urn, type Publication } from '../../publish/publication.ts';
import { organisationName } from '../organisations/model.ts';

export function kpiPublications(site: SiteContent): Publication[] {
  return site.kpiFrameworks.flatMap(({ data }) =>
    data.kpis.map((kpi) => ({
      kind: 'KPI' as const,
      title: `${kpi.plainName}: ${organisationName(site.organisations, data.framework.organisation)}`,
      url: `/kpis/${kpi.id}/`,
      summary: `${data.framework.name}. The source calls it “${kpi.name}”.`,
      organisation: organisationName(site.organisations, data.framework.organisation),
      members: [],
      topics: [],
      id: urn('kpi', kpi.id),
    })),
  );
}
