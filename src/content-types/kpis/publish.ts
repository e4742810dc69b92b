/** Each KPI's page as one a reader might look for. */
import type { SiteContent } from '../../site/content.ts';
import { urn, type Publication } from '../../publish/publication.ts';
import { organisationName } from '../organisations/model.ts';
import { latestWithEngland } from './model.ts';
import type { DirectAnswer } from '../../publish/search.ts';

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

/**
 * The headline measures, as answers the search page puts first when a reader asks for one by name
 * ("children in care", "how many looked after children"): the name, whose it is, and the latest figure.
 */
export function keyFigureAnswers(site: SiteContent): DirectAnswer[] {
  return site.kpiFrameworks.flatMap(({ data }) =>
    data.kpis
      .filter((kpi) => kpi.headline)
      .map((kpi) => ({
        names: [kpi.plainName],
        title: kpi.plainName,
        label: `Key figure · ${organisationName(site.organisations, data.framework.organisation)}`,
        url: `/kpis/${kpi.id}/`,
        text: `${latestWithEngland(kpi)}.`,
      })),
  );
}
