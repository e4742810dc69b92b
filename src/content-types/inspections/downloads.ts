/** Every inspection judgement as the catalogue's judgements dataset (/data/judgements.csv and .json). */
import type { SiteContent } from '../../site/content.ts';
import { list, toCsv, toJson, type Cell } from '../../publish/catalogue.ts';
import { frameworks } from './schema.ts';
import { areaAnchor, gradeOn, headlineRule, newestFirst } from './model.ts';
import { latestFinding, progressRows, ratingsInWords } from './progress.ts';
import { changeOverYears, latestInWords } from '../kpis/model.ts';
import { organisationName } from '../organisations/model.ts';

/** What each column of judgements.csv means. */
export const judgementColumns = {
  inspection: "The inspection's id on this site: the name of its file, as in its page address",
  inspection_title: "The inspection's title on this site",
  inspection_url: "The inspection's page on this site",
  organisation: 'The id of the organisation inspected',
  organisation_name: 'The name of the organisation inspected',
  inspectorates: 'Who inspected: ids, separated by "; " when more than one inspectorate took part',
  inspectorate_names: 'Who inspected, by name, in the same order',
  framework: 'The id of the inspection framework, such as ilacs or fostering-agency',
  framework_name: 'The inspection framework in words',
  inspection_start:
    'The first day inspectors were on site (YYYY-MM-DD); empty when the sources do not give it',
  inspection_end: 'The last day inspectors were on site (YYYY-MM-DD); empty when the sources do not give it',
  approximate_date: 'When the sources give only a month or a year: YYYY-MM or YYYY; otherwise empty',
  known_by:
    'When the sources give no date at all: the month or day by which they say the inspection had happened; otherwise empty',
  published: 'The day the report was published (YYYY-MM-DD); empty when the sources do not give it',
  dates_source: 'The document and lines the dates come from',
  scale: 'The id of the grading scale the grade is on',
  group:
    'The group the judgement belongs to, as the inspection page heads it: for example, one council where an inspection judged two',
  area: 'What was judged, as the source names it, such as Overall effectiveness',
  headline:
    'yes for the judgement that sums up the inspection, as its listing gives it: each overall effectiveness judgement, or the first judgement when there is none; otherwise no',
  grade:
    'The grade, word for word as the source gives it. Ungraded visits (monitoring visits, focused visits, joint targeted area inspections) give findings, not grades, so they have no rows',
  grade_rank: 'Where the grade stands on its scale: 1 is the best. Compare ranks only within one scale',
  scale_grades:
    'How many grades the scale has, so a grade_rank of 3 with 4 here means the third of four grades',
  note: 'What a reader must know about this judgement, such as a grade the sources give only in a summary; otherwise empty',
  source: 'The document and line where the judgement stands (see Sources)',
} as const;
export type JudgementColumn = keyof typeof judgementColumns;

/** One row per judgement of every graded inspection, newest inspection first, in the order the inspection page lists them. */
export function judgementRows(site: SiteContent): Record<JudgementColumn, Cell>[] {
  const nameOf = (id: string) => organisationName(site.organisations, id);
  return newestFirst(site.inspections).flatMap(({ slug, data }) => {
    const scale = site.scales.find((s) => s.id === data.scale);
    const isHeadline = headlineRule(data);
    return data.judgementGroups.flatMap((group, groupIndex) =>
      group.judgements.map((judgement, index) => ({
        inspection: slug,
        inspection_title: data.title,
        inspection_url: `/inspections/${slug}/`,
        organisation: data.organisation,
        organisation_name: nameOf(data.organisation),
        inspectorates: list(data.inspectorates),
        inspectorate_names: list(data.inspectorates.map(nameOf)),
        framework: data.framework,
        framework_name: frameworks[data.framework].name,
        inspection_start: data.dates.start ?? null,
        inspection_end: data.dates.end ?? null,
        approximate_date: data.dates.approximate ?? null,
        known_by: data.dates.knownBy ?? null,
        published: data.dates.published ?? null,
        dates_source: data.dates.source,
        scale: data.scale ?? null,
        group: group.title,
        area: judgement.area,
        headline: isHeadline(groupIndex, index) ? 'yes' : 'no',
        grade: judgement.grade,
        grade_rank: scale ? (gradeOn(scale, judgement.grade)?.rank ?? null) : null,
        scale_grades: scale ? scale.grades.length : null,
        note: judgement.note ?? null,
        source: judgement.source,
      })),
    );
  });
}

