/** Where a site's files are and where it is built, from LANTERN_SITE and the single-folder variables. */
import { describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { siteFolders } from '../../src/site/folders.ts';
import { loadSite, sitePaths } from '../../src/site/load.ts';
import { ContentError } from '../../src/shared/problems.ts';
import { fixtureRoot, gradedInspection } from '../support/fixtures.ts';

describe('the folders of a site', () => {
  it("are the project's own content/ and data/, built into dist/, when no site folder is given", () => {
    expect(siteFolders('/x/lantern', {})).toMatchObject({
      content: '/x/lantern/content',
      data: '/x/lantern/data',
      out: '/x/lantern/dist',
      public: undefined,
      cache: '/x/lantern/node_modules/.astro',
    });
  });

  it("are the site folder's own, wherever it is, with its public files when it has a public/ folder", () => {
    const site = mkdtempSync(join(tmpdir(), 'lantern-site-'));
    try {
      expect(siteFolders('/x/lantern', { LANTERN_SITE: site })).toMatchObject({
        content: join(site, 'content'),
        data: join(site, 'data'),
        out: join(site, 'dist'),
        public: undefined,
        cache: join(site, '.astro-cache'),
      });
      mkdirSync(join(site, 'public'));
      expect(siteFolders('/x/lantern', { LANTERN_SITE: site }).public).toBe(join(site, 'public'));
    } finally {
      rmSync(site, { recursive: true, force: true });
    }
  });

  it('take a site folder named relative to the project, and let each single-folder variable override it', () => {
    expect(
      siteFolders('/x/lantern', { LANTERN_SITE: '../lantern-site', LANTERN_OUT_DIR: '/tmp/out' }),
    ).toMatchObject({
      content: '/x/lantern-site/content',
      out: '/tmp/out',
    });
    expect(siteFolders('/x/lantern', { LANTERN_CONTENT_DIR: '/y/content' }).cache).toBe('/y/.astro-cache');
  });
});

describe("a site folder's problems", () => {
  it('name its files relative to the site folder, as its author sees them', () => {
    const site = mkdtempSync(join(tmpdir(), 'lantern-site-'));
    try {
      for (const part of ['content', 'data'])
        cpSync(join(fixtureRoot, part), join(site, part), { recursive: true });
      const file = join(site, gradedInspection);
      writeFileSync(file, readFileSync(file, 'utf8').replace('summary:', 'sumary:'));
      let problems: { file: string }[] = [];
      try {
        loadSite(sitePaths('/x/lantern', { LANTERN_SITE: site }));
      } catch (error) {
        if (!(error instanceof ContentError)) throw error;
        problems = error.problems;
      }
      expect(problems.map((p) => p.file)).toContain(gradedInspection);
    } finally {
      rmSync(site, { recursive: true, force: true });
    }
  });
});
