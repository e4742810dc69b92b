/** Organisations and the documents cited: where the files are, their checks and their pages. */
import type { ContentType } from '../content-type.ts';
import { plural } from '../../shared/numbers.ts';
import { organisationsSchema } from './schema.ts';
import { sourcesSchema } from './source-schema.ts';
import { checkOrganisations } from './checks.ts';
import { organisationPublications } from './publish.ts';

export const organisations: ContentType = {
  name: 'organisations',
  files: [
    {
      key: 'organisations',
      kind: 'data-file',
      name: 'organisations.json',
      schema: organisationsSchema,
      empty: [],
    },
    { key: 'sources', kind: 'data-file', name: 'sources.json', schema: sourcesSchema, empty: [] },
  ],
  check: checkOrganisations,
  publications: organisationPublications,
  counts: (site) => [
    plural(site.organisations.length, 'organisation'),
    plural(site.sources.length, 'source'),
  ],
};
