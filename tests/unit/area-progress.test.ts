/** What has been done about an area for improvement: everything on the site that refers to it, and nothing else. */
import { describe, expect, it } from 'vitest';
import { loadSite } from '../../src/site/load.ts';
import { hasProgress, progressOf } from '../../src/content-types/inspections/progress.ts';
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
