/** The glossary on young people's pages: which words it explains, where, and what it refuses. */
import { describe, expect, it } from 'vitest';
import {
  avoidedWordsIn,
  glossHtml,
  termsFor,
  unknownAbbreviations,
} from '../../src/content-types/young-people/glossary.ts';
import { glossarySchema } from '../../src/content-types/young-people/glossary-schema.ts';

const glossary = glossarySchema.parse({
  terms: [
    { term: 'MASH', means: 'The team that first looks at a worry about a child.' },
    { term: 'care leaver', also: ['care leavers'], means: 'A young person who used to be in care.' },
    { term: 'front door', means: 'The MASH in Northamptonshire.', organisations: ['north'] },
    { term: 'front door', means: 'One Call, in Northumberland.', organisations: ['south'] },
  ],
  plainAbbreviations: ['UK'],
});

describe('terms for a page', () => {
  it('are the terms for everywhere and those scoped to the page’s organisation', () => {
    expect(termsFor(glossary, 'north').map((t) => t.means)).toContain('The MASH in Northamptonshire.');
    expect(termsFor(glossary, 'north').map((t) => t.means)).not.toContain('One Call, in Northumberland.');
    expect(termsFor(glossary, '').map((t) => t.term)).toEqual(['MASH', 'care leaver']);
  });
});

describe('jargon the glossary lacks', () => {
  it('is any word in capitals it does not explain, singular or plural', () => {
    expect(
      unknownAbbreviations(
        'The MASH and the IROs met in the UK with a CiC group.',
        glossary.terms,
        glossary.plainAbbreviations,
      ),
    ).toEqual(['IROs', 'CiC']);
  });

  it('is nothing in ordinary sentences', () => {
    expect(unknownAbbreviations('Ofsted came in January. It was Good.', glossary.terms, [])).toEqual([]);
  });

  it('is not a capitalised word inside a term of several words', () => {
    const terms = glossarySchema.parse({
      terms: [{ term: 'HM Inspectorate of Probation', means: 'The group that checks youth justice.' }],
    }).terms;
    expect(unknownAbbreviations('HM Inspectorate of Probation came. HM said so.', terms, [])).toEqual(['HM']);
  });
});

describe('words to avoid', () => {
  it('are found in any case, as whole words only', () => {
    const avoid = [{ words: 'placement', instead: 'home', why: 'a home is a home' }];
    expect(avoidedWordsIn('Her Placement ended.', avoid).map((a) => a.found)).toEqual(['Placement']);
    expect(avoidedWordsIn('Placements ended.', avoid)).toEqual([]);
  });
});

describe('meanings shown in place', () => {
  it('follow the first use of each term only, in brackets, and are listed once', () => {
    const { html, used } = glossHtml(
      '<p>The MASH met care leavers. The MASH met again.</p>',
      termsFor(glossary, 'north'),
    );
    expect(html).toBe(
      '<p>The <span class="gloss"><dfn>MASH</dfn> <span class="gloss-means">(The team that first looks at a worry about a child.)</span></span> met <span class="gloss"><dfn>care leavers</dfn> <span class="gloss-means">(A young person who used to be in care.)</span></span>. The MASH met again.</p>',
    );
    expect(used.map((t) => t.term)).toEqual(['MASH', 'care leaver']);
  });

  it('are not put inside headings, links, quotations or parts marked data-no-gloss, but after them', () => {
    const { html } = glossHtml(
      '<h2>The MASH</h2><p><a href="/x/">MASH</a></p><blockquote><p>The MASH, quoted exactly.</p></blockquote><div data-no-gloss><p>MASH</p></div><p>Then the MASH.</p>',
      glossary.terms,
    );
    expect(html.match(/<dfn>/g)).toHaveLength(1);
    expect(html).toContain('<p>Then the <span class="gloss"><dfn>MASH</dfn>');
  });

  it('use the meaning for the page’s organisation where a term means different things', () => {
    expect(glossHtml('<p>The front door.</p>', termsFor(glossary, 'south')).html).toContain(
      '(One Call, in Northumberland.)',
    );
  });
});
