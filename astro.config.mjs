// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import lantern from './src/integrations/lantern.ts';
import { siteFolders } from './src/site/folders.ts';

const folders = siteFolders();

/**
 * The output folder as Astro is to see it. Astro takes an output folder for one inside the project
 * when its path merely starts with the project's (a site folder "lantern-site" beside "lantern"),
 * and then writes the build's page chunks there, where Node cannot find the project's packages. Such
 * a folder is given to Astro by a link to it from the system's temporary folder, which Astro sees as
 * outside the project, as it is; the files are written through the link into the real folder.
 * @param {string} out the output folder
 * @param {string} project the project's folder
 */
function outDirForAstro(out, project) {
  if (!out.startsWith(project) || out.startsWith(project + sep)) return out;
  mkdirSync(out, { recursive: true });
  const holder = mkdtempSync(join(tmpdir(), 'lantern-out-'));
  const alias = join(holder, 'dist');
  symlinkSync(out, alias, 'dir');
  // Only the link goes; the site's output stays where it is.
  process.on('exit', () => rmSync(holder, { recursive: true, force: true }));
  return alias;
}

export default defineConfig({
  integrations: [lantern(), mdx()],
  trailingSlash: 'always',
  // Two pages at a time: while one page is written to disk, the next is rendered. More at a time gained
  // little in the benchmark (npm run bench) and used more memory.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 2 },
  devToolbar: { enabled: false },
  prefetch: false,
  markdown: { syntaxHighlight: false },
  vite: {
    logLevel: 'warn',
    build: {
      // The largest chunk is vega-embed's (about 840 KB), which loads only when a reader asks for an
      // interactive chart; a chunk larger than that is still reported.
      chunkSizeWarningLimit: 1000,
      rolldownOptions: {
        // Astro marks every MDX file with the directive "use astro:head-inject" for its own use, and the
        // bundler warns, once for each file, that it leaves it out of the bundle (Astro issue 18087): ten
        // lines per MDX file that say nothing about the content. Every other warning is shown.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject'))
            return;
          warn(warning);
        },
      },
    },
  },
  // A site folder builds into <folder>/dist; tests that build broken content write elsewhere.
  outDir: outDirForAstro(folders.out, process.cwd()),
  // Astro keeps the content it has read in its cache folder and compares the next build with it. A
  // build of other content (a site folder, the tests' sites, the benchmark's county) keeps its cache
  // beside that content, so it never finds another site's entries there.
  cacheDir: folders.cache,
});
