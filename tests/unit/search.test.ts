import { describe, expect, it } from 'vitest';
import {
  answersFor,
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

describe('answers put first when a reader names a page', () => {
  const answer = (names: string[]) => ({
    names,
    title: names[0]!,
    label: '',
    url: `/${names[0]}/`,
    text: '',
  });
  const inCare = answer(['Children in care']);
  const rate = answer(['Children in care for every 10,000 children']);
  const plans = answer(['Children on a child protection plan']);
  const trust = answer(["Northamptonshire Children's Trust", 'NCT']);
  const all = [inCare, rate, plans, trust];
  const synonyms = [['children in care', 'looked after children', 'children looked after']];
  const found = (q: string) => answersFor(q, all, synonyms).map((a) => a.names[0]);

  it('finds a measure by its name, however the question is put and in any way of writing it', () => {
    expect(found('children in care')).toEqual([
      'Children in care',
      'Children in care for every 10,000 children',
    ]);
    expect(found('How many looked after children are there?')).toEqual([
      'Children in care',
      'Children in care for every 10,000 children',
    ]);
    expect(found('child protection plans')).toEqual(['Children on a child protection plan']);
  });

  it('finds an organisation by its name, with a few more words, but not by one word or a loose match', () => {
    expect(found("northamptonshire children's trust")).toEqual(["Northamptonshire Children's Trust"]);
    expect(found("northamptonshire children's trust ofsted")).toEqual(["Northamptonshire Children's Trust"]);
    expect(found('trust')).toEqual([]);
    expect(found('care')).toEqual([]);
    expect(found('children in need')).toEqual([]);
    expect(found('northamptonshire care leavers transport budget')).toEqual([]);
  });

  it('says in the count that they lead the list', () => {
    expect(countInWords(88, readState('?q=children+in+care'), 2)).toBe(
      '88 results for “children in care”, and 2 pages named by it first.',
    );
    expect(countInWords(0, readState('?q=number+of+children+in+care'), 1)).toBe(
      '1 page named by “number of children in care”, and no other results.',
    );
  });

  it('gives at most three', () => {
    expect(
      answersFor(
        'children',
        Array.from({ length: 5 }, (_, i) => answer([`Children ${i} x`])),
        [],
      ),
    ).toEqual([]);
    const many = Array.from({ length: 5 }, (_, i) => answer([`Care leavers ${i}`]));
    expect(answersFor('care leavers', many, [])).toHaveLength(3);
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
