/**
 * The data catalogue's site-wide datasets: every inspection judgement, every decision and motion, and
 * every councillor, as CSV (RFC 4180, CRLF line ends) and JSON holding the same rows. Each dataset
 * has a meaning for every column it emits (the CSV header is made from those meanings, so a column
 * cannot go undocumented), and every row carries the source it stands on. Exempt items are never
 * read here, so an author's confidential notes cannot reach a download. No Astro here.
 */
import type { SiteContent } from '../site/content.ts';
import { csv } from '../shared/csv.ts';
import { frameworks } from '../content-types/inspections/schema.ts';
import { citedDocument } from '../shared/fields.ts';
import { gradeOn, headlineRule, newestFirst } from '../content-types/inspections/model.ts';
import { allDecisions, meetingUrl, outcomeInWords, sortName } from '../content-types/meetings/model.ts';
import { withoutCitations } from '../shared/citations.ts';
import { plural } from '../shared/numbers.ts';
import { chartReferences } from '../content-types/kpis/chart-references.ts';
import { organisationName } from '../content-types/organisations/model.ts';

/** One value of a row: text, a number, or null for nothing (an empty CSV cell, null in JSON). */
export type Cell = string | number | null;

/** The datasets, each at /data/<id>.csv and /data/<id>.json. The content check stops a KPI framework taking one of these ids. */
export const catalogueDatasets = ['judgements', 'decisions', 'members'] as const;
export type CatalogueDataset = (typeof catalogueDatasets)[number];

/** Several values in one cell, in order, separated by "; ". */
const list = (values: string[]): string | null => (values.length > 0 ? values.join('; ') : null);

/** Rows as CSV: a header of the columns in the order they are documented, then one line per row. */
function toCsv<C extends string>(columns: Record<C, string>, rows: Record<C, Cell>[]): string {
  const names = Object.keys(columns) as C[];
  return csv([names, ...rows.map((row) => names.map((name) => row[name]))]);
}

/** Rows as JSON: what the dataset is, what each column means, then the rows (keys in the CSV's column order), with null where the CSV is empty. */
function toJson<C extends string>(
  dataset: CatalogueDataset,
  title: string,
  columns: Record<C, string>,
  rows: Record<C, Cell>[],
): string {
  const names = Object.keys(columns) as C[];
  const ordered = rows.map((row) => Object.fromEntries(names.map((name) => [name, row[name]])));
  return `${JSON.stringify({ dataset, title, columns, rows: ordered }, null, 2)}\n`;
}

/* ------------------------------------------------------------------ judgements */

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

/* ------------------------------------------------------------------ decisions */

/** What each column of decisions.csv means. */
export const decisionColumns = {
  key: "The decision's id on this site: the meeting's file name and the item's id (wnc-cabinet-2023-10-10/item-5), or urgency/ and the file name for an urgency decision",
  title: 'The item or decision as the record titles it',
  date: 'The day of the meeting, or the day the urgency decision was taken (YYYY-MM-DD)',
  body: 'The id of the body that took it, such as wnc-cabinet; urgency for a decision taken by one member under the urgency procedure',
  body_name: 'The body\'s short name, such as Cabinet; "Urgency decision" for an urgency decision',
  kind: 'decision; motion (including opposition priority business); or urgency decision',
  meeting_status:
    'held; scheduled (the meeting, and so the decision, is still to come); cancelled; or taken, for an urgency decision',
  where_taken: 'Where it was taken, in words: the meeting and the minute or agenda item',
  outcome:
    'The outcome in words, such as Approved, Carried as amended, Lost, Referred, or Pending: not yet decided',
  outcome_note: "What a reader must know about the outcome, in Lantern's words; otherwise empty",
  topics: 'The topics it is filed under, by name, separated by "; "; empty when it has none',
  vote_method:
    'For a motion, how the vote was taken as the minutes record it: not recorded, show of hands, recorded vote, without a vote, or not yet held. Empty for other decisions and urgency decisions, for which Lantern records no vote',
  votes_for:
    'Votes for the motion, only when the minutes give the count; empty when they do not (never a guessed 0)',
  votes_against: 'Votes against the motion, only when the minutes give the count; empty when they do not',
  abstentions: 'Abstentions, only when the minutes give the count; empty when they do not',
  vote_source: 'The document and lines the vote counts come from; empty when there are no counts',
  summary:
    "What it was about, in Lantern's own words (citations taken out; the source column says where the record stands)",
  url: "The decision's page on this site",
  meeting_url:
    'The page of the meeting it was taken at; empty for an urgency decision, which is taken outside a meeting',
  source: 'The document and lines where the record of the decision stands (see Sources)',
} as const;
export type DecisionColumn = keyof typeof decisionColumns;

const decisionKinds = { decision: 'decision', motion: 'motion', urgency: 'urgency decision' } as const;

