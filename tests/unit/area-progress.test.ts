/** What has been done about an area for improvement: everything on the site that refers to it, and nothing else. */
import { describe, expect, it } from 'vitest';
import { loadSite } from '../../src/site/load.ts';
import {
  firstAreaAnswered,
  hasProgress,
  latestFinding,
  progressOf,
  progressRows,
  progressSummary,
} from '../../src/content-types/inspections/progress.ts';
import { changeOverYears, latestInWords } from '../../src/content-types/kpis/model.ts';
import { copyFixture, fixturePaths, type FixtureCopy } from '../support/fixtures.ts';

/** Area 2 of the 2023 inspection, once something answers it, accounted for in its young people's version. */
function leaveOutArea2ForYoungPeople(copy: FixtureCopy): void {
  copy.edit('content/young-people/testshire-2023-ilacs.mdx', (t) =>
    t.replace('leftOut:\n', 'leftOut:\n  - item: area/2\n    reason: "We will add this part soon."\n'),
  );
}

/** A copy of the fixture where everything that can refer to the 2023 inspection's area 2 does. */
function withEverythingOnArea2(copy: FixtureCopy): void {
  leaveOutArea2ForYoungPeople(copy);
  copy.edit('data/kpis/testshire-kpis.json', (t) =>
    t.replace('"headline": true', '"headline": true, "measures": ["testshire-2023-ilacs#2"]'),
  );
  // The visit moves after the inspection, so that its finding can follow it.
  copy.edit('content/inspections/testshire-2022-monitoring-visit.md', (t) =>
    t
      .replace('approximate: 2022-06', 'approximate: 2023-06')
      .replace(
        '    source: "test-report L51"',
        '    follows: ["testshire-2023-ilacs#2"]\n    source: "test-report L51"',
      ),
  );
  copy.edit('content/meetings/test-council-2023-12-07.md', (t) =>
    t.replace(
      'concerns: ["testshire-2023-ilacs#1"]',
      'concerns: ["testshire-2023-ilacs#1", "testshire-2023-ilacs#2"]',
    ),
  );
  copy.edit('content/urgency-decisions/test-urgent-2023-11-01.md', (t) =>
    t.replace(
      'concerns: ["testshire-2023-ilacs#1"]',
      'concerns: ["testshire-2023-ilacs#1", "testshire-2023-ilacs#2"]',
    ),
  );
  copy.edit('content/inspections/testshire-2023-ilacs.md', (t) =>
    t.replace(
      'up to date."\n    source: "test-report L31"\n',
      'up to date."\n    source: "test-report L31"\n    responses:\n      - text: "The council checked every plan."\n        source: "test-report L31"\n',
    ),
  );
}

describe('what has been done about an area for improvement', () => {
  it('gathers the actions that answer it, and says nothing of an area nothing refers to', () => {
    const site = loadSite(fixturePaths());
    const first = progressOf(site, 'testshire-2023-ilacs', '1');
    expect(first.actions.map((a) => a.action.ref)).toEqual(['1.1']);
    expect(hasProgress(progressOf(site, 'testshire-2023-ilacs', '2'))).toBe(false);
  });

  it("gathers what a source reports, later visits' findings, meeting items, urgency decisions and KPIs that refer to it", () => {
    const copy = copyFixture();
    try {
      withEverythingOnArea2(copy);
      const site = loadSite(copy.paths);
      const second = progressOf(site, 'testshire-2023-ilacs', '2');
      expect(second.responses.map((r) => r.text)).toEqual(['The council checked every plan.']);
      expect(second.findings.map((f) => [f.inspection, f.date, f.finding.text])).toEqual([
        ['testshire-2022-monitoring-visit', '2023-06', 'Referrals are answered faster than before.'],
      ]);
      expect(latestFinding(second)?.when).toBe('June 2023');
      expect(second.items.map((i) => i.item.title)).toEqual(['Budget']);
      expect(second.decisions.map((d) => d.slug)).toEqual(['test-urgent-2023-11-01']);
      expect(second.kpis.map((k) => k.id)).toEqual(['ts-referrals']);
      expect(second.actions).toEqual([]);
      expect(hasProgress(second)).toBe(true);
    } finally {
      copy.remove();
    }
  });

  it('gives an action filed under two areas in full under the first of them in the report', () => {
    const copy = copyFixture();
    try {
      copy.edit('content/plans/testshire-plan-2023.mdx', (t) =>
        t.replace(
          'answers: ["testshire-2023-ilacs#1"]',
          'answers: ["testshire-2023-ilacs#2", "testshire-2023-ilacs#1"]',
        ),
      );
      leaveOutArea2ForYoungPeople(copy);
      const site = loadSite(copy.paths);
      const action = progressOf(site, 'testshire-2023-ilacs', '2').actions[0]!.action;
      expect(firstAreaAnswered(site, 'testshire-2023-ilacs', action)).toBe('1');
    } finally {
      copy.remove();
    }
  });
});

