import { describe, expect, it } from 'vitest';
import {
  linkCitationsInHtml,
  parseCitation,
  placeInWords,
  splitCitations,
  withoutCitations,
} from '../../src/shared/citations.ts';

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
    expect(parseCitation('nct-business-plan-2023 L172')).toEqual({
      document: 'nct-business-plan-2023',
      place: 'line\u00a0172',
    });
  });
});

describe('citations written into prose', () => {
  const titles = new Map([
    ['wnc-council-2023-11-30', 'Council agenda pack, 30 November 2023'],
    ['nct-self-evaluation-2022', 'Self-evaluation 2022'],
  ]);
  const titleOf = (id: string) => titles.get(id);

  it('are found in a sentence, with the text around them kept', () => {
    expect(
      splitCitations('A budget of £3.3m (wnc-council-2023-11-30 L11280). Approved (doc p3, p5).'),
    ).toEqual([
      'A budget of £3.3m ',
      { reference: 'wnc-council-2023-11-30 L11280' },
      '. Approved ',
      { reference: 'doc p3, p5' },
      '.',
    ]);
  });

  it('leave ordinary brackets alone', () => {
    expect(
      splitCitations('Children in care (looked after children) and the 2019 ILACS (L is not a line)'),
    ).toEqual(['Children in care (looked after children) and the 2019 ILACS (L is not a line)']);
  });

  it('are taken out where they cannot be links', () => {
    expect(withoutCitations('A budget of £3.3m (wnc-council-2023-11-30 L11280).')).toBe('A budget of £3.3m.');
  });

  it("become links in words: the place alone for the page's own document, with the title for another", () => {
    const html =
      '<p>The same grade (nct-self-evaluation-2022 L83) and a budget (wnc-council-2023-11-30 L11308-11309).</p>';
    expect(linkCitationsInHtml(html, 'nct-self-evaluation-2022', titleOf).replaceAll('\u00a0', ' ')).toBe(
      '<p>The same grade (<a class="cite" href="/sources/nct-self-evaluation-2022/#L83" data-pagefind-ignore>line 83</a>) and a budget ' +
        '(<a class="cite" href="/sources/wnc-council-2023-11-30/#L11308-11309" data-pagefind-ignore>Council agenda pack, 30 November 2023, lines 11308 to 11309</a>).</p>',
    );
  });

  it('that name an unknown document are an error, not a broken link', () => {
    expect(() => linkCitationsInHtml('<p>See (no-such-doc L1).</p>', undefined, titleOf)).toThrow(
      '"no-such-doc", which is not a document in data/sources.json',
    );
  });
});
