/** Importing minutes and a summary of decisions: what the draft meeting holds, and what it leaves to the author. */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadSite } from '../../src/site/load.ts';
import { readDocument, textLines } from '../../src/import/document.ts';
import { draftMeeting, looksLikeMinutes } from '../../src/import/minutes.ts';
import { clockOf, councillorName, outcomeOf, voteIn } from '../../src/import/meeting-parts.ts';
import { isGap } from '../../src/shared/gaps.ts';
import { fixturePaths, projectRoot } from '../support/fixtures.ts';

const site = loadSite(fixturePaths());
const draftOf = async (name: string) =>
  draftMeeting((await readDocument(join(projectRoot, 'tests/fixtures/import', name))).lines, {
    sourceId: 'doc',
    bodies: site.bodies,
    members: site.members,
  });

describe('the words of minutes', () => {
  it('reads times, names and outcomes as minutes write them', () => {
    expect(clockOf('at 5.00 pm')).toBe('17:00');
    expect(clockOf('at 10.30am')).toBe('10:30');
    expect(clockOf('at 12 noon')).toBeUndefined();
    expect(councillorName('Councillor John Shephard (Chairman)')).toBe('John Shephard');
    expect(outcomeOf('Upon requisition of a vote, the motion as amended was carried.')).toBe(
      'carried-as-amended',
    );
    expect(outcomeOf('Upon a vote, the motion was lost.')).toBe('lost');
    expect(
      outcomeOf('the proposal to refer the motion to the Place Overview and Scrutiny Committee was carried'),
    ).toBe('referred');
    expect(outcomeOf('Cabinet agreed the Plan and recommend the Plan to Council for approval.')).toBe(
      'recommended-to-council',
    );
    expect(outcomeOf('This item was withdrawn from the agenda.')).toBe('withdrawn');
    expect(outcomeOf('Members discussed the report.')).toBeUndefined();
  });
});

