import { describe, expect, it } from 'vitest';
import { loadSite } from '../../src/site/load.ts';
import {
  areasByTimescale,
  gradeCountsInWords,
  headlineJudgements,
  inspectionDate,
  inspectionWhen,
  inspectionWhenInSentence,
  listingDate,
  newestFirst,
  resultInWords,
  timescaleHeading,
} from '../../src/content-types/inspections/model.ts';
import { fixturePaths } from '../support/fixtures.ts';

const site = loadSite(fixturePaths());
const graded = site.inspections.find((e) => e.slug === 'testshire-2023-ilacs')!.data;
const visit = site.inspections.find((e) => e.slug === 'testshire-2022-monitoring-visit')!.data;
const scale = site.scales[0]!;

describe('inspection facts worked out from the data', () => {
  it('counts judgements by grade in the scale order', () => {
    expect(gradeCountsInWords(graded, scale)).toBe(
      '2 judgements: 1 Good and 1 Requires improvement to be good.',
    );
  });
  it('takes overall effectiveness as the headline judgement', () => {
    expect(headlineJudgements(graded)).toEqual([{ group: 'Judgements', grade: 'Good' }]);
    expect(resultInWords(graded)).toBe('Good overall');
  });
  it('says in plain words that an ungraded visit reports findings, not grades', () => {
    expect(headlineJudgements(visit)).toEqual([]);
    expect(resultInWords(visit)).toBe('No grades: the inspectors reported what they found');
  });
  it('orders by publication date, and uses the month the sources give when there is no date', () => {
    expect(inspectionDate(graded)).toBe('2023-03-01');
    expect(inspectionDate(visit)).toBe('2022-06');
    expect(newestFirst(site.inspections).map((e) => e.slug)).toEqual([
      'testshire-2023-ilacs',
      'testshire-2022-monitoring-visit',
    ]);
  });
  it('says when the inspectors were there, or the month when that is all that is known', () => {
    expect(inspectionWhen(graded)).toBe('9 to 20 January 2023');
    expect(inspectionWhen(visit)).toBe('June 2022');
  });
  it('says so when the sources give no date, only when it had happened by', () => {
    const undated = { ...visit, dates: { source: 'test-report L1', knownBy: '2023-11' } };
    expect(inspectionWhen(undated)).toBe('By November 2023 (the exact date is not known)');
    expect(inspectionWhenInSentence(undated)).toBe('by November 2023 (the exact date is not known)');
    expect(listingDate(undated)).toBe('By November 2023');
    expect(inspectionDate(undated)).toBe('2023-11');
    expect(listingDate(graded)).toBe('1 March 2023');
  });
  it('puts the most urgent areas for improvement first', () => {
    const groups = areasByTimescale([
      { timescale: 'within 6 months', text: 'b', source: 'x L1', responses: [] },
      { timescale: 'not stated', text: 'd', source: 'x L1', responses: [] },
      { timescale: 'within 3 months', text: 'c', source: 'x L1', responses: [] },
      { timescale: 'immediately', text: 'a', source: 'x L1', responses: [] },
    ]);
    expect(groups.map((g) => g.timescale)).toEqual([
      'immediately',
      'within 3 months',
      'within 6 months',
      'not stated',
    ]);
    expect(timescaleHeading('within 3 months')).toBe('Within 3 months');
    expect(timescaleHeading('not stated')).toBe('Timescale not stated');
  });
});
