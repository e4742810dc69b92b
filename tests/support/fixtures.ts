/** The shared test site (tests/fixtures/site), copied to a temporary folder so a test can break one file. */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { SitePaths } from '../../src/site/load.ts';

export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
export const fixtureRoot = join(projectRoot, 'tests/fixtures/site');

export function fixturePaths(root = fixtureRoot): SitePaths {
  return {
    root,
    content: join(root, 'content'),
    data: join(root, 'data'),
    national: join(projectRoot, 'src/national'),
  };
}

export interface FixtureCopy {
  paths: SitePaths;
  /** Rewrites a file of the copy, e.g. edit('data/organisations.json', (text) => ...). */
  edit(file: string, change: (text: string) => string): void;
  write(file: string, text: string): void;
  remove(): void;
}

export function copyFixture(): FixtureCopy {
  const root = mkdtempSync(join(tmpdir(), 'lantern-fixture-'));
  cpSync(fixtureRoot, root, { recursive: true });
  return {
    paths: fixturePaths(root),
    edit(file, change) {
      const path = join(root, file);
      writeFileSync(path, change(readFileSync(path, 'utf8')));
    },
    write(file, text) {
      mkdirSync(dirname(join(root, file)), { recursive: true });
      writeFileSync(join(root, file), text);
    },
    remove() {
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/** The fixture's graded inspection, the file most error tests break. */
export const gradedInspection = 'content/inspections/testshire-2023-ilacs.md';