describe("a council meeting's minutes", () => {
  it('finds the body, date, times and venue', async () => {
    expect((await draftOf('testshire-council-minutes.txt')).data).toMatchObject({
      body: 'test-council',
      date: '2024-03-14',
      start: '19:00',
      end: '20:35',
      venue: 'Testshire Town Hall, Testbury, TE1 1ST',
      status: 'held',
    });
  });

  it('takes attendance as printed, and leaves a name that matches no member as a gap saying so', async () => {
    const { data, unresolved } = await draftOf('testshire-council-minutes.txt');
    expect(data.attendance!.present).toEqual(['Ada Lovelace', 'Zoe Smith', 'André González De Savage']);
    expect(data.attendance!.apologies[0]).toBe('Zach Smith');
    expect(data.attendance!.apologies[1]).toBe(
      'FILL IN: a member in data/members.json: the minutes say "Grace Hopper", which matches none',
    );
    expect(data.attendance!.source).toBe('doc L7-16');
    expect(unresolved).toContain('Grace Hopper');
  });

  it('never takes an officer line it cannot split for a role, so no junior officer is named', () => {
    const lines = textLines(
      [
        'Minutes of a meeting of the Council held at the Hall on 1 May 2024 at 7.00 pm.',
        'Officers:',
        'Alex Clerk, Committee Officer',
        'Robin Helper',
        '12. Urgent Business',
        'None advised.',
        '13. Close',
      ].join('\n'),
    );
    const { officers } = draftMeeting(lines, {
      sourceId: 'doc',
      bodies: site.bodies,
      members: site.members,
    }).data;
    expect(officers[0]).toEqual({ role: 'Committee Officer' });
    expect(isGap(officers[1]!.role)).toBe(true);
    expect(JSON.stringify(officers)).not.toMatch(/Robin|Alex/);
  });

  it('names senior officers and gives other staff by role only', async () => {
    expect((await draftOf('testshire-council-minutes.txt')).data.officers).toEqual([
      { name: 'Jane Example', role: 'Chief Executive' },
      { role: 'Democratic Services Officer' },
    ]);
  });

  it('counts the public speakers and gives what they spoke about, never who they were', async () => {
    const draft = await draftOf('testshire-council-minutes.txt');
    expect(draft.data.publicParticipation).toMatchObject({ petitions: 0, speakers: 2, source: 'doc L27-35' });
    const all = JSON.stringify(draft);
    expect(all).not.toContain('Pat Resident');
    expect(all).not.toContain('Lee Neighbour');
    expect(draft.data.publicParticipation!.subjects[1]).toContain('“the library”');
  });

  it('lists the minutes in order, a minute of motions as one item each, with kinds, outcomes and citations', async () => {
    const items = (await draftOf('testshire-council-minutes.txt')).data.items;
    expect(items.map((i) => [i.id, i.kind, i.outcome, i.source])).toEqual([
      ['minute-21', 'declarations', 'none', 'doc L23-25'],
      ['minute-22', 'public-participation', 'none', 'doc L27-35'],
      ['minute-23', 'report', 'agreed', 'doc L37-48'],
      ['minute-24-1', 'motion', 'carried-as-amended', 'doc L52-62'],
      ['minute-24-2', 'motion', 'lost', 'doc L64-70'],
      ['minute-25', 'urgent-business', 'none', 'doc L72-74'],
    ]);
    expect(items[2]!.resolution.map((r) => r.label)).toEqual(['a', 'b']);
    expect(items[2]!.resolution.every((r) => isGap(r.text))).toBe(true);
  });

  it('gives a motion its proposer, seconder and amendment, and never guesses between two members', async () => {
    const items = (await draftOf('testshire-council-minutes.txt')).data.items;
    const first = items[3]!.motion!;
    expect(first.proposer).toBe(
      'FILL IN: which member: the minutes say "Z Smith", which could be Zoe Smith or Zach Smith',
    );
    expect(first.seconder).toBe('Gonzalez de Savage');
    expect(first.amendments).toEqual([
      expect.objectContaining({ mover: 'Lovelace', acceptedByProposer: true, source: 'doc L58' }),
    ]);
    expect(first.vote).toEqual({ method: 'not recorded' });
    expect(items[4]!.motion!.seconder).toContain('"Hopper", which matches none');
  });
});

describe('a summary of the decisions an executive took', () => {
  it('gives the call-in dates, cited, and each agenda item with its outcome', async () => {
    const { data } = await draftOf('testshire-cabinet-decisions.txt');
    expect(data).toMatchObject({
      body: 'test-cabinet',
      date: '2024-03-12',
      decisionNotice: {
        published: '2024-03-12',
        callInDeadline: '2024-03-19',
        earliestImplementation: '2024-03-20',
        notSubjectToCallIn: 'None',
        source: 'doc L4-7',
      },
    });
    expect(isGap(data.venue)).toBe(true);
    expect(data.items.map((i) => [i.id, i.title, i.kind, i.outcome])).toEqual([
      ['item-4', 'Minutes', 'minutes', 'agreed'],
      ['item-6', 'Library Opening Hours', 'decision', 'approved'],
      // A title the document put on the line after "Agenda Item 7".
      ['item-7', 'Budget Monitoring Report', 'report', 'noted'],
    ]);
  });
});

describe('documents that are not minutes', () => {
  it('an inspection report gives no items', async () => {
    expect(looksLikeMinutes(await draftOf('testshire-ilacs-2024.txt'))).toBe(false);
    expect(looksLikeMinutes(await draftOf('testshire-council-minutes.txt'))).toBe(true);
  });
});

