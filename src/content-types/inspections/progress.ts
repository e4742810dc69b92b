/**
 * What has been done about each area for improvement: what a source reports was done (written under
 * the area), the improvement actions that answer it, the meeting items and urgency decisions about it, what later visits
 * said of it, and the KPIs that measure it, joined from the references the content makes
 * ("<inspection>#<id>"). Nothing is inferred: only what the files link.
 */
import type { SiteContent, Entry } from '../../site/content.ts';
import type { Inspection } from './schema.ts';
import type { ImprovementAction } from '../plans/schema.ts';
import type { Item, Meeting } from '../meetings/schema.ts';
import type { Kpi } from '../kpis/schema.ts';
import type { UrgencyDecision } from '../urgency-decisions/schema.ts';
import { areaId, inspectionDate, inspectionWhen } from './model.ts';
import { plural, listInWords } from '../../shared/numbers.ts';
import { remembered } from '../../shared/remembered.ts';

export interface AreaProgress {
  /** What a source reports was done, written under the area itself. */
  responses: Inspection['areasForImprovement'][number]['responses'];
  actions: { plan: string; planTitle: string; action: ImprovementAction }[];
  items: { meeting: Entry<Meeting>; item: Item }[];
  /** Decisions taken under the urgency procedure about it. */
  decisions: Entry<UrgencyDecision>[];
  findings: {
    inspection: string;
    inspectionTitle: string;
    when: string;
    /** The visit's date for ordering: "2021-11". */
    date: string;
    finding: Inspection['findings'][number];
  }[];
  kpis: Kpi[];
}

/** The parts of a site that can refer to an area for improvement. */
export type ProgressSources = Pick<
  SiteContent,
  'inspections' | 'plans' | 'meetings' | 'urgencyDecisions' | 'kpiFrameworks'
>;

const byReference = new WeakMap<ProgressSources, Map<string, AreaProgress>>();

/** Everything on the site that refers to an area for improvement, by its reference. */
function progressIndex(site: ProgressSources): Map<string, AreaProgress> {
  return remembered(byReference, site, () => {
    const index = new Map<string, AreaProgress>();
    const of = (reference: string) => {
      let progress = index.get(reference);
      if (!progress)
        index.set(
          reference,
          (progress = { responses: [], actions: [], items: [], decisions: [], findings: [], kpis: [] }),
        );
      return progress;
    };
    for (const { slug, data } of site.inspections)
      data.areasForImprovement.forEach((area, i) =>
        of(`${slug}#${areaId(area, i)}`).responses.push(...area.responses),
      );
    for (const { slug, data } of site.plans)
      for (const action of data.improvementPlan?.actions ?? [])
        for (const reference of action.answers)
          of(reference).actions.push({ plan: slug, planTitle: data.title, action });
    for (const meeting of site.meetings)
      for (const item of meeting.data.items)
        for (const reference of item.concerns) of(reference).items.push({ meeting, item });
    for (const decision of site.urgencyDecisions)
      for (const reference of decision.data.concerns) of(reference).decisions.push(decision);
    for (const { slug, data } of site.inspections)
      for (const finding of data.findings)
        for (const reference of finding.follows)
          of(reference).findings.push({
            inspection: slug,
            inspectionTitle: data.title,
            when: inspectionWhen(data),
            date: inspectionDate(data),
            finding,
          });
    for (const progress of index.values()) progress.findings.sort((a, b) => a.date.localeCompare(b.date));
    for (const { data } of site.kpiFrameworks)
      for (const kpi of data.kpis) for (const reference of kpi.measures) of(reference).kpis.push(kpi);
    return index;
  });
}

const empty: AreaProgress = { responses: [], actions: [], items: [], decisions: [], findings: [], kpis: [] };

/** What has been done about one area for improvement of an inspection, by its id (see areaId). */
export function progressOf(site: ProgressSources, inspection: string, id: string): AreaProgress {
  return progressIndex(site).get(`${inspection}#${id}`) ?? empty;
}

