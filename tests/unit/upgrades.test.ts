/**
 * Upgrades: a site folder made for an earlier version of Lantern keeps passing its checks, or, where a
 * later version asks for more, says what to do and nothing else; once done, it passes. The folders in
 * tests/fixtures/site-made-with-* are kept as that version's npm run new-site made them: never edit one
 * to make a change pass.
 */
import { describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { loadSite, sitePaths } from '../../src/site/load.ts';
import { siteCitations } from '../../src/site/citations.ts';
import { makeExcerpts } from '../../src/content-types/organisations/excerpts.ts';
import { ContentError, type Problem } from '../../src/shared/problems.ts';
import { projectRoot } from '../support/fixtures.ts';

const fixtures = join(projectRoot, 'tests/fixtures');
const madeWith = readdirSync(fixtures).filter((name) => name.startsWith('site-made-with-'));
const version = (name: string) => name.replace('site-made-with-', '');

/** What each version asks of a site folder made before it, as the check words it. */
const upgradeSteps: Record<string, { since: string; says: string }[]> = {
  '0.1': [{ since: '0.2', says: 'npm run excerpts' }],
};

function problemsOf(folder: string): Problem[] {
  try {
    loadSite(sitePaths(projectRoot, { LANTERN_SITE: folder }));
    return [];
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
}

/** A copy of a kept folder, upgraded as its author would: each cited document's lines quoted from its text. */
function upgraded(name: string): string {
  const folder = mkdtempSync(join(tmpdir(), 'lantern-upgrade-'));
  cpSync(join(fixtures, name), folder, { recursive: true });
  const paths = sitePaths(projectRoot, { LANTERN_SITE: folder });
  const site = loadSite(paths, { crossCheck: false });
  mkdirSync(join(folder, 'data/excerpts'), { recursive: true });
  for (const source of site.sources) {
    // The example report as its author would have it: its dates on lines 2 and 3, its grade on line 10.
    const text = Array.from({ length: 40 }, (_, i) =>
      i === 1
        ? 'Inspection dates: 8 to 19 January 2024'
        : i === 2
          ? 'Published: 1 March 2024'
          : i === 9
            ? 'Overall effectiveness: Good'
            : `Line ${i + 1} of the report.`,
    ).join('\n');
    const cited = siteCitations(site, (file) => join('data', file)).filter((c) =>
      c.reference.startsWith(`${source.id} `),
    );
    writeFileSync(
      join(folder, 'data/excerpts', `${source.id}.json`),
      JSON.stringify(makeExcerpts(source.id, text, cited)),
    );
  }
  return folder;
}

describe('a site folder made for an earlier version', () => {
  it('is kept for every version since 0.1, this one included', () => {
    const current = process.env.npm_package_version ?? '0.2.0';
    expect(madeWith).toContain('site-made-with-0.1');
    expect(madeWith).toContain(`site-made-with-${current.replace(/\.0$/, '')}`);
  });

  it.each(madeWith)('%s passes every check, or asks only for the upgrade steps since its version', (name) => {
    const steps = upgradeSteps[version(name)] ?? [];
    const problems = problemsOf(join(fixtures, name));
    for (const problem of problems)
      expect(
        steps.some((step) => problem.expected.includes(step.says)),
        `${problem.file}: ${problem.expected}`,
      ).toBe(true);
    if (steps.length === 0) expect(problems).toEqual([]);
  });

  it.each(Object.keys(upgradeSteps).map((v) => `site-made-with-${v}`))(
    '%s passes every check once its author has taken those steps',
    (name) => {
      const folder = upgraded(name);
      try {
        expect(problemsOf(folder)).toEqual([]);
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    },
  );

  it("from before Lantern shipped national data, with its own copies of the grading scales, glossary and helplines, still passes: its copies replace Lantern's entries one for one", () => {
    const folder = mkdtempSync(join(tmpdir(), 'lantern-old-site-'));
    try {
      cpSync(join(fixtures, 'site-made-with-0.2'), folder, { recursive: true });
      for (const name of ['grading-scales.json', 'glossary.json', 'helplines.json', 'words-to-avoid.json'])
        cpSync(join(projectRoot, 'src/national', name), join(folder, 'data', name));
      const site = loadSite(sitePaths(projectRoot, { LANTERN_SITE: folder }));
      const national = loadSite(
        sitePaths(projectRoot, { LANTERN_SITE: join(fixtures, 'site-made-with-0.2') }),
      );
      expect(site.helplines.map((h) => h.id)).toEqual(national.helplines.map((h) => h.id));
      expect(site.scales).toHaveLength(national.scales.length);
      expect(site.glossary.terms).toHaveLength(national.glossary.terms.length);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
