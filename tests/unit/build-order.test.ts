import { describe, expect, it } from 'vitest';
import { spreadOut } from '../../src/build/build-order.ts';

const route = (item: string) => item.split('-')[0]!;

describe('the order a build renders its pages in', () => {
  it('spreads a small route, such as the KPI pages with charts, evenly among a large one', () => {
    const pages = [...Array.from({ length: 8 }, (_, n) => `decision-${n}`), 'kpi-0', 'kpi-1'];
    const order = spreadOut(pages, route);
    // The two KPI pages come a quarter and three quarters of the way through, not together at the end.
    expect(order.indexOf('kpi-0')).toBe(2);
    expect(order.indexOf('kpi-1')).toBe(7);
  });

  it("keeps every page exactly once and each route's pages in their own order", () => {
    const pages = ['a-0', 'b-0', 'a-1', 'c-0', 'b-1', 'a-2', 'a-3'];
    const order = spreadOut(pages, route);
    expect([...order].sort()).toEqual([...pages].sort());
    for (const group of ['a', 'b', 'c'])
      expect(order.filter((p) => route(p) === group)).toEqual(pages.filter((p) => route(p) === group));
  });

  it('gives the same order for the same pages, so builds are repeatable', () => {
    const pages = Array.from({ length: 50 }, (_, n) => `${['x', 'y', 'z'][n % 3]}-${n}`);
    expect(spreadOut(pages, route)).toEqual(spreadOut(pages, route));
  });
});
