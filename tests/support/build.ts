/**
 * Builds a site for a test, one build at a time across the whole suite. Astro keeps some of a
 * build's working files in the project's own .astro/ folder (the list of MDX modules, and the page
 * chunks of a build whose output is outside the project), so two builds of different content at
 * once could read each other's. Test files run in parallel; their builds wait their turn here.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './fixtures.ts';

const lock = join(projectRoot, 'tests/.output/build.lock');
const pause = new Int32Array(new SharedArrayBuffer(4));

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Waits until no other test's build is running, and holds the turn until giveTurn(). */
export function takeTurn(): void {
  mkdirSync(join(lock, '..'), { recursive: true });
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(join(lock, 'pid'), String(process.pid));
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    // A turn left by a test run that died is taken over.
    let holder: number | undefined;
    try {
      holder = Number(readFileSync(join(lock, 'pid'), 'utf8'));
    } catch {
      // Just taken, and its holder not yet written: wait.
    }
    if (holder && !alive(holder)) rmSync(lock, { recursive: true, force: true });
    else Atomics.wait(pause, 0, 0, 200);
  }
}

export function giveTurn(): void {
  rmSync(lock, { recursive: true, force: true });
}

/** Runs `command args` in the project with env added, once no other test's build is running. */
export function buildInTurn(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): SpawnSyncReturns<string> {
  takeTurn();
  try {
    return spawnSync(command, args, { cwd: projectRoot, encoding: 'utf8', env: { ...process.env, ...env } });
  } finally {
    giveTurn();
  }
}
