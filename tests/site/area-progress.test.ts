/** On the default site, what has been done about each of the 2019 inspection's areas for improvement. */
import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { readPage } from '../support/dist.ts';

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
