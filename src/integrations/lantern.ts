/**
 * Lantern's build steps around Astro: check all content before Astro starts (so an author sees
 * one clear list of problems, not a stack trace); for a build, set worker threads drawing every
 * chart straight away (see render-chart.ts); finish each page as Astro renders it, before Astro
 * writes it: every root-relative link made relative (relative-links.ts) and the words of a term and
 * its description, or of neighbouring table cells, kept apart for search (word-breaks.ts); and after
 * the build write the sitemap of every page built and the security headers file.
 */
import type { AstroIntegration, AstroPrerenderer } from 'astro';
import { cpSync, createReadStream, existsSync, statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSite, sitePaths } from '../site/load.ts';
import { siteFolders } from '../site/folders.ts';
import { contentChanged, shareCheckedSite } from '../site/site.ts';
import { forgetSchemaValidator } from '../build/charts/vega-lite-check.ts';
import { kpiDrawings } from '../content-types/kpis/kpi-chart.ts';
import { customChartDrawings } from '../content-types/kpis/custom-charts.ts';
import { chartThreads, drawInAdvance, forgetDrawings } from '../build/charts/render-chart.ts';
import { ContentError } from '../shared/problems.ts';
import { builtPagePath, relativizeHtml } from '../build/relative-links.ts';
import { separateBlocks } from '../build/word-breaks.ts';
import { spreadOut } from '../build/build-order.ts';
import { sitemapXml } from '../publish/sitemap.ts';
import { withSynonyms, type SearchSynonyms } from '../publish/synonyms.ts';
import { headersFile } from '../build/csp.ts';

/**
 * Astro's own prerenderer, with each route's pages spread through the build (build-order.ts) and
 * each HTML page finished before Astro writes it. Doing this on the HTML Astro already holds spares
 * reading and writing every page a second time after the build. It runs in this process, so it
 * never depends on a file another build could remove.
 */
function finishingPages(astro: AstroPrerenderer, synonyms: SearchSynonyms): AstroPrerenderer {
  return {
    name: 'lantern',
    setup: async () => astro.setup?.(),
    getStaticPaths: async () => spreadOut(await astro.getStaticPaths(), ({ route }) => route.route),
    async render(request, options) {
      const rendered = await astro.render(request, options);
      const response = rendered instanceof Response ? rendered : rendered.response;
      if (!response.headers.get('content-type')?.startsWith('text/html')) return rendered;
      const html = withSynonyms(
        separateBlocks(relativizeHtml(await response.text(), builtPagePath(new URL(request.url).pathname))),
        synonyms,
      );
      const finished = new Response(html, {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
      });
      return rendered instanceof Response ? finished : { ...rendered, response: finished };
    },
    ...(astro.collectStaticImages ? { collectStaticImages: () => astro.collectStaticImages!() } : {}),
    teardown: async () => astro.teardown?.(),
  };
}

const contentTypes: Record<string, string> = {
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.pdf': 'application/pdf',
  '.css': 'text/css',
  '.txt': 'text/plain; charset=utf-8',
};
const contentTypeOf = (file: string) =>
  contentTypes[extname(file).toLowerCase()] ?? 'application/octet-stream';

/**
 * A site folder's own files to publish as they are (public/: a logo, documents), copied into the
 * output after the build. One that would replace a file Lantern built stops the build, naming it.
 */
function copySiteFiles(from: string, out: string): void {
  try {
    cpSync(from, out, { recursive: true, force: false, errorOnExist: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EEXIST' && code !== 'ERR_FS_CP_EEXIST') throw error;
    throw new Error(
      `${(error as Error).message}\nA file in the site's public/ folder has the same name as a file Lantern builds: rename it.`,
      { cause: error },
    );
  }
}

export default function lantern(): AstroIntegration {
  let root = process.cwd();
  /** The site's address from data/site.json, read in the content check, for the sitemap. */
  let siteUrl = '';
  /** Ways of writing the same thing, for search: each page is indexed under the forms it does not use. */
  let synonyms: SearchSynonyms = [];
  return {
    name: 'lantern',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        root = fileURLToPath(config.root);
        try {
          const paths = sitePaths(root);
          const site = loadSite(paths);
          // Every chart spec is checked: the schema's validator, a large piece of code, is not needed again.
          forgetSchemaValidator();
          siteUrl = site.settings.url;
          synonyms = site.searchSynonyms;
          if (command === 'build') {
            // The pages read the same content, so they are given it rather than read it all again.
            shareCheckedSite(paths, site);
            // Drawing starts now, so the charts are made while Astro syncs content, writes types,
            // bundles and renders the pages that have none.
            const drawings = [
              ...site.kpiFrameworks.flatMap(({ data }) => data.kpis.flatMap(kpiDrawings)),
              ...site.charts.flatMap(({ data }) => customChartDrawings(data)),
            ];
            if (drawings.length > 0)
              drawInAdvance(join(root, 'src/build/charts/chart-worker.ts'), chartThreads(), drawings);
          }
          logger.info(
            `content checked: ${site.inspections.length} inspections, ${site.organisations.length} organisations`,
          );
        } catch (error) {
          if (error instanceof ContentError) {
            // Every problem, plainly, and nothing else: the problem is in the content, not in Lantern,
            // so Astro's "unhandled error… Stack trace:" around it would only get in the way.
            console.error(error.message);
            process.exit(1);
          }
          throw error;
        }
      },
      'astro:server:setup': ({ server }) => {
        const { content, data, public: own } = siteFolders(root);
        // The preview follows edits to data files and front matter: the pages' copy of the content is
        // read again (site.ts) and the browser reloads. Astro itself follows only the Markdown text.
        server.watcher.add([content, data]);
        server.watcher.on('all', (_event, file) => {
          if (!file.startsWith(content) && !file.startsWith(data)) return;
          contentChanged();
          server.ws.send({ type: 'full-reload' });
        });
        // A site folder's own public/ files (its logo), served as the build will publish them.
        if (own)
          server.middlewares.use((request, response, next) => {
            const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
            const file = resolve(own, `.${path}`);
            if (!file.startsWith(own + sep) || !existsSync(file) || !statSync(file).isFile()) return next();
            response.setHeader('content-type', contentTypeOf(file));
            createReadStream(file).pipe(response);
          });
      },
      'astro:build:start': ({ setPrerenderer }) => setPrerenderer((astro) => finishingPages(astro, synonyms)),
      'astro:build:done': async ({ dir, pages }) => {
        await forgetDrawings();
        const out = fileURLToPath(dir);
        await writeFile(
          join(out, 'sitemap.xml'),
          await sitemapXml(
            siteUrl,
            pages.map((page) => page.pathname),
          ),
        );
        await writeFile(join(out, '_headers'), headersFile());
        const { public: own } = siteFolders(root);
        if (own) copySiteFiles(own, out);
      },
    },
  };
}
