import { describe, expect, it } from 'vitest';
import { formatNumber, listInWords, numberFromWord, plural } from '../../src/shared/numbers.ts';

describe('numbers in words', () => {
  it('groups thousands with commas', () => {
    expect(formatNumber(162400)).toBe('162,400');
  });
  it('keeps the decimals a source gives', () => {
    expect(formatNumber(12.3, 'percent')).toBe('12.3%');
    expect(formatNumber(147.2, 'days')).toBe('147.2 days');
  });
  it('writes rates for every 10,000 and every 100,000 children', () => {
    expect(formatNumber(71.9, 'per-10000')).toBe('71.9 per 10,000');
    expect(formatNumber(170, 'per-100000')).toBe('170 per 100,000');
  });
  it('writes money in pounds', () => {
    expect(formatNumber(705433, 'pounds')).toBe('£705,433');
  });
  it('uses the singular for one', () => {
    expect(formatNumber(1, 'weeks')).toBe('1 week');
    expect(plural(1, 'judgement')).toBe('1 judgement');
    expect(plural(22, 'judgement')).toBe('22 judgements');
  });
  it('joins a list with commas and "and"', () => {
    expect(listInWords(['a', 'b', 'c'])).toBe('a, b and c');
    expect(listInWords(['a'])).toBe('a');
    expect(listInWords([])).toBe('');
  });
});

describe('numbers written as words', () => {
  it('reads the words documents use for small numbers, and figures, and nothing else', () => {
    expect(numberFromWord('three')).toBe(3);
    expect(numberFromWord('Twelve')).toBe(12);
    expect(numberFromWord('no')).toBe(0);
    expect(numberFromWord('42')).toBe(42);
    expect(numberFromWord('several')).toBeUndefined();
    expect(numberFromWord('3.5')).toBeUndefined();
  });
});