describe('a document’s words are only text', () => {
  it('keeps no HTML or script from a document in a draft', () => {
    const lines = textLines(
      [
        'Minutes of a meeting of the Council held at the Hall on 1 May 2024 at 7.00 pm.',
        '',
        '12. Parks <b>Strategy</b><script>alert("x")</script>',
        '',
        'RESOLVED: <img src=x onerror=alert(1)>Council approved the strategy.',
        '',
        '13. Urgent Business',
        '',
        'None advised.',
      ].join('\n'),
    );
    const draft = draftMeeting(lines, { sourceId: 'doc', bodies: site.bodies, members: site.members });
    expect(draft.data.items[0]!.title).toBe('Parks Strategy');
    const all = JSON.stringify(draft.data);
    expect(all).not.toMatch(/<\/?(script|b|img)\b/);
    expect(draft.data.items[0]!.outcome).toBe('approved');
  });
});

describe('declarations and exempt items', () => {
  it('records who declared an interest, and the interest for the author to put in their own words', () => {
    const lines = textLines(
      [
        'Minutes of a meeting of the Council held at the Hall on 1 May 2024 at 7.00 pm.',
        '1. Declarations of Interest',
        'Councillor Lovelace declared a personal interest in minute 2 as a member of the Audit Committee.',
        '2. Audit Report',
        'RESOLVED: Council noted the report.',
      ].join('\n'),
    );
    const [declarations] = draftMeeting(lines, {
      sourceId: 'doc',
      bodies: site.bodies,
      members: site.members,
    }).data.items;
    expect(declarations!.declarations).toEqual([
      {
        member: 'Lovelace',
        interest:
          'FILL IN: the interest as declared, in your own words: “personal interest in minute 2 as a member of the Audit Committee”',
      },
    ]);
    expect(declarations!.outcome).toBe('none');
  });

  it('lists an exempt appendix by title, with the reason only as the document gives it, never its content', async () => {
    const lines = textLines(
      [
        '**Summary of the decisions taken at the meeting of the',
        'Cabinet held on Tuesday 12 March 2024**',
        '1. Date of publication of this summary: 12/03/2024',
        '2. Deadline for requests for call-in: 19/03/2024',
        '3. Earliest date for implementation of decisions: 20/03/2024',
        '4. Urgent decisions taken and not subject to the call-in procedure: None',
        '<p>Agenda Item 9 Sale of the Old Depot</p>\t<p>RESOLVED: Cabinet approved the sale at the price in exempt Appendix A.</p>',
        '<p>Agenda Item 10 Staffing</p>\t<p>RESOLVED: Cabinet approved Appendix B (exempt) under paragraph 1 of Part 1 of Schedule 12A.</p>',
      ].join('\n'),
    );
    const items = draftMeeting(lines, { sourceId: 'doc', bodies: site.bodies, members: site.members }).data
      .items;
    expect(items[0]!.exempt).toEqual([
      {
        title: 'Appendix A: Sale of the Old Depot',
        reason: 'FILL IN: why it is exempt, as the document gives it; where it gives none, say so',
      },
    ]);
    expect(items[1]!.exempt).toEqual([
      { title: 'Appendix B: Staffing', reason: 'information about a particular person', paragraph: 1 },
    ]);
  });
});

describe('the vote on a motion', () => {
  const vote = (...text: string[]) => voteIn(textLines(text.join('\n')), 'doc');

  it('gives the counts the minutes give, cited, and how the vote was taken where they say', () => {
    expect(vote('On a recorded vote, 32 for, 20 against and 3 abstentions, the motion was carried.')).toEqual(
      {
        method: 'recorded vote',
        for: 32,
        against: 20,
        abstentions: 3,
        source: 'doc L1',
      },
    );
    expect(vote('On a show of hands the motion was lost.', 'For: 12', 'Against: 30')).toEqual({
      method: 'show of hands',
      for: 12,
      against: 30,
      source: 'doc L2, L3',
    });
  });

  it('leaves how it was taken as a gap when the minutes give counts but not that', () => {
    expect(isGap(vote('The motion was carried, 40 votes for and 10 against.').method)).toBe(true);
  });

  it('says "not recorded" when the minutes give no numbers, never a tally of its own', () => {
    expect(vote('Upon a vote, the motion was lost.')).toEqual({ method: 'not recorded' });
  });
});
