// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { dirname, resolve } from 'node:path';
import lantern from './src/integrations/lantern.ts';

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
  // Tests that build broken content write elsewhere, so they never touch the real dist/.
  outDir: process.env.LANTERN_OUT_DIR ?? './dist',
  // Astro keeps the content it has read in its cache folder and compares the next build with it. A
  // build of other content (LANTERN_CONTENT_DIR: the tests' sites, the benchmark's county) keeps its
  // cache beside that content, so it never finds another site's entries there.
  cacheDir: process.env.LANTERN_CONTENT_DIR
    ? resolve(dirname(resolve(process.env.LANTERN_CONTENT_DIR)), '.astro-cache')
    : './node_modules/.astro',
});
