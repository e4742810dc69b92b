/** What has been done about an area for improvement: everything on the site that refers to it, and nothing else. */
import { describe, expect, it } from 'vitest';
import { loadSite } from '../../src/site/load.ts';
import {
  hasProgress,
  progressOf,
  progressRows,
  progressSummary,
} from '../../src/content-types/inspections/progress.ts';
import { copyFixture, fixturePaths } from '../support/fixtures.ts';

describe('what has been done about an area for improvement', () => {
  it('gathers the actions that answer it, and says nothing of an area nothing refers to', () => {
    const site = loadSite(fixturePaths());
    const first = progressOf(site, 'testshire-2023-ilacs', '1');
    expect(first.actions.map((a) => a.action.ref)).toEqual(['1.1']);
    expect(hasProgress(progressOf(site, 'testshire-2023-ilacs', '2'))).toBe(false);
  });

  it('gathers later findings, meeting items and KPIs that refer to it', () => {
    const copy = copyFixture();
    try {
      copy.edit('data/kpis/testshire-kpis.json', (t) =>
        t.replace('"headline": true', '"headline": true, "measures": ["testshire-2023-ilacs#2"]'),
      );
      const site = loadSite(copy.paths);
      const second = progressOf(site, 'testshire-2023-ilacs', '2');
      expect(second.kpis.map((k) => k.id)).toHaveLength(1);
      expect(hasProgress(second)).toBe(true);
    } finally {
      copy.remove();
    }
  });
});

describe('the progress view of an inspection', () => {
  it('sums up its rows, counting an action filed under two areas once, and says so when nothing answers them', () => {
    const site = loadSite(fixturePaths());
    const ilacs = site.inspections.find((i) => i.slug === 'testshire-2023-ilacs')!;
    expect(progressSummary(progressRows(site, ilacs))).toBe(
      'Of 2 areas for improvement, 1 has actions on this site (1 action); the plans rate those actions 1 green for delivery and 1 amber for outcome.',
    );
    const visit = site.inspections.find((i) => i.slug === 'testshire-2022-monitoring-visit')!;
    expect(progressRows(site, visit)).toEqual([]);
  });
});
