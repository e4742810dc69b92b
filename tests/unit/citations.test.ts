import { describe, expect, it } from 'vitest';
import { parseCitation, placeInWords } from '../../src/lib/citations.ts';

/** Places are joined by no-break spaces; compare them as ordinary spaces. */
const words = (text: string) => text.replaceAll('\u00a0', ' ');

describe('citations', () => {
  it('names a line, a range of lines or a page in words', () => {
    expect(words(placeInWords('ofsted-2011-northamptonshire L92'))).toBe('line 92');
    expect(words(placeInWords('ofsted-2011-northamptonshire L77-86'))).toBe('lines 77 to 86');
    expect(words(placeInWords('some-doc p12'))).toBe('page 12');
  });
  it('joins several places with "and"', () => {
    expect(words(placeInWords('doc L408, L363'))).toBe('line 408 and line 363');
  });
  it('separates the document from the place', () => {
    expect(parseCitation('nct-business-plan-2023 L172')).toEqual({ document: 'nct-business-plan-2023', place: 'line\u00a0172' });
  });
});
