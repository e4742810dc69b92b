/**
 * Runs after the build and the search index: fails the build if any exempt text, or anything shaped
 * like personal data, reached the output, naming the file and what was found.
 */
import { availableParallelism } from 'node:os';
import { loadGuardInputs, sitePaths } from '../site/load.ts';
import { siteFolders } from '../site/folders.ts';
import { exemptSecrets, scanBuiltInThreads } from '../build/guard/guard.ts';

const paths = sitePaths();
const { out } = siteFolders();
// The build checked the content before it started; the guard reads only the exempt notes and public numbers.
const site = loadGuardInputs(paths);
const secrets = exemptSecrets(site);
// The files are shared out over the machine's cores (at most four threads).
const { leaks, personal } = await scanBuiltInThreads(
  out,
  secrets,
  { helplines: site.helplines, localHelp: site.localHelp },
  Math.min(4, availableParallelism()),
  new URL('../build/guard/guard-worker.ts', import.meta.url),
);
if (leaks.length > 0 || personal.length > 0) {
  console.error(
    `Lantern's privacy guard found information that must not be published, so the build has failed:\n`,
  );
  for (const leak of leaks)
    console.error(`- ${leak.file} contains exempt text written at ${leak.secret.where}`);
  for (const finding of personal)
    console.error(`- ${finding.file} contains ${finding.rule}: "${finding.found}"`);
  if (leaks.length > 0)
    console.error('\nExempt items may show only their title and the reason they are exempt.');
  if (personal.length > 0)
    console.error(
      '\nNo personal data about children, families or staff may be published. Public helplines go in data/helplines.json, and local services that a source gives a number for in data/local-help.json.',
    );
  process.exit(1);
}
console.log(
  `Privacy guard: checked the built site for ${secrets.length} exempt note${secrets.length === 1 ? '' : 's'} and for personal data; none published.`,
);
