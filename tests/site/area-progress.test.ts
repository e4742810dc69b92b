/** On the default site, what has been done about each inspection's areas for improvement, as a reader finds it. */
import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { distDir, readPage } from '../support/dist.ts';

const page = parse(readPage('inspections/northamptonshire-2019-ilacs/index.html'));
const areas = page.querySelectorAll('li[id^="area-"]');
const area = (id: string) => page.querySelector(`#area-${id}`)!;
const progress = parse(readPage('inspections/northamptonshire-2019-ilacs/progress/index.html'));
const row = (root: typeof progress, id: string) => root.querySelector(`#area-${id}`)!.parentNode!;
const text = (node: { text: string }) => node.text.replace(/\s+/g, ' ').trim();

describe("the 2019 inspection's areas for improvement", () => {
  it('are each named by the code the Business Plan files its actions under', () => {
    expect(areas.map((a) => a.id.replace('area-', ''))).toEqual(
      '1a 1b 1c 1d 1e 1f 1g 2a 2b 2c 3a 3b 3c 3d'.split(' '),
    );
    expect(areas).toHaveLength(14);
  });

  it("each show what answers it: every one of the plan's 101 filings of an action under a 2019 code", () => {
    let actions = 0;
    for (const a of areas) {
      const done = a.querySelector('details.area-progress');
      expect(done, a.id).not.toBeNull();
      actions += done!.querySelectorAll('li').filter((li) => li.text.includes(', action ')).length;
    }
    expect(actions).toBe(101);
  });

  it('give an action filed under several areas in full under the first, and point there from the others', () => {
    const signsOfSafety = (id: string) =>
      area(id)
        .querySelectorAll('li')
        .find((li) => li.text.includes('action 3.1:'))!;
    expect(text(signsOfSafety('1a'))).toContain('Led by Director of Social Care.');
    expect(text(signsOfSafety('1a'))).toContain('Progress: ');
    expect(text(signsOfSafety('1d'))).not.toContain('Led by');
    expect(signsOfSafety('1d').querySelector('a[href="#area-1a"]')!.text).toBe('under 1a');
  });

  it('show what later visits said, with the visit, its date and a citation', () => {
    const later = text(area('1g').querySelector('details')!);
    expect(later).toContain('What later inspections and visits said');
    expect(later).toMatch(
      /November 2021\): Disabled children in care had pathway plans from age 16.*3 to 14 October 2022\): For older disabled children in care/,
    );
    expect(area('1g').querySelector('a[href*="nct-2021-11-monitoring-visit"]')).not.toBeNull();
  });

  it('show the latest figure of each measure, its status against target and the change over whole years', () => {
    const measured = text(area('3b').querySelector('details')!);
    expect(measured).toMatch(
      /Social workers with more cases than the target: 17\.3% in March 2023, against a target of at most 12%: not met\./,
    );
    expect(measured).toContain(
      'Whole years on this site: 13.1% in 2021/22, down from 17% in 2019/20 (better).',
    );
  });

  it('link back from the plan to the area each action answers', () => {
    const plan = parse(readPage('plans/nct-business-plan-2023/index.html'));
    const links = plan.querySelectorAll('a[href*="northamptonshire-2019-ilacs/index.html#area-"]');
    expect(links).toHaveLength(101);
  });
});