describe('the progress view of an inspection', () => {
  it('sums up its rows, and says how many areas have nothing yet', () => {
    const site = loadSite(fixturePaths());
    const ilacs = site.inspections.find((i) => i.slug === 'testshire-2023-ilacs')!;
    expect(progressSummary(progressRows(site, ilacs))).toBe(
      "Of 2 areas for improvement, 1 has actions on this site (1 action), 1 has a source's account of what was done and 1 has meeting items or decisions; the plans rate those actions 1 green for delivery and 1 amber for outcome; 1 area has nothing on this site yet.",
    );
    const visit = site.inspections.find((i) => i.slug === 'testshire-2022-monitoring-visit')!;
    expect(progressRows(site, visit)).toEqual([]);
  });

  it('counts each kind of answer by the areas it reaches, an action filed under two areas once', () => {
    const copy = copyFixture();
    try {
      withEverythingOnArea2(copy);
      copy.edit('content/plans/testshire-plan-2023.mdx', (t) =>
        t.replace(
          'answers: ["testshire-2023-ilacs#1"]',
          'answers: ["testshire-2023-ilacs#1", "testshire-2023-ilacs#2"]',
        ),
      );
      const site = loadSite(copy.paths);
      const ilacs = site.inspections.find((i) => i.slug === 'testshire-2023-ilacs')!;
      expect(progressSummary(progressRows(site, ilacs))).toBe(
        "Of 2 areas for improvement, all have actions on this site (1 action, some answering more than one area), all have a source's account of what was done, 1 has later findings, all have meeting items or decisions and 1 has measures; the plans rate those actions 1 green for delivery and 1 amber for outcome.",
      );
    } finally {
      copy.remove();
    }
  });

  it('says when nothing answers any of them', () => {
    const copy = copyFixture();
    try {
      copy.edit('content/plans/testshire-plan-2023.mdx', (t) => t.replace(/, answers: \[[^\]]*\]/, ''));
      copy.edit('content/meetings/test-council-2023-12-07.md', (t) => t.replace(/ {4}concerns: .*\n/, ''));
      copy.edit('content/urgency-decisions/test-urgent-2023-11-01.md', (t) =>
        t.replace(/concerns: .*\n/, ''),
      );
      copy.edit('content/inspections/testshire-2023-ilacs.md', (t) =>
        t.replace(/ {4}responses:\n(?: {6,}.*\n)+/, ''),
      );
      // The young people's version may still explain area 1, which nothing answers now.
      const site = loadSite(copy.paths);
      const ilacs = site.inspections.find((i) => i.slug === 'testshire-2023-ilacs')!;
      expect(progressSummary(progressRows(site, ilacs))).toBe(
        'Of 2 areas for improvement, none has anything on this site yet that records what was done about it.',
      );
    } finally {
      copy.remove();
    }
  });
});

describe('where a measure of an area stands', () => {
  const site = loadSite(fixturePaths());
  const kpi = (id: string) => site.kpiFrameworks.flatMap((f) => f.data.kpis).find((k) => k.id === id)!;

  it('gives the latest figure with its status against the target in force', () => {
    expect(latestInWords(kpi('ts-referrals'))).toBe('51.2% in March 2023 (target at least 85%): not met');
    expect(latestInWords(kpi('ts-complaints'))).toBe('no figure yet');
  });

  it('compares whole years only, the first on the site with the latest, and says which way is better', () => {
    expect(changeOverYears(kpi('ts-caseloads'))).toBe(
      '11.5% in 2022/23, down from 13.1% in 2021/22 (better)',
    );
    // A year-to-date figure is not a whole year, and monthly figures are not compared with years.
    expect(changeOverYears(kpi('ts-referrals'))).toBeUndefined();
  });
});
