/** The site's own home and about pages (content/pages/home.md and about.md), and the words search treats as one (search-synonyms.json): where they are, and their checks. */
import type { ContentType } from '../content-type.ts';
import { plural } from '../../shared/numbers.ts';
import { sitePageNames, sitePageSchema } from './schema.ts';
import { searchSynonymsSchema, type SearchSynonyms } from '../../publish/synonyms.ts';

export const sitePages: ContentType = {
  name: 'site-pages',
  files: [
    { key: 'sitePages', kind: 'entries', name: 'pages', schema: sitePageSchema },
    {
      key: 'searchSynonyms',
      kind: 'data-file',
      name: 'search-synonyms.json',
      schema: searchSynonymsSchema,
      empty: [],
      // A site's groups are added to Lantern's.
      national: (lantern: SearchSynonyms, own: SearchSynonyms): SearchSynonyms => [...lantern, ...own],
    },
  ],
  check: (site, c) => {
    for (const page of site.sitePages)
      if (!(sitePageNames as readonly string[]).includes(page.slug))
        c.problems.push({
          file: page.file,
          field: '',
          expected: `one of the site's own pages: ${sitePageNames.map((name) => `${name}.md`).join(' or ')}`,
          found: `"${page.slug}"`,
        });
  },
  counts: (site) => [plural(site.sitePages.length, 'page of its own', 'pages of its own')],
};
