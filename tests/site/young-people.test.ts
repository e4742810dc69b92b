/** The default site's pages for young people, as a young reader, and the adults who send them there, find them. */
import { describe, expect, it } from 'vitest';
import { parse, type HTMLElement } from 'node-html-parser';
import { mainText, readPage } from '../support/dist.ts';
import { loadSite } from '../../src/site/load.ts';
import { projectRoot } from '../support/fixtures.ts';
import { sitePaths } from '../../src/site/load.ts';
import { fullVersions } from '../../src/content-types/young-people/model.ts';
import { readability, defaultReadingGrade } from '../../src/content-types/young-people/readability.ts';
import { firstUse, termsFor } from '../../src/content-types/young-people/glossary.ts';

const site = loadSite(sitePaths(projectRoot, {}));
const fulls = fullVersions(site);
const page = (path: string) => parse(readPage(path));
const versionOf = (kind: string, id: string) =>
  site.youngPeople.find((v) => v.data.of.kind === kind && v.data.of.id === id);
const pathOf = (url: string) => `${url.replace(/^\//, '')}index.html`;

/** What a reader reads in the main region: each heading, paragraph, list item and definition as a sentence; citations and the meanings shown in brackets left out. */
function readerText(root: HTMLElement): string {
  const main = parse(root.querySelector('main')!.outerHTML);
  main.querySelectorAll('.gloss-means, .cite, [hidden]').forEach((node) => node.remove());
  return main
    .querySelectorAll('h1, h2, h3, p, li, dt, dd')
    .filter((block) => !block.querySelector('p, li, dd'))
    .map((block) => block.text.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .map((text) => (/[.!?:]$/.test(text) ? text : `${text}.`))
    .join('\n\n');
}

describe("young people's versions on the default site", () => {
  it('there is one for every inspection, plan and self-evaluation', () => {
    expect(fulls.length).toBe(site.inspections.length + site.plans.length + site.selfEvaluations.length);
    for (const full of fulls) expect(versionOf(full.kind, full.id), `${full.kind} ${full.id}`).toBeDefined();
  });

  it.each(fulls.map((f) => [f.url, f] as const))(
    '%s links to its version for young people, and that version links back',
    (_url, full) => {
      const version = versionOf(full.kind, full.id)!;
      const fullLink = page(pathOf(full.url)).querySelector('.yp-link a')!;
      expect(fullLink.text).toBe('Read the version for young people');
      expect(fullLink.getAttribute('href')).toBe(`../../young-people/${version.slug}/index.html`);
      const back = page(`young-people/${version.slug}/index.html`).querySelector('.yp-full a')!;
      expect(back.text).toMatch(/^Read the full (report|plan|self-evaluation)$/);
      expect(back.getAttribute('href')).toBe(`../..${full.url}index.html`);
    },
  );

  it.each(site.youngPeople.map((v) => [v.slug, v] as const))(
    '%s reads at grade 6 or below as built, and shows every headline item or why it is left out',
    (slug, version) => {
      const root = page(`young-people/${slug}/index.html`);
      const score = readability(readerText(root));
      expect(score.grade).toBeLessThanOrEqual(version.data.readingGrade ?? defaultReadingGrade);
      const full = fulls.find((f) => f.kind === version.data.of.kind && f.id === version.data.of.id)!;
      const text = mainText(readPage(`young-people/${slug}/index.html`));
      for (const item of full.headline) expect(text, item.key).toContain(item.label);
      const leftOut = root.querySelectorAll('#left-out ~ ul li').map((li) => li.text);
      expect(leftOut).toHaveLength(version.data.leftOut.length);
    },
  );

  it.each(site.youngPeople.map((v) => [v.slug, v] as const))(
    '%s explains its hard words in place, and lists them at the end',
    (slug, version) => {
      const root = page(`young-people/${slug}/index.html`);
      const organisation = fulls.find(
        (f) => f.kind === version.data.of.kind && f.id === version.data.of.id,
      )!.organisation;
      const glossed = root.querySelectorAll('.gloss');
      expect(glossed.length).toBeGreaterThan(0);
      const terms = termsFor(site.glossary, organisation);
      for (const gloss of glossed) {
        const word = gloss.querySelector('dfn')!.text;
        const term = terms.find((t) => firstUse(word, t)?.match === word)!;
        expect(term, word).toBeDefined();
        expect(gloss.querySelector('.gloss-means')!.text).toBe(`(${term.means})`);
      }
      // Each word is explained once, and listed once under "What do these words mean?".
      const words = glossed.map((g) => g.querySelector('dfn')!.text);
      expect(new Set(words).size).toBe(words.length);
      expect(root.querySelectorAll('.yp-words dt')).toHaveLength(glossed.length);
    },
  );

  it('the 2011 inspection’s version says it is from 2011 and lists what came after, with grades in words', () => {
    const version = versionOf('inspection', 'northamptonshire-2011-safeguarding-and-looked-after-children')!;
    const root = page(`young-people/${version.slug}/index.html`);
    const later = root.querySelector('.yp-later')!;
    expect(later.querySelector('h2')!.text).toBe('Is this still up to date?');
    expect(later.text).toContain('This report is from 2011.');
    const items = later.querySelectorAll('li').map((li) => li.text.replace(/\s+/g, ' '));
    expect(items.some((t) => /Inadequate overall/.test(t) && /2019/.test(t))).toBe(true);
    expect(items.some((t) => /Requires improvement to be good/.test(t) && /2023|2022/.test(t))).toBe(true);
    // Only later inspections are listed as coming after: the 2022 inspection's box does not list the 2019 one.
    expect(
      page('young-people/nct-2022-ilacs/index.html')
        .querySelector('.yp-later')
        ?.querySelectorAll('li')
        .some((li) => /ILACS|inspection of/i.test(li.text) && /2019/.test(li.text)),
    ).toBeFalsy();
  });

  it("the youth justice plan's version explains arrest, appropriate adults, diversion, referral orders, restorative justice, remand and resettlement", () => {
    const version = versionOf('plan', 'youth-justice-plan-2023')!;
    const root = page(`young-people/${version.slug}/index.html`);
    const headings = root.querySelectorAll('.yp-body h2').map((h) => h.text.toLowerCase());
    for (const topic of [
      'arrested',
      'appropriate adult',
      'diversion|instead of court|out of court',
      'referral order',
      'remand',
      'resettlement|after custody|coming home|leave custody',
    ])
      expect(
        headings.some((h) => new RegExp(topic).test(h)),
        topic,
      ).toBe(true);
    // Restorative justice is explained with referral orders, in the same section.
    const referral = readPage(`young-people/${version.slug}/index.html`)
      .split(/<h2[^>]*>/)
      .find((section) => /referral order/i.test(section.slice(0, 80)))!;
    expect(referral).toMatch(/restorative justice/i);
    expect(root.querySelector('.content-note')!.text).toContain('You can stop reading at any time.');
  });

  it('a content note comes before the text on every page that names hard topics', () => {
    for (const version of site.youngPeople.filter((v) => v.data.contentNote.length > 0)) {
      const html = readPage(`young-people/${version.slug}/index.html`);
      expect(html.indexOf('class="content-note"'), version.slug).toBeGreaterThan(0);
      expect(html.indexOf('class="content-note"'), version.slug).toBeLessThan(
        html.indexOf('class="yp-body"'),
      );
    }
  });

  it('the read-aloud button is hidden until its script finds speech, so it is absent without JavaScript', () => {
    const root = page('young-people/nct-2022-ilacs/index.html');
    expect(root.querySelector('[data-read-aloud]')!.hasAttribute('hidden')).toBe(true);
    expect(root.querySelector('[data-read-aloud] button')!.text.trim()).toBe('Read this page aloud');
  });
});

describe("the young people's hub", () => {
  const root = page('young-people/index.html');
  const text = mainText(readPage('young-people/index.html'));

  it('lists every version for young people, with what it is a version of', () => {
    const links = root.querySelectorAll('.yp-list a').map((a) => a.getAttribute('href'));
    expect(links.sort()).toEqual(site.youngPeople.map((v) => `./${v.slug}/index.html`).sort());
  });

  it('says what the services do, your rights, and how to have your say, with its sources', () => {
    const headings = root.querySelectorAll('.yp-body h2').map((h) => h.text);
    expect(headings.join(' | ')).toMatch(/What do these services do\?/);
    expect(headings.join(' | ')).toMatch(/rights/i);
    expect(headings.join(' | ')).toMatch(/have your say/i);
    for (const way of [
      'Children in Care Council',
      'Young Inspectors',
      'Mind of My Own',
      'advocate',
      'review',
    ])
      expect(text.toLowerCase()).toContain(way.toLowerCase());
    expect(root.querySelectorAll('.yp-body a.cite').length).toBeGreaterThan(2);
  });

  it('lists real national helplines with their numbers, and says to call 999 in danger', () => {
    const help = root.querySelector('.help-box')!;
    expect(help.text).toContain('If you are in danger right now, call 999.');
    for (const line of site.helplines) {
      expect(help.text).toContain(line.name);
      if (line.phone)
        expect(help.querySelector(`a[href="tel:${line.phone.replace(/\s/g, '')}"]`)!.text).toBe(line.phone);
    }
    expect(help.text).toContain('Childline');
    expect(help.text).toContain('0800 1111');
  });

  it('is in the main navigation and on the home page', () => {
    expect(page('index.html').querySelector('.site-nav a[href="./young-people/index.html"]')!.text).toBe(
      'Young people',
    );
    expect(page('index.html').querySelector('main a[href="./young-people/index.html"]')!.text).toBe(
      'Reports and plans for young people',
    );
  });
});

describe('"Did things get better?" on a young people\'s version', () => {
  const root = page('young-people/northamptonshire-2019-ilacs/index.html');
  const section = root.querySelector('section[aria-labelledby="better"]')!;
  const items = section.querySelectorAll('.yp-items > li');

  it('answers for every area of the 2019 inspection that something on the site answers, in its own words', () => {
    expect(section.querySelector('h2')!.text).toBe('Did things get better?');
    expect(items).toHaveLength(14);
    expect(items.map((item) => item.querySelector('h3')!.text)).toContain(
      'Fewer children for each social worker',
    );
  });

  it('gives the latest figure of each measure of an area, with whether it met its aim in words', () => {
    const caseloads = items.find((item) => item.text.includes('Fewer children for each social worker'))!;
    const figure = caseloads.querySelector('.yp-status')!.parentNode!.text.replace(/\s+/g, ' ');
    expect(figure).toMatch(/^Social workers with more cases than the target\b/);
    expect(figure).toContain('Latest figure: 17.3% (March 2023). The aim is at most 12%.');
    expect(caseloads.querySelector('.yp-status')!.text).toBe('✗ It did not meet the aim.');
  });

  it('links each area to everything done about it, in the full report', () => {
    const links = section.querySelectorAll('a[href*="northamptonshire-2019-ilacs/index.html#area-"]');
    expect(links).toHaveLength(14);
    expect(links[0]!.text).toBe('The full list for adults: what was done about area 1a');
  });

  it("is on the adoption agency's version too, from the annual report's account of what was done", () => {
    const adoption = page('young-people/nct-2022-adoption-agency/index.html');
    const better = adoption.querySelector('section[aria-labelledby="better"]')!;
    expect(better.querySelectorAll('h3').map((h) => h.text)).toEqual([
      'Training for staff',
      'Taking on new staff safely',
    ]);
  });
});

describe('the hub, for a phone', () => {
  const root = page('young-people/index.html');
  const main = root.querySelector('main')!;

  it('puts the helplines first, then a short list of what is on the page', () => {
    const headings = main.querySelectorAll('h2').map((h) => h.text.replace(/\s+/g, ' ').trim());
    expect(headings[0]).toMatch(/Helplines you can call$/);
    expect(headings[1]).toBe('Help near you');
    expect(headings[2]).toBe('On this page');
    const contents = main.querySelectorAll('.page-contents a').map((a) => a.getAttribute('href'));
    expect(contents.slice(0, 2)).toEqual(['#help', '#local-help']);
    expect(contents.at(-1)).toBe('#versions');
    for (const href of contents) expect(root.querySelector(href!), href!).not.toBeNull();
  });

  it("lists the Trust's own services for young people, each with how to get in touch and where a report names it", () => {
    const local = main.querySelector('section[aria-labelledby="local-help"]')!;
    const trust = local.querySelector('#local-help-northamptonshire-childrens-trust')!;
    expect(trust.querySelector('h3')!.text).toBe("Northamptonshire Children's Trust");
    const items = trust.querySelectorAll('li');
    expect(items.map((li) => li.querySelector('strong')!.text)).toEqual([
      'Children in Care Council',
      'Care Leavers Council',
      'Advocacy service',
      'Emergency Duty Team',
      "Northamptonshire Children's Trust",
    ]);
    for (const item of items) {
      const cite = item.querySelector('a.cite')!;
      expect(cite.getAttribute('href')).toMatch(/^\.\.\/sources\/[a-z0-9-]+\/index\.html#L\d+(-\d+)?$/);
    }
    // A number or address only where a report gives one; otherwise who to ask.
    expect(trust.querySelectorAll('a[href^="tel:"]')).toHaveLength(0);
    expect(items[3]!.text).toContain(
      'do not give its number. Your social worker or carer can give it to you.',
    );
    expect(items[4]!.querySelector('a[href="https://www.nctrust.co.uk/"]')).not.toBeNull();
  });

  it('lists the versions newest first within each organisation, the organisation with the newest first', () => {
    const groups = main.querySelectorAll('#versions ~ section, section[aria-labelledby="versions"] section');
    const trust = groups.find((g) => g.querySelector('h3')!.text === "Northamptonshire Children's Trust")!;
    const titles = trust.querySelectorAll('li > a').map((a) => a.text);
    expect(titles[0]).toBe('What did Ofsted find at the front door in October 2023?');
    expect(groups[0]!.querySelector('h3')!.text).toBe("Northamptonshire Children's Trust");
  });

  it('keeps the word meanings folded away, since each is already beside its word', () => {
    const words = main.querySelector('.yp-words')!;
    expect(words.querySelector('details')).not.toBeNull();
    expect(words.querySelector('details')!.hasAttribute('open')).toBe(false);
    expect(words.querySelector('details summary')!.text.trim()).toMatch(
      /^Show the \d+ words this page explains$/,
    );
  });
});

describe('a hard passage', () => {
  it("folds the young person's poem about abuse away behind a note saying what it talks about, quoted exactly", () => {
    const passage = page('young-people/nct-business-plan-2023/index.html').querySelector(
      'details.hard-passage',
    )!;
    expect(passage.hasAttribute('open')).toBe(false);
    expect(passage.querySelector('summary')!.text.replace(/\s+/g, ' ').trim()).toBe(
      '⚠️ The poem: it talks about abuse, and being taken away from home. Open it to read it, or carry on to skip it.',
    );
    const poem = passage.querySelector('blockquote')!.text;
    expect(poem).toContain('hurt, abuse, pain. I feel alone.');
    expect(poem).toContain('pillow even though they were bad.');
  });
});
