/**
 * What has been done about each area for improvement: the improvement actions that answer it, the
 * meeting items about it, what later visits said of it, and the KPIs that measure it, joined from
 * the references the content makes ("<inspection>#<id>"). Nothing is inferred: only what the files link.
 */
import type { SiteContent, Entry } from '../../site/content.ts';
import type { Inspection } from './schema.ts';
import type { ImprovementAction } from '../plans/schema.ts';
import type { Item, Meeting } from '../meetings/schema.ts';
import type { Kpi } from '../kpis/schema.ts';
import { inspectionWhen } from './model.ts';
import { remembered } from '../../shared/remembered.ts';

export interface AreaProgress {
  actions: { plan: string; planTitle: string; action: ImprovementAction }[];
  items: { meeting: Entry<Meeting>; item: Item }[];
  findings: {
    inspection: string;
    inspectionTitle: string;
    when: string;
    finding: Inspection['findings'][number];
  }[];
  kpis: Kpi[];
}

const byReference = new WeakMap<SiteContent, Map<string, AreaProgress>>();

/** Everything on the site that refers to an area for improvement, by its reference. */
function progressIndex(site: SiteContent): Map<string, AreaProgress> {
  return remembered(byReference, site, () => {
    const index = new Map<string, AreaProgress>();
    const of = (reference: string) => {
      let progress = index.get(reference);
      if (!progress) index.set(reference, (progress = { actions: [], items: [], findings: [], kpis: [] }));
      return progress;
    };
    for (const { slug, data } of site.plans)
      for (const action of data.improvementPlan?.actions ?? [])
        for (const reference of action.answers)
          of(reference).actions.push({ plan: slug, planTitle: data.title, action });
    for (const meeting of site.meetings)
      for (const item of meeting.data.items)
        for (const reference of item.concerns) of(reference).items.push({ meeting, item });
    for (const { slug, data } of site.inspections)
      for (const finding of data.findings)
        for (const reference of finding.follows)
          of(reference).findings.push({
            inspection: slug,
            inspectionTitle: data.title,
            when: inspectionWhen(data),
            finding,
          });
    for (const { data } of site.kpiFrameworks)
      for (const kpi of data.kpis) for (const reference of kpi.measures) of(reference).kpis.push(kpi);
    return index;
  });
}

const empty: AreaProgress = { actions: [], items: [], findings: [], kpis: [] };

/** What has been done about one area for improvement of an inspection, by its id (see areaId). */
export function progressOf(site: SiteContent, inspection: string, id: string): AreaProgress {
  return progressIndex(site).get(`${inspection}#${id}`) ?? empty;
}

/** Whether anything on the site records what was done about it. */
export const hasProgress = (progress: AreaProgress): boolean =>
  progress.actions.length + progress.items.length + progress.findings.length + progress.kpis.length > 0;
