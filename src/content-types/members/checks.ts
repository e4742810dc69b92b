/** Councillors and the bodies they sit on; and how other types check a name or a body they mention. */
import type { CheckContext } from '../checking.ts';
import { checkIdsOnce } from '../checking.ts';
import type { SiteContent } from '../../site/content.ts';
import { resolveMember, resolutionProblem } from './names.ts';

/** Checks of a councillor's name (it must lead to one member) and of a body's id. */
export function memberReferences(site: SiteContent, c: CheckContext) {
  const bodies = new Set(site.bodies.map((b) => b.id));
  return {
    member(file: string, field: string, reference: string | undefined) {
      if (reference === undefined) return;
      const resolution = resolveMember(reference, site.members);
      if (!('member' in resolution))
        c.problems.push({ file, field, ...resolutionProblem(reference, resolution) });
    },
    body(file: string, field: string, id: string | undefined) {
      if (id !== undefined && !bodies.has(id))
        c.problems.push({
          file,
          field,
          expected: `the id of a body in ${c.dataFile('bodies.json')} (${[...bodies].join(', ')})`,
          found: `"${id}"`,
        });
    },
  };
}

export function checkMembers(site: SiteContent, c: CheckContext): void {
  const { dataFile, citation: checkCitation, organisation: checkOrganisation } = c;
  const { body: checkBody } = memberReferences(site, c);
  checkIdsOnce(c, 'members.json', site.members);
  checkIdsOnce(c, 'bodies.json', site.bodies);
  site.members.forEach((member, i) => {
    checkOrganisation(dataFile('members.json'), `${i + 1} → organisation`, member.organisation);
    checkCitation(dataFile('members.json'), `${i + 1} → source`, member.source);
    member.roles.forEach((role, j) => {
      checkBody(dataFile('members.json'), `${i + 1} → roles → ${j + 1} → body`, role.body);
      checkCitation(dataFile('members.json'), `${i + 1} → roles → ${j + 1} → source`, role.source);
    });
  });
  site.bodies.forEach((body, i) =>
    checkOrganisation(dataFile('bodies.json'), `${i + 1} → organisation`, body.organisation),
  );
}
