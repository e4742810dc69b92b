/** What pages need to know about inspections, worked out from the data and nothing else. */
import type { Inspection, AreaForImprovement } from './schema.ts';
import { frameworks } from './schema.ts';
import type { GradingScale, Grade } from './grading-scale-schema.ts';
import type { Entry } from '../../site/content.ts';
import { formatDate, formatDateRange } from '../../shared/dates.ts';
import { listInWords, plural } from '../../shared/numbers.ts';

/** The date an inspection is ordered by: published, else the last day, else the first, else the approximate month or year, else the date it was known by. */
export function inspectionDate(inspection: Inspection): string {
  const { published, end, start, approximate, knownBy } = inspection.dates;
  return published ?? end ?? start ?? approximate ?? knownBy ?? '';
}

/** The address of an inspection's progress page: what has been done about its areas for improvement. */
export const progressAddress = (slug: string): string => `/inspections/${slug}/progress/`;

/** The progress page's title: "What has been done since: <the inspection's title>". */
export const progressTitle = (inspection: Pick<Inspection, 'title'>): string =>
  `What has been done since: ${inspection.title}`;

/** When the inspectors were there, in words, or the approximate date the sources give, or that they give none. */
export function inspectionWhen(inspection: Inspection): string {
  const { start, end, approximate, knownBy } = inspection.dates;
  if (start) return formatDateRange(start, end);
  if (approximate) return formatDate(approximate);
  if (knownBy) return `By ${formatDate(knownBy)} (the exact date is not known)`;
  return 'Date not known';
}

/** inspectionWhen within a sentence: "3 to 14 October 2022", "by November 2023 (the exact date is not known)". */
export const inspectionWhenInSentence = (inspection: Inspection): string =>
  inspectionWhen(inspection)
    .replace(/^By /, 'by ')
    .replace(/^Date not known$/, 'date not known');

/** The date in a listing: "6 May 2011", "January 2020", or "By November 2023" when the sources give no date. */
export function listingDate(inspection: Inspection): string {
  const { published, end, start, approximate } = inspection.dates;
  const date = published ?? end ?? start ?? approximate;
  return date ? formatDate(date) : `By ${formatDate(inspection.dates.knownBy ?? '')}`;
}

/** Newest first; ties broken by title so the order never changes between builds. */
export function newestFirst<T extends { data: Inspection }>(entries: T[]): T[] {
  return [...entries].sort(
    (a, b) =>
      inspectionDate(b.data).localeCompare(inspectionDate(a.data)) ||
      a.data.title.localeCompare(b.data.title),
  );
}

export function oldestFirst<T extends { data: Inspection }>(entries: T[]): T[] {
  return newestFirst(entries).reverse();
}

export function isGraded(inspection: Inspection): boolean {
  return inspection.judgementGroups.length > 0;
}

export function frameworkName(inspection: Inspection): string {
  return frameworks[inspection.framework].name;
}

export function gradeOn(scale: GradingScale, label: string): Grade | undefined {
  return scale.grades.find((grade) => grade.label === label);
}

/**
 * Whether a judgement sums up its inspection: every "overall effectiveness" judgement, or, when there
 * is none, the very first judgement. Ask it of a judgement's place (group and position in the group).
 */
export function headlineRule(inspection: Inspection): (groupIndex: number, index: number) => boolean {
  const overall = (area: string) => /^overall effectiveness/i.test(area);
  const hasOverall = inspection.judgementGroups.some((group) =>
    group.judgements.some((j) => overall(j.area)),
  );
  return (groupIndex, index) =>
    hasOverall
      ? overall(inspection.judgementGroups[groupIndex]!.judgements[index]!.area)
      : groupIndex === 0 && index === 0;
}

/** The judgements that sum up an inspection (see headlineRule). */
export function headlineJudgements(inspection: Inspection): { group: string; grade: string }[] {
  const isHeadline = headlineRule(inspection);
  return inspection.judgementGroups.flatMap((group, g) =>
    group.judgements.filter((_, j) => isHeadline(g, j)).map((j) => ({ group: group.title, grade: j.grade })),
  );
}

