/** Young people's versions, their hub page, the glossary, the words to avoid, the helplines and local help: where the files are, their checks and their pages. */
import type { ContentType } from '../content-type.ts';
import { plural } from '../../shared/numbers.ts';
import { addedTo, byId } from '../../shared/indexes.ts';
import { glossarySchema, wordsToAvoidSchema, type Glossary, type WordToAvoid } from './glossary-schema.ts';
import { helplinesSchema, localHelpListSchema, type Helpline } from './helpline-schema.ts';
import { youngPeopleHubSchema, youngPeopleVersionSchema } from './schema.ts';
import { checkYoungPeople } from './checks.ts';
import { youngPeoplePublications } from './publish.ts';

export const youngPeople: ContentType = {
  name: 'young-people',
  files: [
    {
      key: 'glossary',
      kind: 'data-file',
      name: 'glossary.json',
      schema: glossarySchema,
      empty: { terms: [], plainAbbreviations: [] },
      // A site's term replaces Lantern's of the same words, whatever its scope.
      national: (lantern: Glossary, own: Glossary): Glossary => ({
        terms: addedTo(lantern.terms, own.terms, (t) => t.term),
        plainAbbreviations: [...new Set([...own.plainAbbreviations, ...lantern.plainAbbreviations])],
      }),
    },
    {
      key: 'wordsToAvoid',
      kind: 'data-file',
      name: 'words-to-avoid.json',
      schema: wordsToAvoidSchema,
      empty: [],
      national: (lantern: WordToAvoid[], own: WordToAvoid[]) =>
        addedTo(lantern, own, (w) => w.words.toLowerCase()),
    },
    {
      key: 'helplines',
      kind: 'data-file',
      name: 'helplines.json',
      schema: helplinesSchema,
      empty: [],
      national: (lantern: Helpline[], own: Helpline[]) => addedTo(lantern, own, byId),
    },
    // Only a site's own: what its organisations' documents name for their young people.
    {
      key: 'localHelp',
      kind: 'data-file',
      name: 'local-help.json',
      schema: localHelpListSchema,
      empty: [],
      optional: true,
    },
    { key: 'youngPeople', kind: 'entries', name: 'young-people', schema: youngPeopleVersionSchema },
    {
      key: 'youngPeopleHub',
      kind: 'page',
      name: 'young-people-hub.md',
      schema: youngPeopleHubSchema,
      missing:
        "the young people's hub page (/young-people/): front matter with title and summary, then its text",
    },
  ],
  check: checkYoungPeople,
  publications: youngPeoplePublications,
  counts: (site) => [
    plural(site.youngPeople.length, "young people's version"),
    plural(site.glossary.terms.length, 'glossary term'),
  ],
};