const firstAreas = new WeakMap<ProgressSources, Map<string, Map<ImprovementAction, string>>>();

/**
 * The first area of an inspection, in the report's order, that an action answers: an action filed
 * under several areas is given in full under that one and named under the others.
 */
export function firstAreaAnswered(
  site: ProgressSources,
  inspection: string,
  action: ImprovementAction,
): string | undefined {
  return remembered(firstAreas, site, () => {
    const byInspection = new Map<string, Map<ImprovementAction, string>>();
    for (const entry of site.inspections) {
      const first = new Map<ImprovementAction, string>();
      entry.data.areasForImprovement.forEach((area, i) => {
        const id = areaId(area, i);
        for (const answer of progressOf(site, entry.slug, id).actions)
          if (!first.has(answer.action)) first.set(answer.action, id);
      });
      byInspection.set(entry.slug, first);
    }
    return byInspection;
  })
    .get(inspection)
    ?.get(action);
}

/** What the newest later visit on the site said of it, if one did. */
export const latestFinding = (progress: AreaProgress): AreaProgress['findings'][number] | undefined =>
  progress.findings.at(-1);

/** Whether anything on the site records what was done about it. */
export const hasProgress = (progress: AreaProgress): boolean =>
  progress.responses.length +
    progress.actions.length +
    progress.items.length +
    progress.decisions.length +
    progress.findings.length +
    progress.kpis.length >
  0;

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
export function progressRows(site: ProgressSources, inspection: Entry<Inspection>): ProgressRow[] {
  return inspection.data.areasForImprovement.map((area, i) => {
    const id = areaId(area, i);
    return { id, text: area.text, source: area.source, progress: progressOf(site, inspection.slug, id) };
  });
}

/**
 * One sentence from the rows: "Of 14 areas for improvement, all have actions on this site (33 actions,
 * some answering more than one area) and 4 have measures; the plans rate those actions 33 green for
 * delivery and 33 amber for outcome." Only counts of what the files record and what the sources rate:
 * no status they do not give.
 */
export function progressSummary(rows: readonly ProgressRow[]): string {
  const areas = rows.length;
  const count = (has: (progress: AreaProgress) => boolean) => rows.filter((row) => has(row.progress)).length;
  const withAnything = count(hasProgress);
  if (withAnything === 0)
    return areas === 1
      ? 'Nothing on this site yet records what was done about its area for improvement.'
      : `Of ${areas} areas for improvement, none has anything on this site yet that records what was done about it.`;
  // An action the source files under several areas is one action.
  const actions = [...new Set(rows.flatMap((row) => row.progress.actions.map((a) => a.action)))];
  const filings = rows.reduce((n, row) => n + row.progress.actions.length, 0);
  const have = (n: number) =>
    n === areas ? (areas === 1 ? 'it has' : 'all have') : `${n} ${n === 1 ? 'has' : 'have'}`;
  const kinds: [number, string][] = [
    [
      count((p) => p.actions.length > 0),
      `actions on this site (${plural(actions.length, 'action')}${actions.length < filings ? ', some answering more than one area' : ''})`,
    ],
    [count((p) => p.responses.length > 0), "a source's account of what was done"],
    [count((p) => p.findings.length > 0), 'later findings'],
    [count((p) => p.items.length + p.decisions.length > 0), 'meeting items or decisions'],
    [count((p) => p.kpis.length > 0), 'measures'],
  ];
  const parts = [
    `Of ${plural(areas, 'area for improvement', 'areas for improvement')}, ${listInWords(
      kinds.filter(([n]) => n > 0).map(([n, what]) => `${have(n)} ${what}`),
    )}`,
  ];
  if (actions.length > 0)
    parts.push(
      `the plans rate those actions ${ratingsInWords(actions, 'ragDelivery')} for delivery and ${ratingsInWords(actions, 'ragOutcome')} for outcome`,
    );
  if (withAnything < areas)
    parts.push(`${plural(areas - withAnything, 'area has', 'areas have')} nothing on this site yet`);
  return `${parts.join('; ')}.`;
}
