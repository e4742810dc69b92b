/**
 * A council's site that is not the default one: the skeleton npm run new-site makes, with a brand colour
 * and a logo, built from its own folder (tests/support/new-site.ts). Every word of it is its own.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtFiles } from '../../src/build/guard/guard.ts';
import { builtPages, mainText, readPage } from '../support/dist.ts';
import { newSite, newSiteDist } from '../support/new-site.ts';

const pages = builtPages(newSiteDist);
const page = (path: string) => readPage(path, newSiteDist);
const menu = (html: string) => /<nav class="site-nav"[\s\S]*?<\/nav>/.exec(html)![0];

describe("a new council's site, built from its own folder", () => {
  it("names none of the default site's councils, and not Lantern, on any page, feed, calendar or download", () => {
    const texts = builtFiles(newSiteDist).filter((file) => /\.(html|xml|ics|csv|json|txt|css)$/.test(file));
    expect(texts.length).toBeGreaterThan(10);
    for (const file of texts)
      expect(readFileSync(file, 'utf8'), file).not.toMatch(
        /Northamptonshire|Northumberland|West Northamptonshire|Lantern/,
      );
  });

  it("says whose it is: the council's name, tagline and area on the home page, feeds and about page", () => {
    const home = page('index.html');
    expect(home).toContain(
      `<title>${newSite.council}: Children&#39;s services in ${newSite.area}, in plain words</title>`,
    );
    expect(mainText(home)).toContain(
      `This site covers children's services in ${newSite.area}. It holds 1 inspection or visit and 2 organisations,`,
    );
    expect(mainText(page('about/index.html'))).toContain(
      `${newSite.council} is published by ${newSite.council}.`,
    );
    expect(readFileSync(join(newSiteDist, 'feeds/all.xml'), 'utf8')).toContain(
      `<name>${newSite.council}</name>`,
    );
  });

  it('builds no page, menu entry, feed or download for the sections it has nothing in', () => {
    for (const empty of ['meetings', 'decisions', 'members', 'performance', 'plans']) {
      expect(existsSync(join(newSiteDist, empty, 'index.html')), empty).toBe(false);
      expect(menu(page('index.html')), empty).not.toContain(`href="${empty}/"`);
    }
    expect(existsSync(join(newSiteDist, 'feeds/meetings.xml'))).toBe(false);
    expect(existsSync(join(newSiteDist, 'feeds/inspections.xml'))).toBe(true);
    expect(existsSync(join(newSiteDist, 'calendars/all.ics'))).toBe(false);
    expect(existsSync(join(newSiteDist, 'data/members.csv'))).toBe(false);
    expect(existsSync(join(newSiteDist, 'data/judgements.csv'))).toBe(true);
    expect(mainText(page('data/index.html'))).not.toMatch(
      /Councillors|Decisions and motions|Performance measures/,
    );
    expect(pages).toContain('inspections/index.html');
  });

  it('wears its brand colour and logo', () => {
    expect(readFileSync(join(newSiteDist, 'brand.css'), 'utf8')).toContain(`--brand: ${newSite.brand};`);
    expect(existsSync(join(newSiteDist, newSite.logo))).toBe(true);
    for (const path of pages.filter((p) => !p.startsWith('404'))) {
      expect(page(path), path).toMatch(/<link rel="stylesheet" href="(\.\.?\/)+brand\.css"/);
      expect(page(path), path).toMatch(
        new RegExp(`<img class="site-logo" src="(\\.\\.?/)+${newSite.logo}" alt="">`),
      );
    }
  });
});
