/**
 * Upgrades: a site folder made for an earlier version of Lantern keeps passing its checks. The folders in
 * tests/fixtures/site-made-with-* are kept as that version's npm run new-site made them; never edit
 * one to make a change pass. Where a field must change, the change's own test shows the message.
 */
import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { loadSite, sitePaths } from '../../src/site/load.ts';
import { projectRoot } from '../support/fixtures.ts';

const madeWith = readdirSync(join(projectRoot, 'tests/fixtures')).filter((name) =>
  name.startsWith('site-made-with-'),
);

describe('a site folder made for an earlier version', () => {
  it('is kept for every version since 0.1', () => {
    expect(madeWith).toContain('site-made-with-0.1');
  });

  it.each(madeWith)('%s still passes every check', (name) => {
    const site = loadSite(
      sitePaths(projectRoot, { LANTERN_SITE: join(projectRoot, 'tests/fixtures', name) }),
    );
    expect(site.inspections.length).toBeGreaterThan(0);
  });

  it("from before Lantern shipped national data, with its own copies of the grading scales, glossary and helplines, still passes: its copies replace Lantern's entries one for one", () => {
    const folder = mkdtempSync(join(tmpdir(), 'lantern-old-site-'));
    try {
      cpSync(join(projectRoot, 'tests/fixtures/site-made-with-0.1'), folder, { recursive: true });
      for (const name of ['grading-scales.json', 'glossary.json', 'helplines.json', 'words-to-avoid.json'])
        cpSync(join(projectRoot, 'src/national', name), join(folder, 'data', name));
      const site = loadSite(sitePaths(projectRoot, { LANTERN_SITE: folder }));
      const national = loadSite(
        sitePaths(projectRoot, { LANTERN_SITE: join(projectRoot, 'tests/fixtures/site-made-with-0.1') }),
      );
      expect(site.helplines.map((h) => h.id)).toEqual(national.helplines.map((h) => h.id));
      expect(site.scales).toHaveLength(national.scales.length);
      expect(site.glossary.terms).toHaveLength(national.glossary.terms.length);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
