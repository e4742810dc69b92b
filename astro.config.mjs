// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import lantern from './src/integrations/lantern.ts';

export default defineConfig({
  integrations: [lantern(), mdx()],
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  prefetch: false,
  markdown: { syntaxHighlight: false },
  vite: { logLevel: 'warn' },
  // Tests that build broken content write elsewhere, so they never touch the real dist/.
  outDir: process.env.LANTERN_OUT_DIR ?? './dist',
});
