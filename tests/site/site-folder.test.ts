/** A council's site as a folder of its own files: LANTERN_SITE=<folder> npm run build, wherever the folder is. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixtureRoot, projectRoot } from '../support/fixtures.ts';
import { buildInTurn } from '../support/build.ts';

const project = projectRoot.replace(/\/$/, '');
let site: string;

/** A copy of the fixture site as a site folder beside the project, its name starting with the project's. */
function siteBesideProject(): string {
  const folder = mkdtempSync(`${project}-site-`);
  for (const part of ['content', 'data'])
    cpSync(join(fixtureRoot, part), join(folder, part), { recursive: true });
  return folder;
}

const build = (folder: string) => {
  const result = buildInTurn('npm', ['run', '--silent', 'build'], { LANTERN_SITE: folder, NO_COLOR: '1' });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
};

let built: { status: number | null; output: string };
beforeAll(() => {
  site = siteBesideProject();
  mkdirSync(join(site, 'public'));
  writeFileSync(join(site, 'public', 'council-logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>\n');
  built = build(site);
});
afterAll(() => rmSync(site, { recursive: true, force: true }));

describe('a site folder', () => {
  it("beside the project, with a name that starts with the project's, builds into its own dist/", () => {
    expect(built.output).toContain('Privacy guard: checked the built site');
    expect(built.status).toBe(0);
    expect(readFileSync(join(site, 'dist/index.html'), 'utf8')).toContain('<h1');
    expect(existsSync(join(site, 'dist/pagefind/pagefind.js'))).toBe(true);
  });

  it("publishes the site's own public files as they are, beside the pages", () => {
    expect(readFileSync(join(site, 'dist/council-logo.svg'), 'utf8')).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg"/>\n',
    );
  });

  it("leaves none of the build's working files in the site folder's output", () => {
    expect(existsSync(join(site, 'dist/.prerender'))).toBe(false);
  });

  it('stops, naming the file, when a public file would replace a page Lantern builds', () => {
    const other = siteBesideProject();
    try {
      mkdirSync(join(other, 'public/about'), { recursive: true });
      writeFileSync(join(other, 'public/about/index.html'), '<p>Not the about page</p>\n');
      const clash = build(other);
      expect(clash.status).not.toBe(0);
      expect(clash.output).toContain('about/index.html');
      expect(clash.output).toContain("the site's public/ folder");
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });
});