export const judgementsCsv = (site: SiteContent): string => toCsv(judgementColumns, judgementRows(site));
export const judgementsJson = (site: SiteContent): string =>
  toJson('judgements', 'Inspection judgements', judgementColumns, judgementRows(site));

/** What each column of areas-for-improvement.csv means. */
export const areaColumns = {
  inspection: "The inspection's id on this site: the name of its file, as in its page address",
  inspection_title: "The inspection's title on this site",
  area: "The area's id within its inspection: the report's own code, such as 1a, or its place in the list",
  reference: 'How other files refer to it: the inspection, "#" and the area\'s id',
  text: "What must improve, in this site's words",
  source: 'The document and line where the area for improvement stands (see Sources)',
  accounts: 'How many accounts of what was done a source gives, written under the area (see its page)',
  actions: 'How many improvement actions on this site answer it, as the plans file them',
  action_refs: 'The actions\' references, as their plans print them, separated by "; "',
  delivery: 'How the plans rate those actions for delivery: counts by green, amber, red or not rated',
  outcome: 'How the plans rate those actions for outcome, the same way',
  later_findings: 'How many findings of later inspections and visits on this site speak of it',
  latest_finding:
    "The newest of those findings: the inspection's or visit's date, then the finding in this site's words",
  meeting_items: 'How many meeting items on this site are about it',
  urgency_decisions: 'How many decisions taken under the urgency procedure are about it',
  measures: 'The KPIs on this site that measure it, by id, separated by "; "',
  latest_figures:
    'Each of those KPIs\' latest figure, its status against target and its change since the first whole year on this site, separated by "; "',
  url: "The area on its inspection's page",
} as const;
export type AreaColumn = keyof typeof areaColumns;

/** One row per area for improvement of every inspection, newest inspection first. */
export function areaRows(site: SiteContent): Record<AreaColumn, Cell>[] {
  return newestFirst(site.inspections).flatMap((entry) =>
    progressRows(site, entry).map((row) => {
      const actions = row.progress.actions.map((a) => a.action);
      const latest = latestFinding(row.progress);
      return {
        inspection: entry.slug,
        inspection_title: entry.data.title,
        area: row.id,
        reference: `${entry.slug}#${row.id}`,
        text: row.text,
        source: row.source,
        accounts: row.progress.responses.length,
        actions: actions.length,
        action_refs: list(row.progress.actions.map((a) => a.action.ref)),
        delivery: ratingsInWords(actions, 'ragDelivery') || null,
        outcome: ratingsInWords(actions, 'ragOutcome') || null,
        later_findings: row.progress.findings.length,
        latest_finding: latest ? `${latest.date}: ${latest.finding.text}` : null,
        meeting_items: row.progress.items.length,
        urgency_decisions: row.progress.decisions.length,
        measures: list(row.progress.kpis.map((k) => k.id)),
        latest_figures: list(
          row.progress.kpis.map((k) =>
            [`${k.id}: ${latestInWords(k)}`, changeOverYears(k)].filter(Boolean).join(', over the years '),
          ),
        ),
        url: `/inspections/${entry.slug}/#${areaAnchor(row.id)}`,
      };
    }),
  );
}

export const areasCsv = (site: SiteContent): string => toCsv(areaColumns, areaRows(site));
export const areasJson = (site: SiteContent): string =>
  toJson('areas-for-improvement', 'Areas for improvement and what answers them', areaColumns, areaRows(site));
