import { describe, expect, it } from 'vitest';
import { findDate, findDateRange, formatDate, formatDateRange, yearOf } from '../../src/shared/dates.ts';

describe('dates in words', () => {
  it('writes a full date the British way', () => {
    expect(formatDate('2011-05-06')).toBe('6 May 2011');
  });
  it('keeps the day a date names even in British Summer Time', () => {
    expect(formatDate('2023-06-30')).toBe('30 June 2023');
    expect(formatDate('2023-10-29')).toBe('29 October 2023');
  });
  it('writes a month and year, or a year alone, as given', () => {
    expect(formatDate('2021-04')).toBe('April 2021');
    expect(formatDate('1889')).toBe('1889');
  });
  it('shortens a range within one month', () => {
    expect(formatDateRange('2011-03-07', '2011-03-18')).toBe('7 to 18 March 2011');
  });
  it('names both months of a range across months, and both years across years', () => {
    expect(formatDateRange('2022-02-28', '2022-03-04')).toBe('28 February to 4 March 2022');
    expect(formatDateRange('2021-12-30', '2022-01-07')).toBe('30 December 2021 to 7 January 2022');
  });
  it('writes a one-day range as one date', () => {
    expect(formatDateRange('2023-10-10', '2023-10-10')).toBe('10 October 2023');
    expect(formatDateRange('2023-10-10')).toBe('10 October 2023');
  });
  it('reads the year of any date', () => {
    expect(yearOf('2021-04')).toBe(2021);
  });
});

describe('dates as documents write them', () => {
  it('reads ranges within a month, across months and with both years, and single dates', () => {
    expect(findDateRange('Inspection dates: 7 – 18 March 2011')).toEqual({
      start: '2011-03-07',
      end: '2011-03-18',
    });
    expect(findDateRange('28 February to 4 March 2022')).toEqual({ start: '2022-02-28', end: '2022-03-04' });
    expect(findDateRange('30 December 2022 – 2 January 2023')).toEqual({
      start: '2022-12-30',
      end: '2023-01-02',
    });
    expect(findDate('Thursday, 28th September, 2023')).toBe('2023-09-28');
  });

  it('gives nothing for a date without its year or a day that does not exist', () => {
    expect(findDate('Published: 6 May')).toBeUndefined();
    expect(findDate('31 February 2023')).toBeUndefined();
  });
});
