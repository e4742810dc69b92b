/**
 * Lantern's build steps around Astro: check all content before Astro starts (so an author sees
 * one clear list of problems, not a stack trace); for a build, set worker threads drawing every
 * chart straight away (see render-chart.ts); and after the build make every link relative and write the
 * sitemap of every page built and the security headers file, keeping the words of a term and its
 * description, or of neighbouring table cells, apart for search (word-breaks.ts).
 */
import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSite, sitePaths } from '../lib/load.ts';
import { kpiDrawings } from '../lib/charts.ts';
import { customChartDrawings } from '../lib/custom-charts.ts';
import { chartThreads, drawInAdvance, stopDrawingInAdvance } from '../lib/render-chart.ts';
import { ContentError } from '../lib/errors.ts';
import { relativizeHtml } from '../lib/relative-links.ts';
import { separateBlocks } from '../lib/word-breaks.ts';
import { sitemapXml } from '../lib/sitemap.ts';
import { headersFile } from '../lib/csp.ts';

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

export default function lantern(): AstroIntegration {
  let root = process.cwd();
  /** The site's address from data/site.json, read in the content check, for the sitemap. */
  let siteUrl = '';
  return {
    name: 'lantern',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        root = fileURLToPath(config.root);
        try {
          const site = loadSite(sitePaths(root));
          siteUrl = site.settings.url;
          if (command === 'build') {
            // Drawing starts now, so the charts are made while Astro syncs content, writes types,
            // bundles and renders the pages that have none.
            const drawings = [...site.kpiFrameworks.flatMap(({ data }) => data.kpis.flatMap(kpiDrawings)), ...site.charts.flatMap(({ data }) => customChartDrawings(data))];
            if (drawings.length > 0) drawInAdvance(join(root, 'src/lib/chart-worker.ts'), chartThreads(), drawings);
          }
          logger.info(`content checked: ${site.inspections.length} inspections, ${site.organisations.length} organisations`);
        } catch (error) {
          if (error instanceof ContentError) {
            // A plain message, no stack: the problem is in the content, not in Lantern.
            const plain = new Error(error.message);
            plain.name = 'ContentError';
            plain.stack = error.message;
            throw plain;
          }
          throw error;
        }
      },
      'astro:build:done': async ({ dir, pages }) => {
        await stopDrawingInAdvance();
        const out = fileURLToPath(dir);
        await writeFile(join(out, 'sitemap.xml'), sitemapXml(siteUrl, pages.map((page) => page.pathname)));
        await writeFile(join(out, '_headers'), headersFile());
        for (const file of await htmlFiles(out)) {
          const html = await readFile(file, 'utf8');
          await writeFile(file, separateBlocks(relativizeHtml(html, relative(out, file).split('\\').join('/'))));
        }
      },
    },
  };
}
