/**
 * Makes a built page's links relative, so the site works from any folder of any static host and
 * when opened straight from the file system: "/inspections/" seen from "inspections/x/index.html"
 * becomes "../index.html" (a folder link names its index.html, which a file system does not supply).
 * External and anchor-only links are left alone. data-src (where a script finds data, such as a chart's
 * interactive spec) is rewritten in the same way.
 */
import { posix } from 'node:path';

// A regular expression, not an HTML parser (parse5, rehype): a parser would read and write back every
// page whole, reformatting its markup, to change a few attributes.
const attribute = /(\s(?:href|src|action|poster|data-src)=)(["'])\/(?!\/)([^"']*)\2/g;

/** The relative form of a root-relative URL, seen from the page at pagePath (e.g. "inspections/x/index.html"). */
export function relativeUrl(url: string, pagePath: string): string {
  return relativeFrom(url, folderOf(pagePath), pagePath);
}

/** The folders a page is in: "inspections/x/index.html" → ["inspections", "x"]. */
function folderOf(pagePath: string): string[] {
  return pagePath.split('/').slice(0, -1);
}

/**
 * relativeUrl, with the page's folders worked out once for all its links. A clean path (the only kind
 * Lantern writes) is compared folder by folder; one with "." or ".." or an empty folder goes through
 * path.posix, which tidies it first.
 */
function relativeFrom(url: string, folders: readonly string[], pagePath: string): string {
  const cut = url.search(/[?#]/);
  const path = cut < 0 ? url : url.slice(0, cut);
  const rest = cut < 0 ? '' : url.slice(cut);
  const isFolder = path === '' || path.endsWith('/');
  const target = path.split('/');
  if (isFolder) target.pop();
  let relative: string;
  if (target.some((part) => part === '' || part === '.' || part === '..')) {
    relative = posix.relative(posix.dirname(`/${pagePath}`), `/${path}`);
  } else {
    let shared = 0;
    while (shared < folders.length && shared < target.length && folders[shared] === target[shared]) shared++;
    relative = [...Array<string>(folders.length - shared).fill('..'), ...target.slice(shared)].join('/');
  }
  if (isFolder) relative = relative === '' ? 'index.html' : `${relative}/index.html`;
  if (!relative.startsWith('.')) relative = `./${relative}`;
  return `${relative}${rest}`;
}

/** Every root-relative link made relative; a <base> element (the 404 page's, naming the site's root folder) is left as it is. */
export function relativizeHtml(html: string, pagePath: string): string {
  const folders = folderOf(pagePath);
  // A page links to the same places many times (the navigation, the sources): each is worked out once.
  const done = new Map<string, string>();
  const relative = (url: string) => {
    let found = done.get(url);
    if (found === undefined) done.set(url, (found = relativeFrom(url, folders, pagePath)));
    return found;
  };
  return html
    .split(/(<base\b[^>]*>)/)
    .map((part) =>
      part.startsWith('<base')
        ? part
        : part.replace(
            attribute,
            (_all, name: string, quote: string, url: string) => `${name}${quote}${relative(url)}${quote}`,
          ),
    )
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
