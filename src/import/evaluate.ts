/**
 * How close a draft comes to what an author wrote by hand, field by field: of what the draft gives,
 * how much is right (precision), and of what the author wrote, how much the draft found (recall).
 * A citation counts as right within two lines of the author's. Used by `npm run import:eval`.
 */
import { citedDocument } from '../shared/fields.ts';
import { isGap } from '../shared/gaps.ts';
import type { Inspection } from '../content-types/inspections/schema.ts';
import type { InspectionDraft } from './inspection.ts';
import type { MeetingDraft } from './minutes.ts';
import type { Meeting } from '../content-types/meetings/schema.ts';
import type { Member } from '../content-types/members/schema.ts';
import { resolveMember } from '../content-types/members/names.ts';

export interface FieldScore {
  field: string;
  /** How many the hand-written file has, and the draft. */
  expected: number;
  drafted: number;
  /** How many of the draft's are right. */
  right: number;
}

export const precision = (s: FieldScore): number =>
  s.drafted === 0 ? (s.expected === 0 ? 1 : 0) : s.right / s.drafted;
export const recall = (s: FieldScore): number => (s.expected === 0 ? 1 : s.right / s.expected);

const normal = (text: string) =>
  text
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** The first line a citation names: "doc L92, L363" → 92 (pages count as lines of their own). */
function firstLine(reference: string): number | undefined {
  const place = reference.slice(citedDocument(reference).length + 1).split(', ')[0] ?? '';
  const match = /^[Lp](\d+)/.exec(place);
  return match ? Number(match[1]) : undefined;
}

/** A draft's data with every gap filled as an author would, with words of their own: for checking that nothing else stops it. */
export function withGapsFilled(value: unknown): unknown {
  if (isGap(value)) return 'Written by the author.';
  if (Array.isArray(value)) return value.map(withGapsFilled);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withGapsFilled(v)]));
  return value;
}

/** Whether two citations name the same place, give or take two lines. */
export function nearby(a: string, b: string): boolean {
  const [x, y] = [firstLine(a), firstLine(b)];
  return x !== undefined && y !== undefined && Math.abs(x - y) <= 2;
}

/** Pairs each expected item with a drafted one that `same` accepts, each used once, in order. */
function pairs<E, D>(expected: readonly E[], drafted: readonly D[], same: (e: E, d: D) => boolean): [E, D][] {
  const left = [...drafted];
  return expected.flatMap((e) => {
    const at = left.findIndex((d) => same(e, d));
    return at === -1 ? [] : [[e, left.splice(at, 1)[0]!] as [E, D]];
  });
}

/** A drafted inspection against the hand-written one of the same report. */
export function scoreInspection(handWritten: Inspection, draft: InspectionDraft['data']): FieldScore[] {
  const wantedJudgements = handWritten.judgementGroups.flatMap((g) => g.judgements);
  const draftedJudgements = draft.judgementGroups.flatMap((g) => g.judgements);
  const judged = pairs(wantedJudgements, draftedJudgements, (e, d) => normal(e.area) === normal(d.area));
  const graded = judged.filter(([e, d]) => e.grade === d.grade);
  const areas = pairs(handWritten.areasForImprovement, draft.areasForImprovement, (e, d) =>
    nearby(e.source, d.source),
  );
  const timed = areas.filter(([e, d]) => e.timescale === d.timescale);
  const cited = [
    ...judged.filter(([e, d]) => nearby(e.source, d.source)),
    ...areas,
    ...(nearby(handWritten.dates.source, draft.dates.source) ? [1] : []),
  ];
  const one = (field: string, wanted: unknown, got: unknown): FieldScore => ({
    field,
    expected: 1,
    drafted: got === undefined || isGap(got) ? 0 : 1,
    right: JSON.stringify(wanted) === JSON.stringify(got) ? 1 : 0,
  });
  return [
    one('framework', handWritten.framework, draft.framework),
    one('organisation', handWritten.organisation, draft.organisation),
    one('inspectorates', handWritten.inspectorates, draft.inspectorates),
    one(
      'dates',
      [handWritten.dates.start, handWritten.dates.end, handWritten.dates.published],
      [draft.dates.start, draft.dates.end, draft.dates.published],
    ),
    one('grading scale', handWritten.scale, draft.scale),
    {
      field: 'judgements',
      expected: wantedJudgements.length,
      drafted: draftedJudgements.length,
      right: judged.length,
    },
    {
      field: 'grades',
      expected: wantedJudgements.length,
      drafted: draftedJudgements.length,
      right: graded.length,
    },
    {
      field: 'areas for improvement',
      expected: handWritten.areasForImprovement.length,
      drafted: draft.areasForImprovement.length,
      right: areas.length,
    },
    {
      field: 'their timescales',
      expected: handWritten.areasForImprovement.length,
      drafted: draft.areasForImprovement.length,
      right: timed.length,
    },
    {
      field: 'citations (within 2 lines)',
      expected: wantedJudgements.length + handWritten.areasForImprovement.length + 1,
      drafted: draftedJudgements.length + draft.areasForImprovement.length + 1,
      right: cited.length,
    },
  ];
}

