import { describe, expect, it } from 'vitest';
import { builtPagePath, relativeUrl, relativizeHtml } from '../../src/build/relative-links.ts';

describe('relative links, so the site works from any folder', () => {
  it('points a nested page back to the home page', () => {
    expect(relativeUrl('', 'inspections/x/index.html')).toBe('../../index.html');
  });
  it('points to a sibling section and keeps the fragment', () => {
    expect(relativeUrl('sources/#doc', 'inspections/x/index.html')).toBe('../../sources/index.html#doc');
  });
  it('points a page to its own index.html', () => {
    expect(relativeUrl('inspections/x/#judgements', 'inspections/x/index.html')).toBe(
      './index.html#judgements',
    );
  });
  it('tidies a path with "." or ".." or a doubled slash before making it relative', () => {
    expect(relativeUrl('inspections/./x/../y/', 'inspections/x/index.html')).toBe('../y/index.html');
    expect(relativeUrl('inspections//x/', 'about/index.html')).toBe('../inspections/x/index.html');
  });
  it('reaches assets from the home page', () => {
    expect(relativeUrl('_astro/site.css', 'index.html')).toBe('./_astro/site.css');
  });
  it("leaves the 404 page's <base>, which names the site's root folder, as it is", () => {
    expect(relativizeHtml('<head><base href="/"><link href="/_astro/a.css"></head>', '404.html')).toBe(
      '<head><base href="/"><link href="./_astro/a.css"></head>',
    );
  });
  it('rewrites data-src, where a script finds its data, like a link', () => {
    expect(relativizeHtml('<div data-src="/kpis/a.vl.json"></div>', 'kpis/a/index.html')).toBe(
      '<div data-src="../a.vl.json"></div>',
    );
  });
  it('rewrites href and src but leaves other hosts and anchors alone', () => {
    const html =
      '<a href="/about/">a</a><a href="https://example.org/">b</a><a href="#main">c</a><link href="//cdn.example/x.css"><img src="/favicon.svg">';
    expect(relativizeHtml(html, 'about/index.html')).toBe(
      '<a href="./index.html">a</a><a href="https://example.org/">b</a><a href="#main">c</a><link href="//cdn.example/x.css"><img src="../favicon.svg">',
    );
  });
  it('works out the file each page is written to from the address it is built at', () => {
    expect(builtPagePath('/')).toBe('index.html');
    expect(builtPagePath('/inspections/ofsted-2011/')).toBe('inspections/ofsted-2011/index.html');
    expect(builtPagePath('/decisions/topic/children%27s-homes/')).toBe(
      "decisions/topic/children's-homes/index.html",
    );
  });
  it('writes the error pages as 404.html and 500.html at the top of the site, as Astro does', () => {
    expect(builtPagePath('/404/')).toBe('404.html');
    expect(builtPagePath('/404')).toBe('404.html');
    expect(builtPagePath('/500/')).toBe('500.html');
    expect(builtPagePath('/404-reasons/')).toBe('404-reasons/index.html');
  });
});
