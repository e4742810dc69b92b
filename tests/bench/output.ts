/**
 * What a built site sends a reader, page by page: the HTML plus the stylesheets it links, and the
 * JavaScript it loads (its script elements, inline or not, and the modules those import statically;
 * modules fetched only on request, such as the interactive chart's vega-embed, are not counted).
 * Also which pages are "text pages", which must load no JavaScript at all, and the charts drawn.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

export interface PageBytes {
  page: string;
  htmlCss: number;
  js: number;
  scripts: string[];
}

export interface Spread {
  median: number;
  worst: number;
  worstPage: string;
}

export interface OutputReport {
  pages: number;
  htmlCss: Spread;
  js: Spread;
  /** Pages without a chart and other than the search page, the decision register and young people's pages. */
  textPages: number;
  /** Text pages that load any script, with the first few named. */
  textPagesWithJs: number;
  textPagesWithJsExamples: string[];
  /** Charts on pages, and how many of them are drawn (each drawing is made twice: wide and narrow). */
  chartFigures: number;
  chartsDrawn: number;
  /** The whole output folder, and the Pagefind index within it. */
  totalBytes: number;
  pagefindBytes: number;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length === 0
    ? 0
    : sorted.length % 2
      ? sorted[mid]!
      : Math.round((sorted[mid - 1]! + sorted[mid]!) / 2);
};

function spread(pages: PageBytes[], key: 'htmlCss' | 'js'): Spread {
  const worst = pages.reduce((a, b) => (b[key] > a[key] ? b : a), pages[0]!);
  return { median: median(pages.map((p) => p[key])), worst: worst[key], worstPage: worst.page };
}

/** Pages whose own enhancement scripts are known and allowed (as in tests/site/pages.test.ts). */
export function mayHaveScript(page: string, html: string): boolean {
  return (
    /<figure class="chart"/.test(html) ||
    page === 'search/index.html' ||
    page === 'decisions/index.html' ||
    page.startsWith('young-people/')
  );
}

export function analyseOutput(dir: string): OutputReport {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  let totalBytes = 0;
  let pagefindBytes = 0;
  const htmlPages: string[] = [];
  for (const entry of files) {
    const path = join(entry.parentPath, entry.name);
    const rel = relative(dir, path).split('\\').join('/');
    const size = statSync(path).size;
    totalBytes += size;
    if (rel.startsWith('pagefind/')) pagefindBytes += size;
    else if (rel.endsWith('.html')) htmlPages.push(rel);
  }
  htmlPages.sort();

  const sizes = new Map<string, number>();
  const sizeOf = (path: string) => {
    if (!sizes.has(path)) sizes.set(path, existsSync(path) ? statSync(path).size : 0);
    return sizes.get(path)!;
  };
  const imports = new Map<string, string[]>();
  /** A module and every module it imports statically, as absolute paths. */
  const moduleGraph = (path: string, seen: Set<string>) => {
    if (seen.has(path) || !existsSync(path)) return;
    seen.add(path);
    if (!imports.has(path)) {
      const code = readFileSync(path, 'utf8');
      const found = [
        ...code.matchAll(/(?:^|[;\s}])import\s*(?:[\w$*{}\s,]+from\s*)?["'`](\.{1,2}\/[^"'`]+)["'`]/g),
      ].map((m) => join(dirname(path), m[1]!));
      imports.set(path, found);
    }
    for (const next of imports.get(path)!) moduleGraph(next, seen);
  };

  const pages: PageBytes[] = [];
  let textPages = 0;
  const textPagesWithJs: string[] = [];
  let chartFigures = 0;
  let chartsDrawn = 0;
  for (const page of htmlPages) {
    const path = join(dir, page);
    const html = readFileSync(path, 'utf8');
    const here = dirname(path);
    let htmlCss = Buffer.byteLength(html);
    for (const [, href] of html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*\bhref="([^"]+)"/g))
      htmlCss += sizeOf(join(here, href!));
    let js = 0;
    const scripts: string[] = [];
    const modules = new Set<string>();
    for (const [tag, inline] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
      const attributes = tag!;
      if (/type="application\/ld\+json"/.test(attributes)) continue;
      const src = /\bsrc="([^"]+)"/.exec(attributes)?.[1];
      if (src) {
        scripts.push(src);
        moduleGraph(join(here, src), modules);
      } else {
        scripts.push('an inline script');
        js += Buffer.byteLength(inline ?? '');
      }
    }
    for (const [, href] of html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g))
      moduleGraph(join(here, href!), modules);
    for (const module of modules) js += sizeOf(module);
    pages.push({ page, htmlCss, js, scripts });
    const figures = html.match(/<figure class="chart"/g)?.length ?? 0;
    chartFigures += figures;
    chartsDrawn += html.match(/<div class="chart-image chart-wide"/g)?.length ?? 0;
    if (!mayHaveScript(page, html)) {
      textPages++;
      if (scripts.length > 0) textPagesWithJs.push(page);
    }
  }
  return {
    pages: pages.length,
    htmlCss: spread(pages, 'htmlCss'),
    js: spread(pages, 'js'),
    textPages,
    textPagesWithJs: textPagesWithJs.length,
    textPagesWithJsExamples: textPagesWithJs.slice(0, 5),
    chartFigures,
    chartsDrawn,
    totalBytes,
    pagefindBytes,
  };
}
