/** Organisations and the documents cited: where the files are, their checks and their pages. */
import type { ContentType } from '../content-type.ts';
import { plural } from '../../shared/numbers.ts';
import { addedTo, byId } from '../../shared/indexes.ts';
import { organisationsSchema, type Organisation } from './schema.ts';
import { sourcesSchema } from './source-schema.ts';
import { excerptsSchema, redactionsSchema } from './excerpt-schema.ts';
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
      // The inspectorates are national; a site adds its own organisations, and may replace one.
      national: (lantern: Organisation[], own: Organisation[]) => addedTo(lantern, own, byId),
      nationalOnlyWhenNamed: true,
    },
    { key: 'sources', kind: 'data-file', name: 'sources.json', schema: sourcesSchema, empty: [] },
    { key: 'excerpts', kind: 'data-folder', name: 'excerpts', schema: excerptsSchema },
    { key: 'redactions', kind: 'data-folder', name: 'redactions', schema: redactionsSchema },
  ],
  check: checkOrganisations,
  publications: organisationPublications,
  counts: (site) => [
    plural(site.organisations.length, 'organisation'),
    plural(site.sources.length, 'source'),
  ],
};
