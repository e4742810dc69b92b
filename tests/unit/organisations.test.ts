/** How organisations relate: one walk through the relations, whichever side an author wrote them on. */
import { describe, expect, it } from 'vitest';
import {
  areasCovered,
  historyScope,
  lineage,
  relationsOf,
} from '../../src/content-types/organisations/model.ts';
import type { Organisation } from '../../src/content-types/organisations/schema.ts';

const organisation = (id: string, relations: Organisation['relations'] = []): Organisation =>
  ({ id, name: id, kind: 'council', relations, existed: {} }) as Organisation;

// The old county was replaced by the new council, which a trust serves; a youth team is part of the trust.
// Only one side of each relation is written down.
const all = [
  organisation('old-county', [{ kind: 'succeeded-by', organisation: 'new-council' }]),
  organisation('new-council'),
  organisation('trust', [{ kind: 'serves', organisation: 'new-council' }]),
  organisation('youth-team', [{ kind: 'part-of', organisation: 'trust' }]),
  organisation('elsewhere'),
];
const byId = (id: string) => all.find((o) => o.id === id)!;

describe('relations between organisations', () => {
  it('are seen from both sides, though the author wrote each on one side only', () => {
    expect(relationsOf('new-council', all)).toEqual([
      { kind: 'succeeded', organisation: 'old-county' },
      { kind: 'served-by', organisation: 'trust' },
    ]);
    expect(relationsOf('trust', all)).toEqual([
      { kind: 'serves', organisation: 'new-council' },
      { kind: 'has-part', organisation: 'youth-team' },
    ]);
  });

  it("put in a council's inspection history the body it took over from and the trust that runs its services", () => {
    expect(historyScope(byId('new-council'), all).map((o) => o.id)).toEqual([
      'new-council',
      'old-county',
      'trust',
    ]);
    expect(historyScope(byId('trust'), all).map((o) => o.id)).toEqual(['trust', 'youth-team']);
  });

  it('follow a line of succession step by step, leaving out the parts of an organisation and those unrelated', () => {
    expect(lineage('old-county', all)).toEqual(['old-county', 'new-council', 'trust']);
    expect(lineage('elsewhere', all)).toEqual(['elsewhere']);
  });
});

describe('the areas a site covers', () => {
  it('are those of its councils and services, not its inspectorates, leaving out an area inside another', () => {
    const place = (id: string, kind: Organisation['kind'], area: string) =>
      ({ id, name: id, kind, area, description: '', relations: [], existed: {} }) as Organisation;
    expect(
      areasCovered([
        place('west', 'council', 'West Wexshire'),
        place('county', 'council', 'Wexshire'),
        place('ofsted', 'inspectorate', 'England'),
        place('other', 'council', 'Dunshire'),
      ]),
    ).toEqual(['Wexshire', 'Dunshire']);
  });
});
