import { describe, expect, it } from 'vitest';
import {
  countInWords,
  emptyState,
  highlightHref,
  isEmpty,
  markedWords,
  pagefindQuery,
  readState,
  withoutEmptyBrackets,
  writeState,
} from '../../src/publish/search.ts';

describe('a search kept in the address', () => {
  it('reads the words, the filters and the order from a shared link', () => {
    const state = readState('?q=care++leavers%20&kind=Inspection&year=2022&sort=newest');
    expect(state).toEqual({
      q: 'care leavers',
      filters: { kind: 'Inspection', year: '2022' },
      sort: 'newest',
    });
  });

  it('writes the same link back, in a fixed order, leaving out what is not chosen', () => {
    const state = readState('?year=2023&q=temporary+accommodation&kind=Decision');
    expect(writeState(state)).toBe('?q=temporary+accommodation&kind=Decision&year=2023');
    expect(readState(writeState(state))).toEqual(state);
    expect(writeState(emptyState)).toBe('');
  });

  it('ignores unknown parameters, empty filters and an order it does not offer', () => {
    expect(readState('?q=&kind=&colour=red&sort=sideways')).toEqual(emptyState);
    expect(isEmpty(readState('?kind=Motion'))).toBe(false);
  });

  it('keeps apostrophes and ampersands in filter values', () => {
    const state = readState(
      writeState({
        q: '',
        filters: { kind: "Young people's version", organisation: "Northamptonshire Children's Trust" },
        sort: 'relevance',
      }),
    );
    expect(state.filters).toEqual({
      kind: "Young people's version",
      organisation: "Northamptonshire Children's Trust",
    });
  });
});

describe('what Pagefind is asked', () => {
  it('passes the words and filters, and sorts by date only when asked', () => {
    expect(pagefindQuery(readState('?q=vaping&kind=Motion'))).toEqual({
      term: 'vaping',
      options: { filters: { kind: 'Motion' } },
    });
    expect(pagefindQuery(readState('?q=vaping&sort=oldest')).options.sort).toEqual({ date: 'asc' });
  });

  it('lists filtered pages newest first when no words are typed', () => {
    expect(pagefindQuery(readState('?kind=Decision&year=2023'))).toEqual({
      term: null,
      options: { filters: { kind: 'Decision', year: '2023' }, sort: { date: 'desc' } },
    });
  });
});

describe('the decision register asking search for decisions and motions together', () => {
  it('asks Pagefind for either kind, with the other filters as they are', () => {
    expect(
      pagefindQuery(readState('?kind=Decisions+and+motions&body=Cabinet&topic=Housing&sort=newest')),
    ).toEqual({
      term: null,
      options: {
        filters: { kind: { any: ['Decision', 'Motion'] }, body: 'Cabinet', topic: 'Housing' },
        sort: { date: 'desc' },
      },
    });
  });

  it('says so in the count', () => {
    expect(countInWords(12, readState('?kind=Decisions+and+motions&topic=Housing&year=2023'))).toBe(
      '12 results among decisions and motions, on the topic “Housing”, in 2023.',
    );
  });
});

describe('the count a screen reader announces', () => {
  it('says how many results, for which words, and within which filters', () => {
    expect(countInWords(3, readState('?q=care+leavers&kind=Inspection&year=2022'))).toBe(
      '3 results for “care leavers” among inspections, in 2022.',
    );
    expect(countInWords(1, readState('?q=vaping'))).toBe('1 result for “vaping”.');
    expect(countInWords(40, readState('?kind=Decision&member=Jonathan+Nunn'))).toBe(
      '40 results among decisions, naming Jonathan Nunn.',
    );
  });

  it('suggests fewer words when nothing is found', () => {
    expect(countInWords(0, readState('?q=unicorn+budget'))).toBe(
      'No results for “unicorn budget”. Try fewer or different words: every word must be on the page.',
    );
  });
});

describe('taking a reader to the words on the page a result opens', () => {
  it('takes the marked words from an excerpt, as the page writes them, without punctuation or repeats', () => {
    expect(
      markedWords(
        'the <mark>Care</mark> <mark>leavers,</mark> and <mark>care</mark> of “<mark>arrested?</mark>”',
      ),
    ).toEqual(['Care', 'leavers', 'arrested']);
    expect(markedWords('no marks here')).toEqual([]);
  });

  it('adds a text fragment the browser highlights, after any section anchor', () => {
    expect(highlightHref('/inspections/x/', ['care', 'leavers'])).toBe(
      '/inspections/x/#:~:text=care&text=leavers',
    );
    expect(highlightHref('/plans/y/#priorities', ['after-care'])).toBe(
      '/plans/y/#priorities:~:text=after%2Dcare',
    );
    expect(highlightHref('/plans/y/', [])).toBe('/plans/y/');
  });
});

describe('a result excerpt', () => {
  it('loses the brackets its citations leave behind, and keeps every other bracket and mark', () => {
    expect(
      withoutEmptyBrackets('Fewer children come into care late () and <mark>care</mark> leavers ( , ).'),
    ).toBe('Fewer children come into care late and <mark>care</mark> leavers.');
    expect(withoutEmptyBrackets('The multi-agency safeguarding hub (MASH) acts (quickly).')).toBe(
      'The multi-agency safeguarding hub (MASH) acts (quickly).',
    );
  });
});
