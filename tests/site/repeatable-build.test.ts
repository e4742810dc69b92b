/**
 * Two builds of the same input are byte-identical: the default site is built again into a fresh
 * folder and every file compared with dist/. That build's log is checked too: an author reads it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { tmpdir } from 'node:os';
import { createHash } from 'node:crypto';
import { buildInTurn } from '../support/build.ts';
import { distDir } from '../support/dist.ts';
import { builtFiles } from '../../src/build/guard/guard.ts';

let again: string;
let status: number | null;
let log: string;

beforeAll(() => {
  again = mkdtempSync(join(tmpdir(), 'lantern-again-'));
  const build = buildInTurn('npm', ['run', '--silent', 'build'], { LANTERN_OUT_DIR: again, NO_COLOR: '1' });
  status = build.status;
  log = `${build.stdout}\n${build.stderr}`;
});
afterAll(() => rmSync(again, { recursive: true, force: true }));

/** Every file of a built site (images and WebAssembly included) with the hash of its bytes. */
function fingerprint(dir: string): Record<string, string> {
  return Object.fromEntries(
    builtFiles(dir, { everything: true }).map((path) => [
      relative(dir, path),
      createHash('sha256').update(readFileSync(path)).digest('hex'),
    ]),
  );
}

describe('a repeatable build', () => {
  it('building the same content again gives the same files, byte for byte', () => {
    expect(status).toBe(0);
    const first = fingerprint(distDir);
    const second = fingerprint(again);
    expect(Object.keys(second)).toEqual(Object.keys(first));
    const differ = Object.keys(first).filter((file) => first[file] !== second[file]);
    expect(differ).toEqual([]);
    expect(Object.keys(first).length).toBeGreaterThan(300);
  });
});

describe('the build log', () => {
  it('building the default site prints no warnings, so a real one is not lost among them', () => {
    expect(status).toBe(0);
    expect(log).toContain('Privacy guard: checked the built site');
    expect(
      log.split('\n').filter((line) => /\[WARN\]|\(!\)|^\s*(?:npm )?warn(?:ing)?\b/i.test(line)),
    ).toEqual([]);
  });
});
