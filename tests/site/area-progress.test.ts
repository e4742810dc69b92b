/** On the default site, what has been done about each of the 2019 inspection's areas for improvement. */
import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { distDir, readPage } from '../support/dist.ts';

const page = parse(readPage('inspections/northamptonshire-2019-ilacs/index.html'));
const areas = page.querySelectorAll('li[id^="area-"]');

describe("the 2019 inspection's areas for improvement", () => {
  it('are each named by the code the Business Plan files its actions under', () => {
    expect(areas.map((a) => a.id.replace('area-', ''))).toEqual(
      '1a 1b 1c 1d 1e 1f 1g 2a 2b 2c 3a 3b 3c 3d'.split(' '),
    );
    expect(areas).toHaveLength(14);
  });

  it("each show what answers it: every one of the plan's 101 filings of an action under a 2019 code", () => {
    let actions = 0;
    for (const area of areas) {
      const done = area.querySelector('details.area-progress');
      expect(done, area.id).not.toBeNull();
      actions += done!.querySelectorAll('li').filter((li) => li.text.includes(', action ')).length;
    }
    expect(actions).toBe(101);
  });

  it('link back from the plan to the area each action answers', () => {
    const plan = parse(readPage('plans/nct-business-plan-2023/index.html'));
    const links = plan.querySelectorAll('a[href*="northamptonshire-2019-ilacs/index.html#area-"]');
    expect(links).toHaveLength(101);
  });
});

describe("the 2019 inspection's progress view", () => {
  it('sums up the rows in one sentence, counting only what the plan rates', () => {
    const text = page.querySelector('#progress')!.nextElementSibling!.text;
    expect(text).toBe(
      'Of 14 areas for improvement, all have actions on this site (33 actions, some answering more than one area); the plans rate those actions 33 green for delivery and 33 amber for outcome.',
    );
    expect(page.querySelectorAll('#progress-caption')).toHaveLength(1);
  });

  it('gives the same rows as CSV in the data catalogue, one per area of every inspection', () => {
    const csv = readFileSync(join(distDir, 'data/areas-for-improvement.csv'), 'utf8').trim().split('\n');
    const rows2019 = csv.filter((line) => line.startsWith('northamptonshire-2019-ilacs,'));
    expect(rows2019).toHaveLength(14);
    expect(csv[0]).toContain('reference,text,source,actions,action_refs,delivery,outcome');
  });
});

describe('the way to the progress view', () => {
  it("is linked from the inspection's organisation page", () => {
    const organisation = parse(readPage('organisations/northamptonshire-county-council/index.html'));
    expect(organisation.querySelectorAll('a').map((a) => a.getAttribute('href'))).toContain(
      '../../inspections/northamptonshire-2019-ilacs/index.html#progress',
    );
  });
});