describe("the 2019 inspection's progress page", () => {
  it('is summed up in one sentence on the inspection page, which links to it', () => {
    const summary = page.querySelector('#progress')!.nextElementSibling!;
    expect(text(summary)).toBe(
      'Of 14 areas for improvement, all have actions on this site (33 actions, some answering more than one area), 8 have later findings and 4 have measures; the plans rate those actions 33 green for delivery and 33 amber for outcome. Each area and where it stands, in one table.',
    );
    expect(summary.querySelector('a')!.getAttribute('href')).toBe('./progress/index.html');
  });

  it('has one row per area, with where it stands by the latest source', () => {
    expect(progress.querySelectorAll('tbody tr')).toHaveLength(14);
    expect(text(row(progress, '3b'))).toContain(
      'Social workers with more cases than the target: 17.3% in March 2023 (target at most 12%): not met.',
    );
    // The newest of the two visits that speak of 1g: the 2022 inspection, not the 2021 monitoring visit.
    expect(text(row(progress, '1g'))).toContain(
      "3 to 14 October 2022: For older disabled children in care, planning for the move from children's services to adult services starts too late.",
    );
    expect(text(row(progress, '1g'))).not.toContain('November 2021');
    expect(row(progress, '1a').querySelectorAll('td').map(text).slice(0, 3)).toEqual([
      '10',
      '10 green',
      '10 amber',
    ]);
  });

  it('leaves out the columns nothing fills, and says so', () => {
    const headers = progress.querySelectorAll('thead th').map(text);
    expect(headers).not.toContain('Meeting items and decisions');
    expect(headers).not.toContain('What a source reports was done');
    expect(text(progress.querySelector('main')!)).toContain(
      'Nothing on this site yet: accounts of what was done and meeting items or decisions about these areas.',
    );
  });

  it('gives the same rows as CSV in the data catalogue, one per area of every inspection', () => {
    const csv = readFileSync(join(distDir, 'data/areas-for-improvement.csv'), 'utf8').trim().split('\n');
    const rows2019 = csv.filter((line) => line.startsWith('northamptonshire-2019-ilacs,'));
    expect(rows2019).toHaveLength(14);
    expect(csv[0]!.trim()).toBe(
      'inspection,inspection_title,area,reference,text,source,accounts,actions,action_refs,delivery,outcome,later_findings,latest_finding,meeting_items,urgency_decisions,measures,latest_figures,url',
    );
    expect(rows2019.find((line) => line.includes('#3b'))).toContain(
      'nct-kpi-11: 17.3% in March 2023 (target at most 12%): not met',
    );
  });
});

describe('areas answered by what a source reports, not by a plan', () => {
  it("the adoption agency's two areas show the annual report's account, cited to its lines", () => {
    const adoption = parse(readPage('inspections/nct-2022-adoption-agency/index.html'));
    const first = text(adoption.querySelector('#area-1 details')!);
    expect(first).toContain('What the sources report was done');
    expect(first).toContain('launched it in April 2022');
    expect(adoption.querySelector('#area-1 details a[href*="#L6489"]')).not.toBeNull();
    const table = parse(readPage('inspections/nct-2022-adoption-agency/progress/index.html'));
    expect(table.querySelectorAll('thead th').map(text)).toEqual(['Area', 'What a source reports was done']);
  });

  it('an area nothing answers says so plainly, on its page and its progress page', () => {
    const old = parse(
      readPage('inspections/northamptonshire-2011-safeguarding-and-looked-after-children/index.html'),
    );
    expect(text(old.querySelector('li[id^="area-"] .area-progress')!)).toBe(
      'Nothing on this site yet records what was done about this.',
    );
    const table = parse(
      readPage(
        'inspections/northamptonshire-2011-safeguarding-and-looked-after-children/progress/index.html',
      ),
    );
    expect(text(table.querySelector('#summary')!.nextElementSibling!)).toBe(
      'Of 18 areas for improvement, none has anything on this site yet that records what was done about it.',
    );
  });
});

describe('the way to the progress pages', () => {
  it("is linked from the inspection's organisation page", () => {
    const organisation = parse(readPage('organisations/northamptonshire-county-council/index.html'));
    expect(organisation.querySelectorAll('a').map((a) => a.getAttribute('href'))).toContain(
      '../../inspections/northamptonshire-2019-ilacs/progress/index.html',
    );
  });

  it('is built only for inspections that name areas for improvement', () => {
    expect(() => readPage('inspections/nct-2022-ilacs/progress/index.html')).toThrow();
  });
});
