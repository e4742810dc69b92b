/** The national reference data Lantern ships (src/national/), and how a site's own files add to it. */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { loadSite } from '../../src/site/load.ts';
import { copyFixture, fixturePaths, projectRoot } from '../support/fixtures.ts';

const nationalFiles = ['glossary.json', 'grading-scales.json', 'helplines.json', 'words-to-avoid.json'];

describe("Lantern's national reference data", () => {
  it('gives a site with none of its own the grading scales, inspectorates, glossary, words to avoid and helplines', () => {
    const copy = copyFixture();
    try {
      for (const name of nationalFiles) rmSync(join(copy.paths.data, name));
      copy.edit('data/organisations.json', (text) =>
        JSON.stringify(JSON.parse(text).filter((o: { id: string }) => o.id !== 'ofsted')),
      );
      const site = loadSite(copy.paths);
      expect(site.scales.map((s) => s.id)).toEqual(['ofsted-2009', 'ofsted-ri', 'hmi-probation']);
      // Lantern's Ofsted, which the fixture's inspections name; not the inspectorates it never names.
      expect(site.organisations.filter((o) => o.kind === 'inspectorate').map((o) => o.id)).toEqual([
        'ofsted',
      ]);
      expect(site.organisations.find((o) => o.id === 'ofsted')!.website).toBe(
        'https://www.gov.uk/government/organisations/ofsted',
      );
      expect(site.helplines.map((h) => h.id)).toContain('childline');
      expect(site.glossary.terms.map((t) => t.term)).toContain('ILACS');
      expect(site.wordsToAvoid.map((w) => w.words)).toContain('looked after children');
    } finally {
      copy.remove();
    }
  });

  it('lets a site replace an entry by giving its id again, and add its own after it', () => {
    const site = loadSite(fixturePaths());
    const ofsted = site.organisations.filter((o) => o.id === 'ofsted');
    expect(ofsted).toHaveLength(1);
    // The fixture's own Ofsted, not Lantern's.
    expect(ofsted[0]!.name).toBe(
      JSON.parse(readFileSync(join(fixturePaths().data, 'organisations.json'), 'utf8')).find(
        (o: { id: string }) => o.id === 'ofsted',
      ).name,
    );
    expect(site.organisations.map((o) => o.id)).toEqual(['testshire-council', 'ofsted']);
    const childline = site.helplines.filter((h) => h.id === 'childline');
    expect(childline.map((h) => h.for)).toEqual(['For anyone under 19. You can talk about anything.']);
    // A glossary term the site writes again replaces Lantern's: one "ILACS", the site's.
    expect(site.glossary.terms.filter((t) => t.term === 'ILACS')).toHaveLength(1);
  });

  it("names no council and scopes no term to one site's organisations, so any site's check passes with it", () => {
    const folder = join(projectRoot, 'src/national');
    for (const name of readdirSync(folder))
      expect(readFileSync(join(folder, name), 'utf8'), name).not.toMatch(
        /Northamptonshire|Northumberland|"organisations": \[\s*"/,
      );
    const copy = copyFixture();
    try {
      for (const name of nationalFiles) rmSync(join(copy.paths.data, name));
      expect(() => loadSite(copy.paths)).not.toThrow();
    } finally {
      copy.remove();
    }
  });

  it('leaves out a national inspectorate no file names, and keeps it once a document it published is cited', () => {
    const copy = copyFixture();
    try {
      expect(loadSite(copy.paths).organisations.map((o) => o.id)).not.toContain('care-quality-commission');
      copy.edit('data/sources.json', (text) => {
        const sources = JSON.parse(text);
        sources[0].publisher = 'care-quality-commission';
        return JSON.stringify(sources);
      });
      expect(loadSite(copy.paths).organisations.map((o) => o.id)).toContain('care-quality-commission');
    } finally {
      copy.remove();
    }
  });

  it("names a broken national file as Lantern's, apart from the site's", () => {
    const copy = copyFixture();
    try {
      copy.write('data/helplines.json', '[{"id": "local-line", "name": "Local line"}]');
      expect(() => loadSite(copy.paths)).toThrow(/data\/helplines\.json/);
      expect(() => loadSite({ ...copy.paths, national: join(copy.paths.root, 'nowhere') })).toThrow(
        /Lantern's national data, src\/national\/glossary\.json/,
      );
    } finally {
      copy.remove();
    }
  });
});
