/** Finance tables and risk registers as downloads: the same rows as the pages, scores worked out. */
import { describe, expect, it } from 'vitest';
import { loadSite } from '../../src/site/load.ts';
import {
  financeCsv,
  financeJson,
  riskCsv,
  riskJson,
  riskScore,
} from '../../src/content-types/plans/downloads.ts';
import { fixturePaths } from '../support/fixtures.ts';

const site = loadSite(fixturePaths());
const budget = site.finance.find((f) => f.data.id === 'testshire-budget-2023')!.data;
const register = site.risks.find((r) => r.data.id === 'testshire-risks-2023')!.data;

describe('finance downloads', () => {
  it('give one CSV row per line of the table, figures as printed and empty where the source is empty', () => {
    const lines = financeCsv(budget).split('\r\n');
    expect(lines[0]).toBe('line,budget,outturn,variance,total_row,unit,source');
    expect(lines.slice(1, -1)).toEqual([
      'Placements,6000,7000,1000,no,thousand pounds,test-report L100',
      'Staffing,4200,4100,-100,no,thousand pounds,test-report L101',
      'Total,10200,11100,900,yes,thousand pounds,test-report L102',
    ]);
    expect(
      financeCsv({ ...budget, rows: [{ ...budget.rows[0]!, values: [1, null, 3] }] }).split('\r\n')[1],
    ).toBe('Placements,1,,3,no,thousand pounds,test-report L100');
  });

  it('keep the disagreement the source has in the JSON', () => {
    expect(JSON.parse(financeJson(budget)).inconsistencies).toEqual([
      { description: 'Another page gives the total budget as £10.4m.', source: 'test-report L82' },
    ]);
  });
});

describe('risk downloads', () => {
  it('work out each score as likelihood times impact', () => {
    expect(riskScore({ likelihood: 4, impact: 5 })).toBe(20);
    expect(riskCsv(register).split('\r\n')[1]).toBe(
      "R1,Not enough foster carers,Director of Children's Services,4,5,20,4,3,12,2,5,10,test-report L103",
    );
    expect(JSON.parse(riskJson(register)).risks[0].current).toEqual({ likelihood: 4, impact: 3, score: 12 });
  });
});
