/**
 * The baseline: a bare Astro project built from the same generated Markdown. It has the shape of any
 * small Astro site (one content collection with a glob loader, one dynamic route rendering each entry
 * in a minimal layout) and nothing of Lantern's: no checks, no charts, no search, no links made
 * relative. It uses Lantern's own node_modules (a symlink), so the Astro version is the same.
 *
 * It builds as many pages as Lantern built from the same content: every generated Markdown and MDX
 * file once (MDX as plain Markdown, its <Chart /> lines left out, since the baseline draws no charts),
 * then again under copy-2/, copy-3/... until the count is reached, front matter and all.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * The variables Lantern's build script sets for `astro build` (package.json), so the bare build runs
 * with the same: MIMALLOC_PURGE_DELAY=0 has the bundler's allocator give back its memory as soon as it
 * is freed, which lowers the peak of any Astro build, not only Lantern's.
 */
export function astroBuildEnv(buildScript: string): Record<string, string> {
  const settings = /^((?:[A-Z_]+=\S+\s+)*)astro build\b/.exec(buildScript);
  if (!settings)
    throw new Error(
      `package.json: expected the build script to start with "astro build" (after any VARIABLE=value), found "${buildScript}"`,
    );
  return Object.fromEntries(
    settings[1]!
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]),
  );
}

export interface BareProject {
  root: string;
  /** Markdown pages it will build. */
  pages: number;
  /** Distinct generated files they come from. */
  distinctFiles: number;
}

const config = `// A bare Astro project: the same build options as Lantern's, nothing else.
import { defineConfig } from 'astro/config';

export default defineConfig({
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 2 },
  devToolbar: { enabled: false },
  prefetch: false,
  markdown: { syntaxHighlight: false },
  vite: { logLevel: 'warn' },
  // Its own cache, so it never shares Astro's content cache with Lantern's builds.
  cacheDir: './.astro-cache',
});
`;

const contentConfig = `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

export const collections = {
  pages: defineCollection({ loader: glob({ pattern: '**/*.md', base: './pages-content' }) }),
};
`;

const route = `---
import { getCollection, render } from 'astro:content';

export async function getStaticPaths() {
  const entries = await getCollection('pages');
  return entries.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
const title = typeof entry.data.title === 'string' ? entry.data.title : entry.id;
---
<html lang="en-GB">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>{title}</title>
  </head>
  <body>
    <main>
      <h1>{title}</h1>
      <Content />
    </main>
  </body>
</html>
<style>
  main { max-width: 40rem; margin: 0 auto; font-family: system-ui, sans-serif; }
</style>
`;

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.mdx?$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** Writes the bare project under root, with `pages` Markdown pages made from the files in contentDir. */
export function createBareAstro(
  root: string,
  contentDir: string,
  nodeModules: string,
  pages: number,
): BareProject {
  rmSync(root, { recursive: true, force: true });
  mkdirSync(join(root, 'src/pages'), { recursive: true });
  symlinkSync(nodeModules, join(root, 'node_modules'), 'dir');
  writeFileSync(join(root, 'astro.config.mjs'), config);
  writeFileSync(join(root, 'src/content.config.ts'), contentConfig);
  writeFileSync(join(root, 'src/pages/[...slug].astro'), route);
  const files = markdownFiles(contentDir).map((path) => ({
    name: relative(contentDir, path).replace(/\.mdx$/, '.md'),
    // MDX becomes plain Markdown: no components (the baseline draws no charts).
    text: readFileSync(path, 'utf8').replace(/^<Chart\b[^>]*\/>\s*$/gm, ''),
  }));
  if (files.length === 0) throw new Error(`No Markdown in ${contentDir}`);
  const out = join(root, 'pages-content');
  for (let n = 0; n < pages; n++) {
    const file = files[n % files.length]!;
    const round = Math.floor(n / files.length);
    const path = join(out, round === 0 ? '' : `copy-${round + 1}`, file.name);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, file.text);
  }
  return { root, pages, distinctFiles: Math.min(files.length, pages) };
}
