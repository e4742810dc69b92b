/** npm run new-site: the files of a new site, and the command that writes them. */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { idFrom, skeletonFiles, skeletonProblems } from '../../src/site/skeleton.ts';
import { loadSite, sitePaths } from '../../src/site/load.ts';
import { projectRoot } from '../support/fixtures.ts';

const options = {
  council: "St Mary's Borough Council",
  area: "St Mary's",
  url: 'https://children.example.org/',
};

function newSite(args: string[]): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, ['src/scripts/new-site.ts', ...args], {
    cwd: projectRoot,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return { status: result.status, output: result.stdout + result.stderr };
}

describe('a new site', () => {
  it("makes the council's id from its name", () => {
    expect(idFrom("St Mary's Borough Council")).toBe('st-marys-borough-council');
    expect(idFrom('Ynys Môn  Council')).toBe('ynys-mon-council');
  });

  it('refuses options that would not make a site, naming each', () => {
    expect(skeletonProblems({ council: '', area: 'X', url: 'children.example.org' })).toEqual([
      '--council: the council\'s name, such as "Testshire Council"',
      '--url: the full address the site will be published at, starting with https:// and ending in /, such as "https://children.testshire.gov.uk/" (found "children.example.org")',
    ]);
    expect(skeletonProblems(options)).toEqual([]);
  });

  it("passes every check at once, with the council's name and area and only Lantern's national data besides", () => {
    const folder = mkdtempSync(join(tmpdir(), 'lantern-new-site-'));
    try {
      for (const [file, text] of Object.entries(skeletonFiles(options))) {
        mkdirSync(join(folder, file, '..'), { recursive: true });
        writeFileSync(join(folder, file), text);
      }
      const site = loadSite(sitePaths(projectRoot, { LANTERN_SITE: folder }));
      expect(site.settings).toMatchObject({ name: options.council, publisher: options.council });
      expect(site.organisations.map((o) => [o.id, o.area])).toEqual([
        ['st-marys-borough-council', "St Mary's"],
        ['ofsted', 'England'],
      ]);
      expect(site.inspections).toHaveLength(1);
      expect(site.youngPeople).toHaveLength(1);
      expect(site.meetings).toEqual([]);
      for (const national of ['grading-scales.json', 'glossary.json', 'helplines.json'])
        expect(existsSync(join(folder, 'data', national))).toBe(false);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('is written by npm run new-site without a terminal, from options, and says what to do next', () => {
    const parent = mkdtempSync(join(tmpdir(), 'lantern-new-site-'));
    const folder = join(parent, 'site');
    try {
      const made = newSite([
        folder,
        '--council',
        options.council,
        '--area',
        options.area,
        '--url',
        options.url,
      ]);
      expect(made.status).toBe(0);
      expect(made.output).toContain(`LANTERN_SITE=${folder} npm run build`);
      expect(JSON.parse(readFileSync(join(folder, 'data/site.json'), 'utf8')).url).toBe(options.url);
      // Without options and without a terminal: placeholders the author edits.
      const plain = join(parent, 'plain');
      expect(newSite([plain]).status).toBe(0);
      expect(JSON.parse(readFileSync(join(plain, 'data/site.json'), 'utf8')).name).toBe('Example Council');
    } finally {
      rmSync(parent, { recursive: true, force: true });
    }
  });

  it('never writes into a folder that has files, nor with a bad address, and says why', () => {
    const folder = mkdtempSync(join(tmpdir(), 'lantern-new-site-'));
    try {
      writeFileSync(join(folder, 'notes.txt'), 'mine');
      const full = newSite([folder]);
      expect(full.status).toBe(1);
      expect(full.output).toContain('already has files in it');
      rmSync(join(folder, 'notes.txt'));
      const bad = newSite([folder, '--url', 'children.example.org']);
      expect(bad.status).toBe(1);
      expect(bad.output).toContain('Nothing was written');
      expect(existsSync(join(folder, 'data'))).toBe(false);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
