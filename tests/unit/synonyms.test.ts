/** Ways of writing the same thing: pages indexed under the forms they do not use, and queries searched in every form. */
import { describe, expect, it } from 'vitest';
import { otherForms, withSynonyms } from '../../src/publish/synonyms.ts';
import { alternativeQueries, interleaved } from '../../src/publish/search.ts';
import { problemsOf } from '../support/problems.ts';

const groups = [
  ['call in', 'call-in', 'called in'],
  ['children in care', 'looked after children'],
];

describe('a page indexed under the forms it does not use', () => {
  it('gets the other forms of a group it uses one form of, whatever the case or hyphens', () => {
    expect(otherForms('Cabinet decisions are subject to Call-In by councillors.', groups)).toEqual([
      'called in',
    ]);
    expect(otherForms('Looked-after children and care leavers', groups)).toEqual(['children in care']);
    // "call" and "in" apart are not the phrase.
    expect(otherForms('Calls answered in time', groups)).toEqual([]);
  });

  it('carries them in an attribute search reads, at the end of the main region, and changes nothing else', () => {
    const page =
      '<html><body><main data-pagefind-body><p>Children in care & "others"</p></main></body></html>';
    expect(withSynonyms(page, groups)).toBe(
      '<html><body><main data-pagefind-body><p>Children in care & "others"</p><span data-pagefind-index-attrs="data-also" data-also="looked after children"></span></main></body></html>',
    );
    const plain = '<html><body><main><p>Nothing to add.</p></main></body></html>';
    expect(withSynonyms(plain, groups)).toBe(plain);
  });
});

describe('a query searched in every form', () => {
  it('is searched as asked and with each other form in place of the one it uses', () => {
    expect(alternativeQueries('call in', groups)).toEqual(['call in', 'call-in', 'called in']);
    expect(alternativeQueries('Which decisions can I call-in', groups)).toEqual([
      'Which decisions can I call-in',
      'which decisions can i called in',
    ]);
    expect(alternativeQueries('care leavers', groups)).toEqual(['care leavers']);
  });

  it('gives the results in turn from each search, each page once', () => {
    const a = [{ id: 'kpi-1' }, { id: 'kpi-2' }, { id: 'cabinet' }];
    const b = [{ id: 'cabinet' }, { id: 'cabinet-item' }];
    expect(interleaved([a, b]).map((r) => r.id)).toEqual(['kpi-1', 'cabinet', 'kpi-2', 'cabinet-item']);
  });
});

describe("a site's own synonyms", () => {
  it('are added to Lantern’s, and a group of one form stops the build, naming the file', () => {
    const problems = problemsOf((fixture) => fixture.write('data/search-synonyms.json', '[["call in"]]'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'data/search-synonyms.json', field: '1' });
    expect(problems[0]!.expected).toContain('at least two ways of writing the same thing');
  });
});
