/**
 * Finding the member a source means. Sources write "Cllr Z Smith", "Gonzalez de Savage",
 * "André González De Savage" or "Anthony S. Bagot-Webb"; each must lead to exactly one member.
 */
import type { Member } from './schema.ts';

/** Lower case, no accents, no titles or punctuation other than hyphens: "Cllr André González De Savage" → "andre gonzalez de savage". */
export function normaliseName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9\- ]+/g, ' ')
    .split(/\s+/)
    .filter(
      (token) =>
        token &&
        ![
          'cllr',
          'councillor',
          'cllrs',
          'mr',
          'mrs',
          'ms',
          'miss',
          'dr',
          'bem',
          'mbe',
          'obe',
          'cbe',
          'jp',
        ].includes(token),
    )
    .join(' ');
}

export type Resolution = { member: Member } | { problem: 'unknown' | 'ambiguous'; candidates: Member[] };

function names(member: Member): string[][] {
  return [member.name, ...member.aliases].map((name) => normaliseName(name).split(' '));
}

function endsWith(tokens: string[], suffix: string[]): boolean {
  return (
    suffix.length > 0 &&
    suffix.length <= tokens.length &&
    suffix.every((token, i) => tokens[tokens.length - suffix.length + i] === token)
  );
}

/** Whether a reference could mean this name: the whole name, the surname alone, or a first name or initial and the surname. */
function couldMean(ref: string[], name: string[]): boolean {
  // The end of the name: a surname ("purser", "gonzalez de savage") or the whole name.
  if (endsWith(name, ref)) return true;
  const [first, ...surname] = ref;
  if (!first || surname.length === 0 || !endsWith(name, surname)) return false;
  const given = name[0]!;
  return first.length === 1 ? given.startsWith(first) : given === first;
}

/** Each list of members with its normalised names and the references already resolved: pages ask about the same names thousands of times. */
const memo = new WeakMap<Member[], { names: Map<Member, string[][]>; resolved: Map<string, Resolution> }>();

export function resolveMember(reference: string, members: Member[]): Resolution {
  let cache = memo.get(members);
  if (!cache) {
    cache = { names: new Map(members.map((member) => [member, names(member)])), resolved: new Map() };
    memo.set(members, cache);
  }
  const known = cache.resolved.get(reference);
  if (known) return known;
  const namesOf = (member: Member) => cache.names.get(member)!;
  const ref = normaliseName(reference).split(' ').filter(Boolean);
  const byId = members.find((member) => member.id === reference);
  let result: Resolution;
  if (byId) result = { member: byId };
  else {
    const exact = members.filter((member) =>
      namesOf(member).some((name) => name.join(' ') === ref.join(' ')),
    );
    const candidates =
      exact.length === 1
        ? exact
        : members.filter((member) => namesOf(member).some((name) => couldMean(ref, name)));
    result =
      candidates.length === 1
        ? { member: candidates[0]! }
        : { problem: candidates.length === 0 ? 'unknown' : 'ambiguous', candidates };
  }
  cache.resolved.set(reference, result);
  return result;
}

/** What an author reads when a name does not lead to one member. */
export function resolutionProblem(
  reference: string,
  resolution: Exclude<Resolution, { member: Member }>,
): { expected: string; found: string } {
  if (resolution.problem === 'ambiguous')
    return {
      expected: 'a name that matches exactly one member (write the first name as well)',
      found: `"${reference}", which could be ${resolution.candidates.map((m) => m.name).join(' or ')}`,
    };
  return {
    expected: 'the name of a member in data/members.json, or their id',
    found: `"${reference}", which matches no member`,
  };
}