/** The one grade that sums up an inspection, when its headline judgements agree; undefined otherwise. */
export function singleGrade(inspection: Inspection): string | undefined {
  const grades = [...new Set(headlineJudgements(inspection).map((h) => h.grade))];
  return grades.length === 1 ? grades[0] : undefined;
}

/** The result in a few words: "Adequate", or "Safeguarding services: Adequate; Services for looked after children: Adequate", or, with no grades, that the inspectors reported what they found. */
export function resultInWords(inspection: Inspection): string {
  const headline = headlineJudgements(inspection);
  if (headline.length === 0) return 'No grades: the inspectors reported what they found';
  const grade = singleGrade(inspection);
  if (grade) return `${grade} overall`;
  return headline.map((h) => `${h.group}: ${h.grade}`).join('; ');
}

/** How many judgements got each grade, in the scale's order: [{ label: 'Good', count: 4 }, ...] (grades with none left out). */
export function gradeCounts(inspection: Inspection, scale: GradingScale): { grade: Grade; count: number }[] {
  const all = inspection.judgementGroups.flatMap((group) => group.judgements);
  return [...scale.grades]
    .sort((a, b) => a.rank - b.rank)
    .map((grade) => ({ grade, count: all.filter((j) => j.grade === grade.label).length }))
    .filter((entry) => entry.count > 0);
}

/** "21 judgements: 4 Good, 16 Adequate and 1 Inadequate." */
export function gradeCountsInWords(inspection: Inspection, scale: GradingScale): string {
  const counts = gradeCounts(inspection, scale);
  const total = counts.reduce((sum, entry) => sum + entry.count, 0);
  return `${plural(total, 'judgement')}: ${listInWords(counts.map((entry) => `${entry.count} ${entry.grade.label}`))}.`;
}

/** Order of timescales: most urgent first. */
export function timescaleOrder(timescale: string): number {
  if (timescale === 'immediately') return 0;
  if (timescale === 'priority action') return 1;
  const months = /^within (\d+) months?$/.exec(timescale);
  if (months) return 2 + Number(months[1]);
  return 10_000;
}

/** "Immediately", "Within 3 months", "Priority action", "Timescale not stated". */
export function timescaleHeading(timescale: string): string {
  if (timescale === 'not stated') return 'Timescale not stated';
  return timescale.charAt(0).toUpperCase() + timescale.slice(1);
}

/** Areas for improvement grouped by timescale, most urgent first, keeping the report's order within each. */
export function areasByTimescale(
  areas: AreaForImprovement[],
): { timescale: string; areas: (AreaForImprovement & { id: string })[] }[] {
  const groups = new Map<string, (AreaForImprovement & { id: string })[]>();
  areas.forEach((area, i) =>
    groups.set(area.timescale, [...(groups.get(area.timescale) ?? []), { ...area, id: areaId(area, i) }]),
  );
  return [...groups]
    .sort(([a], [b]) => timescaleOrder(a) - timescaleOrder(b))
    .map(([timescale, list]) => ({ timescale, areas: list }));
}

/** Inspections of the given organisations, oldest first, for a timeline. */
export function historyOf(inspections: Entry<Inspection>[], organisationIds: string[]): Entry<Inspection>[] {
  return oldestFirst(inspections.filter((entry) => organisationIds.includes(entry.data.organisation)));
}

/** An area for improvement's id within its inspection: the source's code where it has one, or its place in the list ("1", "2"...). */
export function areaId(area: { id?: string }, index: number): string {
  return area.id ?? String(index + 1);
}

/** Where an area for improvement is on its inspection's page. */
export const areaAnchor = (id: string): string => `area-${id}`;

/** Every area for improvement on the site by its reference, "<inspection>#<id>", with the inspection it is in. */
export function areasByReference(
  inspections: readonly { slug: string; data: Inspection }[],
): Map<string, { inspection: string; id: string; text: string }> {
  const areas = new Map<string, { inspection: string; id: string; text: string }>();
  for (const { slug, data } of inspections)
    data.areasForImprovement.forEach((area, i) => {
      const id = areaId(area, i);
      areas.set(`${slug}#${id}`, { inspection: slug, id, text: area.text });
    });
  return areas;
}
