/**
 * Bad input at scale: more than fifty ways an author can get a file wrong, each made by breaking one
 * file of the shared fixture. Every one must stop the load with a clear problem that names the file
 * broken, the field, what was expected and what was found; none may crash with only a stack trace
 * (problemsAfter rethrows anything but a ContentError) and none may load as if nothing were wrong.
 */
import { describe, expect, it } from 'vitest';
import { problemsAfter } from '../support/problems.ts';
import type { FixtureCopy } from '../support/fixtures.ts';

interface Breakage {
  /** The file broken, relative to the fixture. */
  file: string;
  what: string;
  /** Text to find and what to put instead; or a whole new text for the file. */
  from?: string | RegExp;
  to?: string;
  write?: string;
}

const inspection = 'content/inspections/testshire-2023-ilacs.md';
const meeting = 'content/meetings/test-council-2023-09-28.md';
const urgent = 'content/urgency-decisions/test-urgent-2023-11-01.md';
const plan = 'content/plans/testshire-plan-2023.mdx';
const selfEvaluation = 'content/self-evaluations/testshire-self-evaluation-2023.mdx';
const version = 'content/young-people/testshire-2023-ilacs.mdx';
const kpis = 'data/kpis/testshire-kpis.json';
const chart = 'data/charts/testshire-spending-2023.json';
const finance = 'data/finance/testshire-budget-2023.json';
const risks = 'data/risks/testshire-risks-2023.json';

