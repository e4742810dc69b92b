/** Mistakes an author makes in meetings and urgency decisions stop the load with the file, the name and the candidates. */
import { describe, expect, it } from 'vitest';
import { problemsAfter } from '../support/problems.ts';

const meeting = 'content/meetings/test-council-2023-09-28.md';
const scheduled = 'content/meetings/test-council-2023-12-07.md';
const urgent = 'content/urgency-decisions/test-urgent-2023-11-01.md';

describe('names and references in council business', () => {
  it('an initial that matches two members names both candidates', () => {
    const problems = problemsAfter((f) =>
      f.edit(meeting, (t) => t.replace('seconder: "Zoe Smith"', 'seconder: "Z Smith"')),
    );
    expect(problems).toEqual([
      {
        file: meeting,
        field: 'items → 1 (minute-1) → seconder',
        expected: 'a name that matches exactly one member (write the first name as well)',
        found: '"Z Smith", which could be Zoe Smith or Zach Smith',
      },
    ]);
  });

  it('a member who does not exist is named with the field it is in', () => {
    const problems = problemsAfter((f) =>
      f.edit(meeting, (t) => t.replace('proposer: "Zach Smith"', 'proposer: "Zed Smyth"')),
    );
    expect(problems).toEqual([
      {
        file: meeting,
        field: 'items → 2 (minute-2) → motion → proposer',
        expected: 'the name of a member in data/members.json, or their id',
        found: '"Zed Smyth", which matches no member',
      },
    ]);
  });

  it('a name in the attendance list that matches no member', () => {
    const problems = problemsAfter((f) =>
      f.edit(meeting, (t) =>
        t.replace('apologies: ["Zach Smith"]', 'apologies: ["Zach Smith", "Grace Hopper"]'),
      ),
    );
    expect(problems).toContainEqual({
      file: meeting,
      field: 'attendance → apologies → 2',
      expected: 'the name of a member in data/members.json, or their id',
      found: '"Grace Hopper", which matches no member',
    });
  });

  it('a vote tally the minutes do not give is refused', () => {
    const problems = problemsAfter((f) =>
      f.edit(meeting, (t) =>
        t.replace(
          '    outcome: referred',
          '      vote:\n        method: not recorded\n        for: 40\n        against: 12\n    outcome: referred',
        ),
      ),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: meeting,
        field: 'items → 2 → motion → vote → method',
        found: '"not recorded"',
        expected: expect.stringContaining('never record a tally the minutes do not give'),
      }),
    );
  });

  it('a meeting not yet held cannot have decided anything', () => {
    const problems = problemsAfter((f) =>
      f.edit(scheduled, (t) => t.replace('outcome: pending', 'outcome: approved')),
    );
    expect(problems).toEqual([
      {
        file: scheduled,
        field: 'items → 2 → outcome',
        expected: 'pending, because the meeting has not been held yet',
        found: '"approved"',
      },
    ]);
  });

  it('an urgency decision reported to an item that does not exist', () => {
    const problems = problemsAfter((f) => f.edit(urgent, (t) => t.replace('item: item-2', 'item: item-9')));
    expect(problems).toEqual([
      {
        file: urgent,
        field: 'reportedTo → 1 → item',
        expected: `the id of an item of ${scheduled} (item-1, item-2)`,
        found: '"item-9"',
      },
    ]);
  });

  it('a topic that is not in the list of topics', () => {
    const problems = problemsAfter((f) =>
      f.edit(meeting, (t) => t.replace('topics: [housing, money]', 'topics: [housing, parking]')),
    );
    expect(problems).toEqual([
      {
        file: meeting,
        field: 'items → 1 (minute-1) → topics → 2',
        expected: 'a topic id in data/topics.json (housing, money)',
        found: '"parking"',
      },
    ]);
  });

  it('a referral to a body that does not exist', () => {
    const problems = problemsAfter((f) =>
      f.edit(meeting, (t) => t.replace('referTo: test-cabinet', 'referTo: test-scrutiny')),
    );
    expect(problems).toEqual([
      {
        file: meeting,
        field: 'items → 2 (minute-2) → motion → procedural → 1 → referTo',
        expected: 'the id of a body in data/bodies.json (test-council, test-cabinet)',
        found: '"test-scrutiny"',
      },
    ]);
  });
});
