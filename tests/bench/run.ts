/**
 * `npm run bench`: measures the default site. Builds it, then opens the search page in Chromium and
 * reports what a first search downloads. Writes tests/bench/results.json and prints a summary.
 * (The benchmark at scale, with generated content and bare Astro as the baseline, is still to come.)
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch } from '../support/chromium.ts';
import { serve } from '../support/server.ts';
import { distDir } from '../support/dist.ts';
import { measureFirstSearch } from './first-search.ts';

const root = new URL('../..', import.meta.url).pathname;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

const started = performance.now();
const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'ignore', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
if (build.status !== 0) throw new Error('The default site did not build: run `npm run build` to see why.');
const buildSeconds = (performance.now() - started) / 1000;

const server = await serve(distDir);
const browser = await launch();
const searches = [];
for (const query of ['care leavers', 'temporary accommodation', 'arrested']) searches.push(await measureFirstSearch(browser, server.origin, query));
await browser.close();
await server.close();

const results = {
  site: 'default',
  measured: new Date().toISOString(),
  node: process.version,
  buildSeconds: Number(buildSeconds.toFixed(1)),
  firstSearch: searches.map(({ query, results, searchBytes, files }) => ({ query, results, bytes: searchBytes, files })),
  firstSearchTargetBytes: 300 * 1024,
};
writeFileSync(join(root, 'tests/bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);

console.log(`Default site: built in ${results.buildSeconds} s (check, Astro, Pagefind and the privacy guard).`);
for (const s of searches)
  console.log(`First search for “${s.query}”: ${kb(s.searchBytes)} from /pagefind/ (${s.results} results shown) — ${s.searchBytes <= results.firstSearchTargetBytes ? 'within' : 'OVER'} the 300 KB target.`);
console.log('Written to tests/bench/results.json.');
