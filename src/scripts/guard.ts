/** Runs after the build and the search index: fails the build if any exempt text reached the output. */
import { join } from 'node:path';
import { loadSite, sitePaths } from '../lib/load.ts';
import { exemptSecrets, findLeaks } from '../lib/guard.ts';

const paths = sitePaths();
const out = process.env.LANTERN_OUT_DIR ?? join(paths.root, 'dist');
const secrets = exemptSecrets(loadSite(paths));
const leaks = findLeaks(out, secrets);
if (leaks.length > 0) {
  console.error(`Lantern's privacy guard found exempt information in the built site, so the build has failed:\n`);
  for (const leak of leaks) console.error(`- ${leak.file} contains exempt text written at ${leak.secret.where}`);
  console.error('\nExempt items may show only their title and the reason they are exempt.');
  process.exit(1);
}
console.log(`Privacy guard: checked the built site for ${secrets.length} exempt note${secrets.length === 1 ? '' : 's'}; none published.`);
