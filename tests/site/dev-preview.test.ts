/** The author's preview (npm run dev) of a site folder follows edits to data files and front matter without a restart, and serves the folder's public/ files. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { copyFixture, gradedInspection, projectRoot, type FixtureCopy } from '../support/fixtures.ts';
import { giveTurn, takeTurn } from '../support/build.ts';
import { assertNewSiteBuilt, newSite, newSiteFolder } from '../support/new-site.ts';

let copy: FixtureCopy;
let dev: ChildProcess;
let origin: string;
let log = '';

const freePort = () =>
  new Promise<number>((done) => {
    const probe = createServer().listen(0, () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });

async function text(path: string): Promise<string> {
  const response = await fetch(origin + path);
  return response.text();
}

/** Asks for the page until it shows `wanted`, for up to 15 seconds; gives the last page it saw. */
async function pageShowing(path: string, wanted: string): Promise<string> {
  let page = '';
  for (let tries = 0; tries < 60; tries++) {
    page = await text(path).catch(() => '');
    if (page.includes(wanted)) break;
    await new Promise((wait) => setTimeout(wait, 250));
  }
  return page;
}

/** The environment an author's terminal has: without the test runner's own variables (NODE_ENV=test, VITEST…), under which Astro's dev server answers nothing but 404. */
const authorsEnv = () =>
  Object.fromEntries(
    Object.entries(process.env).filter(([name]) => name !== 'NODE_ENV' && !name.startsWith('VITEST')),
  );

beforeAll(async () => {
  copy = copyFixture();
  mkdirSync(join(copy.paths.root, 'public'));
  writeFileSync(join(copy.paths.root, 'public/crest.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  const port = await freePort();
  origin = `http://localhost:${port}`;
  takeTurn();
  dev = spawn('npx', ['--no', 'astro', 'dev', '--port', String(port)], {
    cwd: projectRoot,
    env: { ...authorsEnv(), LANTERN_SITE: copy.paths.root, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    detached: true,
  });
  dev.stdout!.on('data', (chunk) => (log += chunk));
  dev.stderr!.on('data', (chunk) => (log += chunk));
  // Ready once the home page is served whole (the first requests may meet the content still syncing).
  for (let tries = 0; tries < 240; tries++) {
    const ready = await fetch(origin + '/').then(
      (response) => response.status === 200,
      () => false,
    );
    if (ready) break;
    await new Promise((wait) => setTimeout(wait, 500));
  }
}, 150_000);

afterAll(() => {
  if (dev?.pid) process.kill(-dev.pid, 'SIGTERM');
  giveTurn();
  copy?.remove();
});

describe('the preview of a site folder', () => {
  it('shows a change to data/site.json without a restart', async () => {
    expect(await text('/'), log).toContain('Lantern');
    copy.edit('data/site.json', (t) => t.replace('"name": "Lantern"', '"name": "Testshire Children"'));
    expect(await pageShowing('/', 'Testshire Children'), log).toContain('<title>Testshire Children:');
  });

  it("shows a change to a page's front matter without a restart", async () => {
    const url = '/inspections/testshire-2023-ilacs/';
    expect(await text(url)).toContain('judged Testshire');
    copy.edit(gradedInspection, (t) =>
      t.replace(
        'summary: "Ofsted judged Testshire\'s children\'s services good overall."',
        'summary: "A summary edited while the preview runs."',
      ),
    );
    expect(await pageShowing(url, 'A summary edited while the preview runs.')).toContain(
      'A summary edited while the preview runs.',
    );
  });

  it("serves the folder's own public/ files, as the build publishes them", async () => {
    const response = await fetch(`${origin}/crest.svg`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/svg+xml');
  });
});

describe('the preview of a built site folder (npm run preview)', () => {
  it("serves the folder's dist/, its own files included", async () => {
    assertNewSiteBuilt();
    const port = await freePort();
    const preview = spawn('npx', ['--no', 'astro', 'preview', '--port', String(port)], {
      cwd: projectRoot,
      env: { ...authorsEnv(), LANTERN_SITE: newSiteFolder, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
      detached: true,
    });
    try {
      let home = '';
      for (let tries = 0; tries < 120 && !home.includes('</html>'); tries++) {
        home = await fetch(`http://localhost:${port}/`).then(
          (response) => response.text(),
          () => '',
        );
        if (!home) await new Promise((wait) => setTimeout(wait, 250));
      }
      expect(home).toContain(`<title>${newSite.council}:`);
      expect((await fetch(`http://localhost:${port}/${newSite.logo}`)).status).toBe(200);
    } finally {
      process.kill(-preview.pid!, 'SIGTERM');
    }
  }, 60_000);
});
