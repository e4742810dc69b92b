import { describe, expect, it } from 'vitest';
import { normaliseName, resolveMember, resolutionProblem } from '../../src/content-types/members/names.ts';
import type { Member } from '../../src/content-types/members/schema.ts';

const member = (id: string, name: string, aliases: string[] = []): Member => ({
  id,
  name,
  aliases,
  organisation: 'x',
  roles: [],
  source: 'x L1',
});
const members = [
  member('andre-gonzalez-de-savage', 'Andre Gonzalez de Savage'),
  member('zoe-smith', 'Zoe Smith'),
  member('david-smith', 'David Smith'),
  member('daniel-lister', 'Daniel Lister', ['Dan Lister']),
  member('anthony-bagot-webb', 'Anthony S. Bagot-Webb'),
  member('emma-roberts', 'Emma Roberts'),
  member('edward-roberts', 'Edward Roberts'),
  member('bob-purser', 'Bob Purser'),
];
const id = (reference: string) => {
  const result = resolveMember(reference, members);
  return 'member' in result ? result.member.id : result.problem;
};

describe('finding the member a source means', () => {
  it('ignores titles, accents and capitals', () => {
    expect(normaliseName('Cllr André González De Savage')).toBe('andre gonzalez de savage');
    expect(id('Councillor André González De Savage')).toBe('andre-gonzalez-de-savage');
  });
  it('finds a member by surname alone, even a surname of several words', () => {
    expect(id('Purser')).toBe('bob-purser');
    expect(id('Gonzalez de Savage')).toBe('andre-gonzalez-de-savage');
  });
  it('finds a member by initial and surname when only one fits', () => {
    expect(id('Z Smith')).toBe('zoe-smith');
    expect(id('Cllr D Smith')).toBe('david-smith');
  });
  it('finds a member by an alias, or without a middle initial', () => {
    expect(id('Dan Lister')).toBe('daniel-lister');
    expect(id('Anthony Bagot-Webb')).toBe('anthony-bagot-webb');
    expect(id('bob-purser')).toBe('bob-purser');
  });
  it('says an initial is ambiguous when it fits two members, and names both', () => {
    const result = resolveMember('E Roberts', members);
    expect(result).toMatchObject({ problem: 'ambiguous' });
    if ('problem' in result)
      expect(resolutionProblem('E Roberts', result)).toEqual({
        expected: 'a name that matches exactly one member (write the first name as well)',
        found: '"E Roberts", which could be Emma Roberts or Edward Roberts',
      });
  });
  it('says a surname shared by two members is ambiguous', () => {
    expect(id('Smith')).toBe('ambiguous');
  });
  it('says a name that fits nobody is unknown', () => {
    expect(id('Cllr Nobody')).toBe('unknown');
    expect(id('X Smith')).toBe('unknown');
  });
});
