/** What an organisation's page shows from the rest of the site: its inspection history, the plans and self-evaluations it published, its measures. */
import type { Organisation } from './schema.ts';
import type { SiteContent } from '../../site/content.ts';
import { historyScope } from './model.ts';
import { historyOf, newestFirst } from '../inspections/model.ts';
import { planKinds } from '../plans/schema.ts';
import { formatDate } from '../../shared/dates.ts';

export function organisationPage(site: SiteContent, organisation: Organisation) {
  const scope = historyScope(organisation, site.organisations);
  const history = historyOf(
    site.inspections,
    scope.map((o) => o.id),
  );
  const carriedOut = site.inspections.filter((entry) => entry.data.inspectorates.includes(organisation.id));
  const others = scope.filter((o) => o.id !== organisation.id);
  const documents = [
    ...site.plans
      .filter((p) => p.data.organisation === organisation.id)
      .map((p) => ({
        href: `/plans/${p.slug}/`,
        title: p.data.title,
        kind: planKinds[p.data.kind],
        period: p.data.period,
      })),
    ...site.selfEvaluations
      .filter((e) => e.data.organisation === organisation.id)
      .map((e) => ({
        href: `/self-evaluations/${e.slug}/`,
        title: e.data.title,
        kind: 'Self-evaluation',
        period: formatDate(e.data.published),
      })),
  ];
  const measures = site.kpiFrameworks
    .filter((f) => f.data.framework.organisation === organisation.id)
    .reduce((n, f) => n + f.data.kpis.length, 0);
  return {
    // Newest first: what happened last is what a reader came for.
    history: newestFirst(history),
    carriedOut: newestFirst(carriedOut),
    others,
    documents,
    measures,
  };
}
