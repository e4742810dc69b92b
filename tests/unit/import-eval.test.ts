/** Measuring a draft against the hand-written file: what `npm run import:eval` reports. */
import { describe, expect, it } from 'vitest';
import { loadSite } from '../../src/site/load.ts';
import { precision, recall, scoreInspection, scoreMeeting, scoreTable } from '../../src/import/evaluate.ts';
import type { MeetingDraft } from '../../src/import/minutes.ts';
import type { InspectionDraft } from '../../src/import/inspection.ts';
import { fixturePaths } from '../support/fixtures.ts';

const site = loadSite(fixturePaths());
const handWritten = site.inspections.find((i) => i.data.judgementGroups.length > 0)!.data;
/** The hand-written inspection as a perfect draft would give it. */
const perfect = (): InspectionDraft['data'] =>
  JSON.parse(
    JSON.stringify({
      ...handWritten,
      judgementGroups: handWritten.judgementGroups.map((g) => ({
        title: g.title,
        judgements: g.judgements.map((j) => ({ ...j, from: 'text' })),
      })),
    }),
  ) as InspectionDraft['data'];
const score = (draft: InspectionDraft['data'], field: string) =>
  scoreInspection(handWritten, draft).find((s) => s.field === field)!;

describe('scoring a draft inspection', () => {
  it('gives a perfect draft 100% on every field', () => {
    for (const s of scoreInspection(handWritten, perfect())) {
      expect(precision(s), s.field).toBe(1);
      expect(recall(s), s.field).toBe(1);
    }
  });

  it('counts a missed judgement against recall, a wrong grade against both, and a citation three lines off as wrong', () => {
    const draft = perfect();
    const judgements = draft.judgementGroups[0]!.judgements;
    expect(judgements.length).toBeGreaterThan(1);
    judgements.pop();
    judgements[0]!.grade = judgements[0]!.grade === 'Good' ? 'Inadequate' : 'Good';
    judgements[0]!.source = judgements[0]!.source.replace(/L(\d+)/, (_, n: string) => `L${Number(n) + 3}`);
    const total = handWritten.judgementGroups[0]!.judgements.length;
    expect(score(draft, 'judgements')).toMatchObject({
      expected: total,
      drafted: total - 1,
      right: total - 1,
    });
    expect(score(draft, 'grades')).toMatchObject({ right: total - 2 });
    const cited = score(draft, 'citations (within 2 lines)');
    expect(cited.right).toBe(cited.expected - 2);
  });

  it('counts a gap as nothing drafted, not as a wrong value', () => {
    const draft = { ...perfect(), organisation: 'FILL IN: the organisation inspected' };
    expect(score(draft, 'organisation')).toEqual({
      field: 'organisation',
      expected: 1,
      drafted: 0,
      right: 0,
    });
  });

  it('prints a table with precision and recall for each field', () => {
    const table = scoreTable([{ document: 'Test report', scores: scoreInspection(handWritten, perfect()) }]);
    expect(table.split('\n')[0]).toBe(
      '| Document | Field | Hand-written | Drafted | Right | Precision | Recall |',
    );
    expect(table).toContain('| Test report | grades |');
  });
});

describe('scoring a draft meeting', () => {
  const meeting = site.meetings.find((m) => m.data.attendance && m.data.items.some((i) => i.motion))!.data;
  const draftOf = () => JSON.parse(JSON.stringify(meeting)) as MeetingDraft['data'];
  const field = (draft: MeetingDraft['data'], name: string) =>
    scoreMeeting(meeting, draft, site.members).find((s) => s.field === name)!;

  it('gives the hand-written meeting itself 100% on every field', () => {
    for (const s of scoreMeeting(meeting, draftOf(), site.members)) {
      expect(precision(s), s.field).toBe(1);
      expect(recall(s), s.field).toBe(1);
    }
  });

  it('counts a missed item, a wrong outcome, a gap for a member and a proposer who is someone else', () => {
    const draft = draftOf();
    const motion = draft.items.find((i) => i.motion)!;
    const dropped = draft.items.find((i) => i !== motion)!;
    draft.items = draft.items.filter((i) => i !== dropped);
    motion.outcome = motion.outcome === 'lost' ? 'carried' : 'lost';
    draft.attendance!.present[0] = 'FILL IN: which member';
    const other = site.members.find((m) => m.name !== motion.motion!.proposer)!;
    motion.motion!.proposer = other.name;
    expect(field(draft, 'items')).toMatchObject({
      expected: meeting.items.length,
      right: meeting.items.length - 1,
    });
    expect(field(draft, 'outcomes').right).toBe(meeting.items.length - 2);
    const attendance = field(draft, 'attendance');
    expect(attendance.drafted).toBe(attendance.expected - 1);
    const people = field(draft, 'motions: proposers, seconders, movers');
    expect(people.right).toBe(people.expected - 1);
  });
});
