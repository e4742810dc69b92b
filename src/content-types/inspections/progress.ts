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
import { areaId, inspectionWhen } from './model.ts';
import { plural } from '../../shared/numbers.ts';
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

type Rating = ImprovementAction['ragDelivery'];
const ratings: Rating[] = ['green', 'amber', 'red', 'not rated'];

/** How many actions a rating covers, in words: "8 green, 2 amber"; ratings with none left out. */
export function ratingsInWords(
  actions: readonly ImprovementAction[],
  of: 'ragDelivery' | 'ragOutcome',
): string {
  return ratings
    .map((rating) => [rating, actions.filter((a) => a[of] === rating).length] as const)
    .filter(([, count]) => count > 0)
    .map(([rating, count]) => `${count} ${rating}`)
    .join(', ');
}

export interface ProgressRow {
  id: string;
  text: string;
  source: string;
  progress: AreaProgress;
}

/** One row per area for improvement of an inspection, with everything on the site that refers to it. */
export function progressRows(site: SiteContent, inspection: Entry<Inspection>): ProgressRow[] {
  return inspection.data.areasForImprovement.map((area, i) => {
    const id = areaId(area, i);
    return { id, text: area.text, source: area.source, progress: progressOf(site, inspection.slug, id) };
  });
}

/**
 * One sentence from the rows: "Of 14 areas for improvement, all have actions on this site (33 actions,
 * some answering more than one area); the plans rate those actions 33 green for delivery and 33 amber
 * for outcome." Only counts of what the sources rate: no status they do not give.
 */
export function progressSummary(rows: readonly ProgressRow[]): string {
  const areas = rows.length;
  const withActions = rows.filter((row) => row.progress.actions.length > 0).length;
  const withAnything = rows.filter((row) => hasProgress(row.progress)).length;
  // An action the source files under several areas is one action.
  const actions = [...new Set(rows.flatMap((row) => row.progress.actions.map((a) => a.action)))];
  if (withAnything === 0)
    return areas === 1
      ? 'Nothing on this site yet records what was done about its area for improvement.'
      : `Of ${areas} areas for improvement, none has anything on this site yet that records what was done about it.`;
  const have =
    withActions === areas
      ? areas === 1
        ? 'it has'
        : 'all have'
      : `${withActions} ${withActions === 1 ? 'has' : 'have'}`;
  const parts = [
    `Of ${plural(areas, 'area for improvement', 'areas for improvement')}, ${have} actions on this site (${plural(actions.length, 'action')}${actions.length < rows.reduce((n, row) => n + row.progress.actions.length, 0) ? ', some answering more than one area' : ''})`,
  ];
  if (actions.length > 0)
    parts.push(
      `the plans rate those actions ${ratingsInWords(actions, 'ragDelivery')} for delivery and ${ratingsInWords(actions, 'ragOutcome')} for outcome`,
    );
  const others = withAnything - withActions;
  if (others > 0)
    parts.push(
      `${plural(others, 'other area has', 'other areas have')} later findings, meetings or measures`,
    );
  return `${parts.join('; ')}.`;
}
