/** The registry of content types: what loading, checking, Astro's collections and publishing loop over. */
import { describe, expect, it } from 'vitest';
import { contentTypes, fileParts } from '../../src/content-types/registry.ts';
import { loadSite } from '../../src/site/load.ts';
import { publications, pageKinds } from '../../src/publish/publications.ts';
import { catalogueDatasets } from '../../src/publish/datasets.ts';
import { fixturePaths } from '../support/fixtures.ts';

const site = loadSite(fixturePaths());

describe('the registry of content types', () => {
  it('names each kind of file once, and each goes into a list of the site of its own', () => {
    const keys = fileParts.map((part) => part.key);
    expect(new Set(keys).size).toBe(keys.length);
    const where = fileParts.map(
      (part) => `${part.kind === 'entries' || part.kind === 'page' ? 'content' : 'data'}/${part.name}`,
    );
    expect(new Set(where).size).toBe(where.length);
  });

  it('reads every kind of file it names into the site', () => {
    for (const { key } of fileParts) expect(site[key], key).toBeDefined();
  });

  it("gives every page a reader might look for a kind the search form offers, and each type's pages are in search", () => {
    const all = publications(site);
    for (const p of all) expect(pageKinds).toContain(p.kind);
    for (const type of contentTypes)
      if (type.publications) expect(type.publications(site, all).length, type.name).toBeGreaterThan(0);
  });

  it("gives each dataset of the data catalogue its own address, the KPI frameworks' among them", () => {
    const ids = catalogueDatasets(site).map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(
      expect.arrayContaining([
        'judgements',
        'decisions',
        'members',
        ...site.kpiFrameworks.map((f) => f.data.framework.id),
      ]),
    );
  });

  it('says what the content check found, type by type', () => {
    const counts = contentTypes.flatMap((type) => type.counts(site));
    expect(counts).toContain(
      `${site.inspections.length} inspection${site.inspections.length === 1 ? '' : 's'}`,
    );
    expect(counts.length).toBeGreaterThanOrEqual(contentTypes.length);
  });
});