/** One row per decision and motion, including urgency decisions, newest first (the decision register's order). */
export function decisionRows(site: SiteContent): Record<DecisionColumn, Cell>[] {
  const topicName = (id: string) => site.topics.find((t) => t.id === id)?.name ?? id;
  return allDecisions(site).map((decision) => {
    const [prefix, id] = decision.key.split('/') as [string, string];
    const common = {
      key: decision.key,
      title: decision.title,
      date: decision.date,
      body: decision.body,
      body_name: decision.bodyName,
      kind: decisionKinds[decision.kind],
      meeting_status: decision.meetingStatus,
      where_taken: decision.where,
      outcome: outcomeInWords(decision.outcome),
      topics: list(decision.topics.map(topicName)),
      summary: withoutCitations(decision.summary) || null,
      url: decision.url,
    };
    if (decision.kind === 'urgency') {
      const urgent = site.urgencyDecisions.find((u) => u.slug === id)!.data;
      return {
        ...common,
        outcome_note: null,
        vote_method: null,
        votes_for: null,
        votes_against: null,
        abstentions: null,
        vote_source: null,
        meeting_url: null,
        source: urgent.source,
      };
    }
    const item = site.meetings.find((m) => m.slug === prefix)!.data.items.find((i) => i.id === id)!;
    const vote = item.motion?.vote;
    return {
      ...common,
      outcome_note: item.outcomeNote ?? null,
      vote_method: vote?.method ?? null,
      votes_for: vote?.for ?? null,
      votes_against: vote?.against ?? null,
      abstentions: vote?.abstentions ?? null,
      vote_source: vote?.source ?? null,
      meeting_url: meetingUrl(prefix),
      source: item.source,
    };
  });
}

export const decisionsCsv = (site: SiteContent): string => toCsv(decisionColumns, decisionRows(site));
export const decisionsJson = (site: SiteContent): string =>
  toJson('decisions', 'Decisions and motions', decisionColumns, decisionRows(site));

/* ------------------------------------------------------------------ members */

/** What each column of members.csv means. Lantern holds no party, ward or contact details, so there are none. */
export const memberColumns = {
  id: "The member's id on this site, as in their page address",
  name: 'The name as the council publishes it, without "Councillor"',
  aliases: 'Other ways the sources write the name, separated by "; "; empty when there are none',
  post_nominals: 'Letters after the name, such as BEM; otherwise empty',
  organisation: 'The id of the council the member sits on',
  organisation_name: 'The name of the council the member sits on',
  roles:
    'Roles the sources show the member holding, separated by "; ", each with when: (as at YYYY-MM-DD) for the day a source shows it, or (from ... to ...); empty when the sources show none',
  role_sources: 'The document and lines each role comes from, in the same order, separated by "; "',
  member_url: "The member's page on this site",
  source: 'The document and line of the member list the member comes from (see Sources)',
} as const;
export type MemberColumn = keyof typeof memberColumns;

/** One row per member, by surname, as the list of councillors orders them. */
export function memberRows(site: SiteContent): Record<MemberColumn, Cell>[] {
  const when = (role: { from?: string; to?: string; asAt?: string }) => {
    if (role.from || role.to)
      return ` (${[role.from && `from ${role.from}`, role.to && `to ${role.to}`].filter(Boolean).join(' ')})`;
    return role.asAt ? ` (as at ${role.asAt})` : '';
  };
  return [...site.members]
    .sort((a, b) => sortName(a).localeCompare(sortName(b)))
    .map((member) => ({
      id: member.id,
      name: member.name,
      aliases: list(member.aliases),
      post_nominals: member.postNominals ?? null,
      organisation: member.organisation,
      organisation_name: organisationName(site.organisations, member.organisation),
      roles: list(member.roles.map((role) => `${role.title}${when(role)}`)),
      role_sources: list(member.roles.map((role) => role.source)),
      member_url: `/members/${member.id}/`,
      source: member.source,
    }));
}

export const membersCsv = (site: SiteContent): string => toCsv(memberColumns, memberRows(site));
export const membersJson = (site: SiteContent): string =>
  toJson('members', 'Councillors', memberColumns, memberRows(site));

/** The documents a dataset's rows cite, each once, in the order first cited: for "where the rows come from". */
export function citedDocuments(rows: Record<string, Cell>[], column = 'source'): string[] {
  return [
    ...new Set(
      rows
        .map((row) => row[column])
        .filter((value): value is string => typeof value === 'string')
        .map(citedDocument),
    ),
  ];
}

/** A page of the site that shows a dataset. */
export interface ShownOn {
  title: string;
  url: string;
}

/** Finance tables and risk registers, each with the plan or report that shows it. */
export function tablesInCatalogue(site: SiteContent) {
  const shownIn = (kind: 'finance' | 'risks', id: string): ShownOn | undefined => {
    const plan = site.plans.find((p) => p.data[kind].includes(id));
    return plan && { title: plan.data.title, url: `/plans/${plan.slug}/` };
  };
  return [
    ...site.finance.map(({ data }) => ({
      kind: 'finance' as const,
      id: data.id,
      title: data.title,
      organisation: data.organisation,
      holds: `${data.rows.length} lines, ${data.period}`,
      source: data.source,
      shownOn: shownIn('finance', data.id),
    })),
    ...site.risks.map(({ data }) => ({
      kind: 'risks' as const,
      id: data.id,
      title: data.title,
      organisation: data.organisation,
      holds: plural(data.risks.length, 'risk'),
      source: data.source,
      shownOn: shownIn('risks', data.id),
    })),
  ];
}

/** Charts of other figures, each with the plan or report whose body draws it. */
export function chartsInCatalogue(site: SiteContent) {
  const documents = [
    ...site.plans.map((p) => ({ entry: p, url: `/plans/${p.slug}/` })),
    ...site.selfEvaluations.map((e) => ({ entry: e, url: `/self-evaluations/${e.slug}/` })),
  ];
  const drawnIn = (id: string): ShownOn | undefined => {
    const found = documents.find(({ entry }) =>
      chartReferences(entry.body).some((chart) => chart.kind === 'spec' && chart.id === id),
    );
    return found && { title: found.entry.data.title, url: found.url };
  };
  return site.charts.map(({ data }) => ({ ...data, shownOn: drawnIn(data.id) }));
}
