/**
 * A new council's site, made as its author would: `npm run new-site`, then a brand colour and a logo in
 * data/site.json and public/. npm test builds it (tests/support/build-new-site.ts) before the tests, which
 * read its output in tests/.output/new-site/dist.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './fixtures.ts';

export const newSiteFolder = join(projectRoot, 'tests/.output/new-site');
export const newSiteDist = join(newSiteFolder, 'dist');
export const newSite = {
  council: 'Kestrel Vale Council',
  area: 'Kestrel Vale',
  url: 'https://children.kestrelvale.example/',
  brand: '#5a2d82',
  logo: 'kestrel-vale-logo.svg',
};

export function assertNewSiteBuilt(): void {
  if (!existsSync(join(newSiteDist, 'index.html')))
    throw new Error(
      'tests/.output/new-site/dist has no index.html: run `node tests/support/build-new-site.ts` first (npm test does).',
    );
}
