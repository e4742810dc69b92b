/**
 * `npm test`: the type and content check, the formatter and linter, a production build, then every test (unit, site, browser).
 * Ends with one plain line, "N passed, N failed", for the whole suite; exits non-zero on any failure.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const output = join(root, 'tests/.output');
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
let passed = 0;
let failed = 0;

function step(name: string, command: string, args: string[]): boolean {
  console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env });
  const ok = result.status === 0;
  console.log(`${ok ? '✓' : '✗'} ${name}`);
  if (ok) passed += 1;
  else failed += 1;
  return ok;
}

step('type check and content check', 'npm', ['run', '--silent', 'check']);
step('format and lint', 'npm', ['run', '--silent', 'lint']);
step('production build', 'npm', ['run', '--silent', 'build']);

rmSync(output, { recursive: true, force: true });
mkdirSync(output, { recursive: true });
step("a new council's site, from npm run new-site", 'node', ['tests/support/build-new-site.ts']);
const resultsFile = join(output, 'vitest.json');
const vitest = spawnSync(
  'npx',
  [
    '--no',
    'vitest',
    'run',
    '--config',
    'tests/vitest.config.ts',
    '--reporter=default',
    '--reporter=json',
    `--outputFile=${resultsFile}`,
  ],
  {
    cwd: root,
    stdio: 'inherit',
    env,
  },
);
try {
  const results = JSON.parse(readFileSync(resultsFile, 'utf8')) as {
    numTotalTests: number;
    numPassedTests: number;
    testResults: { status: string; assertionResults: unknown[] }[];
  };
  passed += results.numPassedTests;
  // Every test that did not pass counts as failed: a failure, and also a test skipped because its file
  // could not start (no browser, a broken import). A skipped check is not a passed one.
  failed += results.numTotalTests - results.numPassedTests;
  // A test file that failed before it declared any test counts as one failure.
  failed += results.testResults.filter(
    (file) => file.status === 'failed' && file.assertionResults.length === 0,
  ).length;
  if (vitest.status !== 0 && failed === 0) failed += 1;
} catch {
  console.error('The test runner wrote no results.');
  failed += 1;
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