const breakages: Breakage[] = [
  // Front matter
  {
    file: inspection,
    what: 'front matter that is not YAML',
    from: 'title: "Inspection',
    to: 'title: [unclosed "Inspection',
  },
  { file: inspection, what: 'no closing front matter fence', from: /\n---\n/, to: '\n' },
  { file: inspection, what: 'a misspelt field', from: 'summary:', to: 'sumary:' },
  { file: inspection, what: 'a required field missing', from: /summary: .*\n/, to: '' },
  { file: inspection, what: 'a list where text belongs', from: /title: ".*"/, to: 'title: [a, b]' },
  { file: meeting, what: 'an unknown meeting status', from: 'status: held', to: 'status: postponed' },
  { file: meeting, what: 'a time not on the 24-hour clock', from: 'start: "17:00"', to: 'start: "5pm"' },
  { file: meeting, what: 'an unknown outcome', from: 'outcome: approved', to: 'outcome: nodded-through' },
  { file: meeting, what: 'an item kind that does not exist', from: 'kind: decision', to: 'kind: edict' },
  {
    file: meeting,
    what: 'an exempt paragraph outside Schedule 12A',
    from: 'paragraph: 3',
    to: 'paragraph: 9',
  },
  { file: plan, what: 'a plan kind that does not exist', from: 'kind: business-plan', to: 'kind: wish-list' },
  { file: plan, what: 'an unknown plan status', from: 'status: published', to: 'status: pending' },
  {
    file: selfEvaluation,
    what: 'a self-evaluation with no organisation',
    from: /organisation: .*\n/,
    to: '',
  },
  {
    file: version,
    what: "a young people's version of an unknown kind of report",
    from: 'kind: inspection',
    to: 'kind: leaflet',
  },
  { file: urgent, what: 'an urgency decision with no date', from: /^date: .*\n/m, to: '' },
  // JSON
  { file: kpis, what: 'broken JSON', from: /\}\s*$/, to: '' },
  { file: 'data/organisations.json', what: 'JSON with a trailing comma', from: /\]\s*$/, to: ',]' },
  { file: 'data/members.json', what: 'an object where a list belongs', write: '{ "members": [] }' },
  { file: 'data/sources.json', what: 'an empty file', write: '' },
  { file: 'data/bodies.json', what: 'a number where text belongs', from: /"name": "[^"]*"/, to: '"name": 7' },
  { file: 'data/topics.json', what: 'a topic without an id', from: /"id": "[^"]*",\s*/, to: '' },
  {
    file: 'data/grading-scales.json',
    what: 'a grading scale with no grades',
    from: /"grades": \[[\s\S]*?\]\s*\}/,
    to: '"grades": [] }',
  },
  {
    file: 'data/helplines.json',
    what: 'a helpline with letters in its number',
    from: /"phone": "[^"]*"/,
    to: '"phone": "0800 CHILD"',
  },
  {
    file: 'data/glossary.json',
    what: 'a glossary term with no meaning',
    from: /"means": "[^"]*"/,
    to: '"means": ""',
  },
  {
    file: 'data/site.json',
    what: 'a site address that is not a web address',
    from: '"https://lantern.example/"',
    to: '"lantern"',
  },
  // References
  {
    file: inspection,
    what: 'an organisation that does not exist',
    from: 'organisation: testshire-council',
    to: 'organisation: nowhere-council',
  },
  {
    file: inspection,
    what: 'an inspectorate that does not exist',
    from: 'inspectorates: [ofsted]',
    to: 'inspectorates: [ofstead]',
  },
  {
    file: inspection,
    what: 'a citation of an unknown document',
    from: 'source: "test-report L10"',
    to: 'source: "test-reprot L10"',
  },
  {
    file: inspection,
    what: 'a citation with no line or page',
    from: 'source: "test-report L10"',
    to: 'source: "test-report"',
  },
  { file: inspection, what: 'a grade not on the scale', from: 'grade: "Good"', to: 'grade: "Brilliant"' },
  {
    file: inspection,
    what: 'a grading scale that does not exist',
    from: 'scale: ofsted-ri',
    to: 'scale: stars',
  },
  {
    file: meeting,
    what: 'a body that does not exist',
    from: 'body: test-council',
    to: 'body: test-parliament',
  },
  {
    file: meeting,
    what: 'a presenter who is not a member',
    from: 'presenter: "Ada Lovelace"',
    to: 'presenter: "Ada Byron"',
  },
  {
    file: meeting,
    what: 'a topic that does not exist',
    from: 'topics: [housing, money]',
    to: 'topics: [housing, moon]',
  },
  {
    file: meeting,
    what: 'a proposer who is not a member',
    from: 'proposer: "Zach Smith"',
    to: 'proposer: "Zachary Q"',
  },
  {
    file: urgent,
    what: 'a decision maker who is not a member',
    from: 'decisionMaker: "Ada Lovelace"',
    to: 'decisionMaker: "Nobody Atall"',
  },
  {
    file: plan,
    what: 'a plan measuring an unknown KPI',
    from: 'measures: [ts-referrals]',
    to: 'measures: [ts-unicorns]',
  },
  {
    file: plan,
    what: 'a plan considered at a meeting that does not exist',
    from: 'meeting: test-council-2023-09-28',
    to: 'meeting: test-council-1999-01-01',
  },
  {
    file: selfEvaluation,
    what: 'a self-evaluation based on an unknown inspection',
    from: 'baselineInspection: testshire-2023-ilacs',
    to: 'baselineInspection: testshire-1999',
  },
  {
    file: version,
    what: "a young people's version of a report that does not exist",
    from: 'id: testshire-2023-ilacs',
    to: 'id: testshire-1999',
  },
  {
    file: kpis,
    what: 'a KPI framework of an unknown organisation',
    from: '"organisation": "testshire-council"',
    to: '"organisation": "atlantis"',
  },
  {
    file: chart,
    what: 'a chart of an unknown organisation',
    from: '"organisation": "testshire-council"',
    to: '"organisation": "atlantis"',
  },
  // Dates
  {
    file: inspection,
    what: 'a date that does not exist',
    from: 'start: 2023-01-09',
    to: 'start: 2023-02-30',
  },
  {
    file: inspection,
    what: 'a date written the British way',
    from: 'start: 2023-01-09',
    to: 'start: 09/01/2023',
  },
  {
    file: inspection,
    what: 'an inspection that ends before it starts',
    from: 'end: 2023-01-20',
    to: 'end: 2022-12-20',
  },
  {
    file: inspection,
    what: 'a report published before the inspection ended',
    from: 'published: 2023-03-01',
    to: 'published: 2023-01-10',
  },
  { file: meeting, what: 'a meeting date in words', from: 'date: 2023-09-28', to: 'date: 28 September 2023' },
  {
    file: plan,
    what: 'a published date with a month 13',
    from: 'published: 2023-04',
    to: 'published: 2023-13',
  },
  { file: urgent, what: 'an urgency decision on 31 April', from: 'date: 2023-11-01', to: 'date: 2023-04-31' },
  {
    file: kpis,
    what: 'a KPI period that is not a period',
    from: '"period": "2023-02"',
    to: '"period": "Feb 23"',
  },
  {
    file: risks,
    what: 'a risk register dated in words',
    from: '"asAt": "2023-03"',
    to: '"asAt": "March 2023"',
  },
  // Units and numbers
  {
    file: kpis,
    what: 'a KPI unit that does not exist',
    from: '"unit": "percent"',
    to: '"unit": "percentage points"',
  },
  { file: kpis, what: 'a figure written as text', from: '"value": 81.5', to: '"value": "81.5%"' },
  {
    file: kpis,
    what: 'a polarity that does not exist',
    from: '"polarity": "higher-is-better"',
    to: '"polarity": "up"',
  },
  {
    file: kpis,
    what: 'a target with an unknown operator',
    from: '"operator": ">="',
    to: '"operator": "about"',
  },
  {
    file: kpis,
    what: 'a missing figure with no reason',
    from: '"value": null, "missing": "chart only", ',
    to: '"value": null, ',
  },
  {
    file: finance,
    what: 'a finance unit that does not exist',
    from: '"unit": "thousand pounds"',
    to: '"unit": "millions"',
  },
  {
    file: finance,
    what: 'a finance row with too few figures',
    from: '"values": [6000, 7000, 1000]',
    to: '"values": [6000, 7000]',
  },
  {
    file: risks,
    what: 'a risk likelihood of 6 on a scale of 5',
    from: '"initial": { "likelihood": 4',
    to: '"initial": { "likelihood": 6',
  },
  {
    file: chart,
    what: 'a chart column with an unknown unit',
    from: '"unit": "pounds"',
    to: '"unit": "groats"',
  },
  // Chart specs
  {
    file: chart,
    what: 'a chart spec with a mark Vega-Lite does not have',
    from: '"mark": "bar"',
    to: '"mark": "blob"',
  },
  {
    file: chart,
    what: 'a chart spec drawing a field the rows do not have',
    from: '"field": "budget", "type": "quantitative"',
    to: '"field": "spend", "type": "quantitative"',
  },
  {
    file: chart,
    what: 'a chart spec with an unknown encoding type',
    from: '"type": "nominal"',
    to: '"type": "categorical"',
  },
  {
    file: chart,
    what: 'a chart spec that brings its own data',
    from: '"mark": "bar",',
    to: '"mark": "bar", "data": { "url": "https://example.org/data.csv" },',
  },
  {
    file: chart,
    what: 'a chart row with the wrong number of cells',
    from: '"cells": ["Placements", 6000000]',
    to: '"cells": ["Placements"]',
  },
  {
    file: plan,
    what: 'a chart in a page naming a chart that does not exist',
    from: /\n---\n/,
    to: '\n---\n\n<Chart spec="no-such-chart" />\n',
  },
];

