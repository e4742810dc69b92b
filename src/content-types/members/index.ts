/** Councillors and the bodies they sit on: where the files are, their checks and their pages. */
import type { ContentType } from '../content-type.ts';
import { hasSection } from '../../site/navigation.ts';
import { membersCsv, membersJson } from './downloads.ts';
import { plural } from '../../shared/numbers.ts';
import { membersSchema } from './schema.ts';
import { bodiesSchema } from './body-schema.ts';
import { checkMembers } from './checks.ts';
import { memberPublications } from './publish.ts';

export const members: ContentType = {
  name: 'members',
  files: [
    {
      key: 'members',
      kind: 'data-file',
      name: 'members.json',
      schema: membersSchema,
      empty: [],
      optional: true,
    },
    {
      key: 'bodies',
      kind: 'data-file',
      name: 'bodies.json',
      schema: bodiesSchema,
      empty: [],
      optional: true,
    },
  ],
  check: checkMembers,
  publications: memberPublications,
  datasets: (site) =>
    !hasSection(site, 'members')
      ? []
      : [{ id: 'members', csv: () => membersCsv(site), json: () => membersJson(site) }],
  counts: (site) => [plural(site.members.length, 'member'), plural(site.bodies.length, 'body', 'bodies')],
};
