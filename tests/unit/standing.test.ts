/** Where things stand for an organisation: its latest judgements, compared only where they compare, and its key measures. */
import { describe, expect, it } from 'vitest';
import { loadSite } from '../../src/site/load.ts';
import { judgedOrganisations, standingOf } from '../../src/content-types/organisations/standing.ts';
import type { Entry } from '../../src/site/content.ts';
import type { Inspection } from '../../src/content-types/inspections/schema.ts';
import { fixturePaths } from '../support/fixtures.ts';

const site = loadSite(fixturePaths());
const testshire = site.organisations.find((o) => o.id === 'testshire-council')!;
const ilacs = site.inspections.find((i) => i.slug === 'testshire-2023-ilacs')!;
const visit = site.inspections.find((i) => i.slug === 'testshire-2022-monitoring-visit')!;

/** Another inspection like the 2023 one, with its own name, date, framework and grades. */
function inspection(
  slug: string,
  date: string,
  grades: string[],
  changes: Partial<Inspection> = {},
): Entry<Inspection> {
  return {
    ...ilacs,
    slug,
    data: {
      ...ilacs.data,
      title: slug,
      dates: { approximate: date, source: 'test-report L1' },
      judgementGroups: grades.map((grade, i) => ({
        title: `Group ${i + 1}`,
        judgements: [{ area: 'Overall effectiveness', grade, source: 'test-report L10' }],
      })),
      ...changes,
    },
  };
}
const withInspections = (...more: Entry<Inspection>[]) => ({
  ...site,
  inspections: [...site.inspections, ...more],
});

describe('where things stand for an organisation', () => {
  it('gives the latest whole-service judgement, and no comparison when there is none before it', () => {
    const { main, services } = standingOf(site, testshire);
    expect(main?.inspection.slug).toBe('testshire-2023-ilacs');
    expect(main?.grade).toBe('Good');
    expect(main?.previous).toBeUndefined();
    // The monitoring visit came before the inspection, so it is not "since".
    expect(main?.since).toEqual([]);
    expect(services).toEqual([]);
  });

  it('compares with the one before under the same framework and scale: better, worse or the same', () => {
    const better = standingOf(withInspections(inspection('old', '2019', ['Inadequate'])), testshire).main!;
    expect(better.previous).toMatchObject({ grade: 'Inadequate', direction: 'better' });
    expect(better.previous!.inspection.slug).toBe('old');
    const worse = standingOf(withInspections(inspection('old', '2019', ['Outstanding'])), testshire).main!;
    expect(worse.previous?.direction).toBe('worse');
    const same = standingOf(withInspections(inspection('old', '2019', ['Good'])), testshire).main!;
    expect(same.previous?.direction).toBe('same');
  });

  it('does not compare across frameworks or scales, or when an inspection gives two different grades', () => {
    const otherFramework = inspection('old', '2016', ['Inadequate'], { framework: 'sif' });
    expect(standingOf(withInspections(otherFramework), testshire).main!.previous).toBeUndefined();
    const mixed = inspection('old', '2019', ['Inadequate', 'Good']);
    expect(standingOf(withInspections(mixed), testshire).main!.previous).toBeUndefined();
    const newMixed = inspection('new', '2024', ['Inadequate', 'Good']);
    const latest = standingOf(withInspections(newMixed), testshire).main!;
    expect(latest.inspection.slug).toBe('new');
    expect(latest.grade).toBeUndefined();
    expect(latest.previous).toBeUndefined();
  });

  it('lists visits without grades since the latest judgement, newest first', () => {
    const later = {
      ...visit,
      slug: 'later',
      data: { ...visit.data, dates: { approximate: '2023-06', source: 'x L1' } },
    };
    const latest = {
      ...visit,
      slug: 'latest',
      data: { ...visit.data, dates: { approximate: '2024-02', source: 'x L1' } },
    };
    expect(standingOf(withInspections(later, latest), testshire).main!.since.map((v) => v.slug)).toEqual([
      'latest',
      'later',
    ]);
  });

  it('gives each regulated service its own latest judgement, apart from the services as a whole', () => {
    const fostering = (slug: string, date: string, grade: string) =>
      inspection(slug, date, [grade], { framework: 'fostering-agency' });
    const standing = standingOf(
      withInspections(fostering('f1', '2021-11', 'Good'), fostering('f2', '2023-02', 'Inadequate')),
      testshire,
    );
    expect(standing.main?.inspection.slug).toBe('testshire-2023-ilacs');
    expect(
      standing.services.map((s) => [s.service, s.inspection.slug, s.grade, s.previous?.direction]),
    ).toEqual([['Fostering agency', 'f2', 'Inadequate', 'worse']]);
  });

  it("gives the headline measures of the organisation's own frameworks", () => {
    expect(standingOf(site, testshire).measures.map((k) => k.id)).toEqual(['ts-referrals']);
  });

  it('sums up on the home page only organisations that exist now and have been judged, never an inspectorate', () => {
    expect(judgedOrganisations(site).map((o) => o.id)).toEqual(['testshire-council']);
    const closed = { ...testshire, existed: { from: '1889', to: '2021-03-31' } };
    expect(judgedOrganisations({ ...site, organisations: [closed] })).toEqual([]);
  });
});