function breakIt(fixture: FixtureCopy, b: Breakage): void {
  if (b.write !== undefined) return fixture.write(b.file, b.write);
  fixture.edit(b.file, (text) => {
    const found = typeof b.from === 'string' ? text.includes(b.from) : b.from!.test(text);
    if (!found) throw new Error(`The test's own mistake: ${b.from} is not in ${b.file}`);
    return text.replace(b.from!, b.to!);
  });
}

describe('bad input at scale', () => {
  it('there are more than fifty breakages, of front matter, JSON, references, dates, units and chart specs', () => {
    expect(breakages.length).toBeGreaterThanOrEqual(50);
  });

  it.each(breakages)(
    '$file with $what stops the load with a problem naming that file, the field, what was expected and what was found',
    (b) => {
      const problems = problemsAfter((fixture) => breakIt(fixture, b));
      expect(problems.length).toBeGreaterThan(0);
      const own = problems.filter((p) => p.file === b.file);
      expect(
        own.length,
        `problems name other files: ${problems.map((p) => p.file).join(', ')}`,
      ).toBeGreaterThan(0);
      for (const problem of own) {
        expect(problem.expected.trim().length, JSON.stringify(problem)).toBeGreaterThan(3);
        expect(problem.found.trim().length, JSON.stringify(problem)).toBeGreaterThan(0);
        expect(`${problem.expected} ${problem.found}`).not.toMatch(/\n\s+at .+:\d+:\d+/);
      }
    },
  );
});
