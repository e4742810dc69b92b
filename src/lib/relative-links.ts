/**
 * Makes a built page's links relative, so the site works from any folder of any static host and
 * when opened straight from the file system: "/inspections/" seen from "inspections/x/index.html"
 * becomes "../index.html" (a folder link names its index.html, which a file system does not supply).
 * External and anchor-only links are left alone. data-src (where a script finds data, such as a chart's
 * interactive spec) is rewritten in the same way.
 */
import { posix } from 'node:path';

const attribute = /(\s(?:href|src|action|poster|data-src)=)(["'])\/(?!\/)([^"']*)\2/g;

/** The relative form of a root-relative URL, seen from the page at pagePath (e.g. "inspections/x/index.html"). */
export function relativeUrl(url: string, pagePath: string): string {
  const match = /^([^?#]*)(.*)$/.exec(url)!;
  const path = match[1]!;
  const rest = match[2]!;
  const fromDir = posix.dirname(`/${pagePath}`);
  const target = `/${path}`;
  let relative = posix.relative(fromDir, target);
  if (target.endsWith('/')) relative = relative === '' ? 'index.html' : `${relative}/index.html`;
  if (!relative.startsWith('.')) relative = `./${relative}`;
  return `${relative}${rest}`;
}

/** Every root-relative link made relative; a <base> element (the 404 page's, naming the site's root folder) is left as it is. */
export function relativizeHtml(html: string, pagePath: string): string {
  return html
    .split(/(<base\b[^>]*>)/)
    .map((part) => (part.startsWith('<base') ? part : part.replace(attribute, (_all, name: string, quote: string, url: string) => `${name}${quote}${relativeUrl(url, pagePath)}${quote}`)))
    .join('');
}

/**
 * The file a page is written to, relative to the output folder, from the address Astro builds it at
 * (format "directory"): "/inspections/x/" → "inspections/x/index.html", "/" → "index.html", and the
 * error pages "/404/" (or "/404") and "/500/" → "404.html" and "500.html".
 */
export function builtPagePath(pathname: string): string {
  const path = decodeURI(pathname).replace(/^\//, '');
  const errorPage = /^(404|500)\/?$/.exec(path);
  if (errorPage) return `${errorPage[1]}.html`;
  if (path === '' || path.endsWith('/')) return `${path}index.html`;
  return path.endsWith('.html') ? path : `${path}/index.html`;
}
