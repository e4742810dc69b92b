/** Makes and builds the new council's site of tests/support/new-site.ts; exits non-zero when either fails. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './fixtures.ts';
import { newSite, newSiteFolder } from './new-site.ts';

rmSync(newSiteFolder, { recursive: true, force: true });
const run = (args: string[], env: NodeJS.ProcessEnv = {}) =>
  spawnSync('npm', ['run', '--silent', ...args], {
    cwd: projectRoot,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, ...env },
  }).status;

const made = run([
  'new-site',
  '--',
  newSiteFolder,
  '--council',
  newSite.council,
  '--area',
  newSite.area,
  '--url',
  newSite.url,
]);
if (made !== 0) process.exit(1);
const settingsFile = join(newSiteFolder, 'data/site.json');
const settings = JSON.parse(readFileSync(settingsFile, 'utf8'));
writeFileSync(
  settingsFile,
  JSON.stringify({ ...settings, brand: newSite.brand, logo: newSite.logo }, null, 2),
);
mkdirSync(join(newSiteFolder, 'public'), { recursive: true });
writeFileSync(
  join(newSiteFolder, 'public', newSite.logo),
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 40" width="40" height="40"><circle cx="20" cy="20" r="18" fill="#fff"/></svg>\n',
);
process.exit(run(['build'], { LANTERN_SITE: newSiteFolder }) ?? 1);
