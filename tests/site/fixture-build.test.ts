/** The shared fixture built by the real pipeline (Astro, Pagefind, the privacy guard): exempt text never reaches the output. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import { fixturePaths, projectRoot } from '../support/fixtures.ts';
import { builtFiles, exemptSecrets, findLeaks, plainText, readBuilt } from '../../src/lib/guard.ts';
import { loadSite } from '../../src/lib/load.ts';

const canary = 'FIXTURE CANARY 91b';
const paths = fixturePaths();
let out: string;
let build: { status: number | null; output: string };

beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'lantern-fixture-out-'));
  const result = spawnSync('npm', ['run', '--silent', 'build'], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: { ...process.env, LANTERN_CONTENT_DIR: paths.content, LANTERN_DATA_DIR: paths.data, LANTERN_OUT_DIR: out, NO_COLOR: '1' },
  });
  build = { status: result.status, output: `${result.stdout}\n${result.stderr}` };
});
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('the fixture site, built', () => {
  it('builds, indexes and passes the privacy guard', () => {
    expect(build.output).toContain('Privacy guard: checked the built site for 1 exempt note; none published.');
    expect(build.status).toBe(0);
  });

  it('lists the exempt appendix by title and reason, and its content appears in no file, the search index included', () => {
    const page = plainText(readFileSync(join(out, 'meetings/test-council-2023-09-28/index.html'), 'utf8'));
    expect(page).toContain('appendix a: costs');
    expect(page).toContain('information about the financial affairs of a particular person');
    const files = builtFiles(out);
    expect(files.some((f) => f.endsWith('.pf_fragment'))).toBe(true);
    for (const file of files) expect(plainText(readBuilt(file)), file).not.toContain(canary.toLowerCase());
  });

  it('the guard names the file when exempt text is planted in a page', () => {
    const copy = mkdtempSync(join(tmpdir(), 'lantern-leak-'));
    cpSync(out, copy, { recursive: true });
    const page = join(copy, 'decisions/index.html');
    writeFileSync(page, readFileSync(page, 'utf8').replace('</main>', `<p>${canary}: the secret price is one hundred pounds and must never appear.</p></main>`));
    const leaks = findLeaks(copy, exemptSecrets(loadSite(paths)));
    rmSync(copy, { recursive: true, force: true });
    expect(leaks.map((l) => l.file)).toEqual(['decisions/index.html']);
    expect(leaks[0]!.secret.where).toBe('content/meetings/test-council-2023-09-28.md, items → 1 (minute-1) → exempt → 1 → confidential');
  });

  it('the guard finds exempt text inside the compressed search index', () => {
    const copy = mkdtempSync(join(tmpdir(), 'lantern-leak-'));
    cpSync(out, copy, { recursive: true });
    const dir = join(copy, 'pagefind/fragment');
    const fragment = readdirSync(dir).find((name) => name.endsWith('.pf_fragment'))!;
    writeFileSync(join(dir, fragment), gzipSync(Buffer.from(`pagefind_dcd{"content":"${canary}: the secret price is one hundred pounds and must never appear."}`)));
    const leaks = findLeaks(copy, exemptSecrets(loadSite(paths)));
    rmSync(copy, { recursive: true, force: true });
    expect(leaks.map((l) => l.file)).toEqual([`pagefind/fragment/${fragment}`]);
  });
});
