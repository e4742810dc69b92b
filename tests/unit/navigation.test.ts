/** The main menu offers only the sections a site has something in. */
import { describe, expect, it } from 'vitest';
import { loadSite } from '../../src/site/load.ts';
import { navigation } from '../../src/site/navigation.ts';
import { fixturePaths } from '../support/fixtures.ts';

const site = loadSite(fixturePaths());
const labels = (s: typeof site) => navigation(s).map((item) => item.label);

describe('the main menu', () => {
  it('offers every section of a site that has something in each', () => {
    expect(labels(site)).toEqual([
      'Organisations',
      'Inspections',
      'Plans',
      'Performance',
      'Meetings',
      'Decisions',
      'Councillors',
      'Young people',
      'Search',
      'About',
    ]);
  });

  it('leaves out plans, performance, meetings, decisions and councillors on a site that has none', () => {
    const inspectionsOnly = {
      ...site,
      plans: [],
      selfEvaluations: [],
      kpiFrameworks: [],
      meetings: [],
      urgencyDecisions: [],
      members: [],
    };
    expect(labels(inspectionsOnly)).toEqual([
      'Organisations',
      'Inspections',
      'Young people',
      'Search',
      'About',
    ]);
  });
});
