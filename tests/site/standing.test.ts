/** "Where things stand" on the default site, as a resident asking "is my council's children's services any good now, and getting better?" reads it. */
import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { readPage } from '../support/dist.ts';

const page = (path: string) => parse(readPage(path));
const text = (node: { text: string }) => node.text.replace(/\s+/g, ' ').trim();

describe("the Trust's page", () => {
  it("compares its latest full inspection with the county council's before it took over the services", () => {
    const standing = page('organisations/northamptonshire-childrens-trust/index.html').querySelector(
      'section.standing',
    )!;
    expect(text(standing.querySelector('p')!)).toBe(
      "Children's services, as a whole: Requires improvement to be good (grade 3 of 4) at Ofsted's latest full inspection, 3 to 14 October 2022. That is better than at the one before (Northamptonshire County Council's), in 2019: inadequate. Read about that inspection",
    );
  });
});

describe("West Northamptonshire Council's page", () => {
  const root = page('organisations/west-northamptonshire-council/index.html');
  const standing = root.querySelector('section.standing')!;

  it('opens with where things stand, before anything else the page says', () => {
    const main = root.querySelector('main')!;
    expect(main.querySelector('h2')!.text).toBe('Where things stand');
    expect(main.querySelector('h2')!.parentNode).toBe(standing);
  });

  it("gives the latest judgement of children's services in words, and how it compares with the one before", () => {
    expect(text(standing.querySelector('p')!)).toBe(
      "Children's services, as a whole: Requires improvement to be good (grade 3 of 4) at Ofsted's latest full inspection, 3 to 14 October 2022. That is better than at the one before (Northamptonshire County Council's), in 2019: inadequate. Read about that inspection",
    );
    expect(standing.querySelector('a[href*="inspections/nct-2022-ilacs/"]')!.text).toBe(
      'Read about that inspection',
    );
  });

  it('lists the visits since, and says plainly that the sources do not list the areas for improvement', () => {
    const since = standing.querySelectorAll('ul')[0]!;
    expect(since.querySelectorAll('li').map(text)).toEqual([
      "Ofsted focused visit: the front door, Northamptonshire Children's Trust, October 2023",
    ]);
    expect(text(standing)).toContain(
      'The sources on this site do not list the areas for improvement from that inspection.',
    );
  });

  it('puts the fostering agency apart from the services as a whole, with its own grade and direction', () => {
    const services = standing.querySelectorAll('h3 + p + ul li').map(text);
    expect(services).toEqual([
      'Adoption agency: Good (grade 2 of 4) from Ofsted, January 2022.',
      'Fostering agency: Inadequate (grade 4 of 4) from Ofsted, 6 to 10 February 2023. That is worse than at the one before, in 2021: requires improvement to be good.',
    ]);
    expect(text(standing)).toContain(
      "Their grades are not part of the judgement of children's services as a whole.",
    );
  });

  it("gives the Trust's headline measures against target, and England's figure where the sources give it", () => {
    const measures = standing.querySelectorAll('ul').at(-1)!.querySelectorAll('li').map(text);
    expect(measures).toHaveLength(9);
    // The key figures residents ask for, with England and similar areas beside them.
    expect(measures).toContain(
      'Children in care for every 10,000 children: 71.9 per 10,000 in March 2023; England 70 per 10,000.',
    );
    expect(measures).toContain(
      'First child protection meetings held within 15 days: 24.3% in March 2023 (target at least 81%): not met; England 79%.',
    );
  });

  it('lists its inspections newest first', () => {
    const years = root
      .querySelectorAll('#inspections ~ ol.timeline time')
      .map((t) => t.getAttribute('datetime')!.slice(0, 7));
    expect(years.length).toBeGreaterThan(10);
    expect(years).toEqual([...years].sort().reverse());
    expect(text(root.querySelector('main')!)).toContain('inspections and visits, newest first');
  });
});

describe('the youth offending service, which only a regulated inspection has judged', () => {
  it("has no judgement of children's services as a whole, only its own", () => {
    const standing = page('organisations/northamptonshire-youth-offending-service/index.html').querySelector(
      'section.standing',
    )!;
    expect(text(standing)).not.toContain("Children's services, as a whole");
    expect(standing.querySelectorAll('h3 + ul li').map(text)[0]).toBe(
      'Youth justice service: Good (grade 2 of 4) from HMI Probation, by November 2023 (the exact date is not known).',
    );
  });
});

describe('the home page', () => {
  it('says where things stand for each organisation that exists now and has been judged', () => {
    const root = page('index.html');
    const heading = root.querySelectorAll('h2').find((h) => h.text === 'Where things stand')!;
    const lines: string[] = [];
    for (let node = heading.nextElementSibling; node && node.tagName === 'P'; node = node.nextElementSibling)
      lines.push(text(node));
    expect(lines.map((line) => line.split(':')[0])).toEqual([
      'West Northamptonshire Council',
      'North Northamptonshire Council',
      "Northamptonshire Children's Trust",
      'Northamptonshire Youth Offending Service',
      'Northumberland County Council',
    ]);
    expect(lines[0]).toBe(
      "West Northamptonshire Council: children's services requires improvement to be good at the latest full inspection (3 to 14 October 2022), better than the one before; adoption agency good (January 2022); fostering agency inadequate (6 to 10 February 2023).",
    );
    // The county council no longer exists: its history is on its own page, not in the summary.
    expect(lines.join(' ')).not.toContain('Northamptonshire County Council');
  });
});

describe('the performance headline', () => {
  it("counts the children's measures apart from the support services, and only where a target applies", () => {
    for (const path of [
      'performance/index.html',
      'performance/northamptonshire-childrens-trust/index.html',
    ]) {
      const main = text(page(path).querySelector('main')!);
      expect(main, path).toContain(
        "Children's services: on the latest figures, 7 of the 15 measures with a target in force met it.",
      );
      expect(main, path).toContain(
        'Support services to the organisation, counted apart (not services for children): on the latest figures, 39 of the 42 measures with a target in force met it.',
      );
      expect(main, path).not.toContain('46 of');
    }
  });
});

describe('the key figures residents ask for', () => {
  it('children in care have their own measure, with England and similar areas beside the latest rate', () => {
    const main = text(page('kpis/nct-children-in-care-rate/index.html').querySelector('main')!);
    expect(main).toContain(
      'Children in care for every 10,000 children: 71.9 per 10,000 in March 2023, with no target set.',
    );
    expect(main).toContain('For comparison: England 70 per 10,000, Statistical neighbours 64 per 10,000.');
    expect(text(page('kpis/nct-child-protection-plans-rate/index.html').querySelector('main')!)).toContain(
      'For comparison: England 42 per 10,000, Statistical neighbours 34 per 10,000.',
    );
  });

  it('the differing counts of children in care in the source are shown side by side, not settled', () => {
    const main = text(page('performance/northamptonshire-childrens-trust/index.html').querySelector('main')!);
    expect(main).toContain('Where the source disagrees with itself');
    for (const count of ['1,231', '1,226', '1,124']) expect(main).toContain(count);
  });
});