/** A drafted meeting against the hand-written one from the same minutes or summary of decisions. */
export function scoreMeeting(
  handWritten: Meeting,
  draft: MeetingDraft['data'],
  members: Member[],
): FieldScore[] {
  const who = (name: string | undefined) => {
    if (!name || isGap(name)) return undefined;
    const resolution = resolveMember(name, members);
    return 'member' in resolution ? resolution.member.id : undefined;
  };
  const items = pairs(handWritten.items, draft.items, (e, d) => e.id === d.id);
  const outcomes = items.filter(([e, d]) => e.outcome === d.outcome);
  const attendance = (a: { present: string[]; apologies: string[] } | undefined) => [
    ...(a?.present ?? []).map((n) => `present ${who(n) ?? n}`),
    ...(a?.apologies ?? []).map((n) => `apologies ${who(n) ?? n}`),
  ];
  const wantedAttendance = attendance(handWritten.attendance);
  const draftedAttendance = attendance(draft.attendance).filter((a) => !a.includes('FILL IN'));
  const attended = pairs(wantedAttendance, draftedAttendance, (e, d) => e === d);
  const people = (
    motion:
      | {
          proposer: string;
          seconder?: string;
          amendments: { mover: string; seconder?: string }[];
          procedural: { mover: string; seconder?: string }[];
        }
      | undefined,
  ) =>
    motion
      ? [
          motion.proposer,
          motion.seconder,
          ...motion.amendments.flatMap((a) => [a.mover, a.seconder]),
          ...motion.procedural.flatMap((p) => [p.mover, p.seconder]),
        ]
      : [];
  const wantedPeople = items.flatMap(([e, d]) =>
    people(e.motion).map((name, i) => [name, people(d.motion)[i]] as const),
  );
  const motionPeople = handWritten.items.flatMap((i) => people(i.motion)).filter(Boolean).length;
  const draftedPeople = draft.items.flatMap((i) => people(i.motion)).filter((n) => n && !isGap(n)).length;
  const rightPeople = wantedPeople.filter(([e, d]) => e && who(e) !== undefined && who(e) === who(d)).length;
  // Exempt appendices by their letter ("Appendix A"): only their titles and reasons are ever published.
  const letters = (exempt: { title: string }[] | undefined) =>
    (exempt ?? []).map((e) => /appendix ([A-Z0-9]+)/i.exec(e.title)?.[1]?.toUpperCase() ?? e.title);
  const exemptWanted = handWritten.items.flatMap((i) => letters(i.exempt).map((l) => `${i.id} ${l}`));
  const exemptDrafted = draft.items.flatMap((i) => letters(i.exempt).map((l) => `${i.id} ${l}`));
  const exemptRight = pairs(exemptWanted, exemptDrafted, (e, d) => e === d);
  const notice = handWritten.decisionNotice;
  const callIn = notice
    ? ([
        [notice.published, draft.decisionNotice?.published],
        [notice.callInDeadline, draft.decisionNotice?.callInDeadline],
        [notice.earliestImplementation, draft.decisionNotice?.earliestImplementation],
      ] as const)
    : [];
  const cited = [
    ...items.filter(([e, d]) => nearby(e.source, d.source)),
    ...(handWritten.attendance &&
    draft.attendance &&
    nearby(handWritten.attendance.source, draft.attendance.source)
      ? [1]
      : []),
    ...(notice && draft.decisionNotice && nearby(notice.source, draft.decisionNotice.source) ? [1] : []),
  ];
  return [
    { field: 'items', expected: handWritten.items.length, drafted: draft.items.length, right: items.length },
    {
      field: 'outcomes',
      expected: handWritten.items.length,
      drafted: draft.items.filter((i) => !isGap(i.outcome)).length,
      right: outcomes.length,
    },
    {
      field: 'attendance',
      expected: wantedAttendance.length,
      drafted: draftedAttendance.length,
      right: attended.length,
    },
    {
      field: 'motions: proposers, seconders, movers',
      expected: motionPeople,
      drafted: draftedPeople,
      right: rightPeople,
    },
    {
      field: 'exempt appendices',
      expected: exemptWanted.length,
      drafted: exemptDrafted.length,
      right: exemptRight.length,
    },
    {
      field: 'call-in dates',
      expected: callIn.length,
      drafted: callIn.filter(([, d]) => d && !isGap(d)).length,
      right: callIn.filter(([e, d]) => e === d).length,
    },
    {
      field: 'citations (within 2 lines)',
      expected: handWritten.items.length + (handWritten.attendance ? 1 : 0) + (notice ? 1 : 0),
      drafted: draft.items.length + (draft.attendance ? 1 : 0) + (draft.decisionNotice ? 1 : 0),
      right: cited.length,
    },
  ];
}

/** The scores as a table in Markdown, for the terminal and the README. */
export function scoreTable(rows: { document: string; scores: FieldScore[] }[]): string {
  const percent = (n: number) => `${Math.round(n * 100)}%`;
  const lines = [
    '| Document | Field | Hand-written | Drafted | Right | Precision | Recall |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const { document, scores } of rows)
    // A field neither the hand-written file nor the draft has (no attendance in a summary of decisions) is left out.
    for (const s of scores.filter((s) => s.expected > 0 || s.drafted > 0))
      lines.push(
        `| ${document} | ${s.field} | ${s.expected} | ${s.drafted} | ${s.right} | ${percent(precision(s))} | ${percent(recall(s))} |`,
      );
  return lines.join('\n');
}
