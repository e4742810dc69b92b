/**
 * The site's Content-Security-Policy: everything from the site itself, nothing inline, nothing from
 * anywhere else. Pagefind needs to compile its WebAssembly ('wasm-unsafe-eval'); the interactive
 * chart runs Vega's expressions through vega-interpreter, so no eval is allowed. The same policy goes
 * in every page's <meta> tag and in the headers file for static hosts (which adds what a meta tag
 * cannot carry).
 */
const directives: [string, string[]][] = [
  ['default-src', ["'self'"]],
  ['script-src', ["'self'", "'wasm-unsafe-eval'"]],
  ['style-src', ["'self'"]],
  ['img-src', ["'self'", 'data:']],
  ['font-src', ["'self'"]],
  ['connect-src', ["'self'"]],
  ['object-src', ["'none'"]],
  ['base-uri', ["'self'"]],
  ['form-action', ["'self'"]],
];

/** The policy for a page's <meta http-equiv="Content-Security-Policy">. */
export const contentSecurityPolicy = directives
  .map(([name, values]) => `${name} ${values.join(' ')}`)
  .join('; ');

/** The same, with the directive only a header can carry: no other site may frame these pages. */
export const headerPolicy = `${contentSecurityPolicy}; frame-ancestors 'none'`;

/** `_headers`, as Netlify and Cloudflare Pages read it: the policy and a few safe defaults for every path. */
export function headersFile(): string {
  return [
    '# Security headers for every page, for static hosts that read a _headers file (Netlify, Cloudflare Pages).',
    '# The same Content-Security-Policy is in every page as a <meta> tag, for hosts that cannot set headers.',
    '/*',
    `  Content-Security-Policy: ${headerPolicy}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '  Permissions-Policy: camera=(), microphone=(), geolocation=()',
    '',
  ].join('\n');
}
