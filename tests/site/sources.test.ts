/** Every citation on the default site opens the words it cites: its source's page quotes the cited lines, never the whole document. */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { parse } from 'node-html-parser';
import { builtPages, readPage } from '../support/dist.ts';
import { projectRoot } from '../support/fixtures.ts';

const pages = builtPages();
const sourcePages = pages.filter((p) => /^sources\/[^/]+\/index\.html$/.test(p));
const passages = new Map<string, { cited: string[]; withheld: number }>();
for (const page of sourcePages)
  for (const section of parse(readPage(page)).querySelectorAll('section.passage'))
    passages.set(`${page}#${section.id}`, {
      cited: section.querySelectorAll('.quoted-line.cited').map((line) => line.text),
      withheld: section.querySelectorAll('.quoted-line em').length,
    });

describe('citations and their sources', () => {
  it('has a page for every source document, each quoting passages', () => {
    expect(sourcePages).toHaveLength(5);
    expect(passages.size).toBeGreaterThan(1000);
  });

  it('leads every citation on every page to a quoted passage that holds the cited lines', () => {
    let followed = 0;
    const broken: string[] = [];
    for (const page of pages) {
      for (const a of parse(readPage(page)).querySelectorAll('a.cite')) {
        const href = a.getAttribute('href')!;
        const [path, anchor] = href.split('#') as [string, string | undefined];
        const target = posix.normalize(posix.join(posix.dirname(page), path));
        const passage = passages.get(`${target}#${anchor}`);
        followed += 1;
        if (anchor?.startsWith('p')) continue; // a page of the original: linked, not quoted
        if (!passage || passage.cited.length === 0) broken.push(`${page}: ${href}`);
      }
    }
    expect(broken).toEqual([]);
    expect(followed).toBeGreaterThan(2000);
  });

  it('never holds a source document whole: each file of excerpts quotes well under all its lines', () => {
    const folder = join(projectRoot, 'data/excerpts');
    for (const name of readdirSync(folder)) {
      const excerpts = JSON.parse(readFileSync(join(folder, name), 'utf8'));
      expect(Object.keys(excerpts.lines).length, name).toBeLessThan(0.7 * excerpts.documentLines);
    }
  });
});

describe('the original documents', () => {
  it('are linked from the inspection pages whose reports have a public address the sources give', () => {
    const ilacs = parse(readPage('inspections/nct-2022-ilacs/index.html'));
    const originals = ilacs.querySelectorAll('a').map((a) => a.getAttribute('href'));
    expect(originals).toContain('https://www.ofsted.gov.uk/inspections/50200024');
    expect(originals).toContain('https://www.ofsted.gov.uk/inspections/50200026');
    expect(
      parse(readPage('inspections/nct-2023-02-fostering-agency/index.html'))
        .querySelectorAll('a')
        .map((a) => a.getAttribute('href')),
    ).toContain('https://www.ofsted.gov.uk/inspections/50211704');
  });

  it('are listed with their publisher, date, address, quoted passages and the pages that cite them', () => {
    const list = parse(readPage('sources/index.html'));
    const report = list.querySelector('section[aria-labelledby="ofsted-2011-northamptonshire"]')!;
    const text = report.text.replace(/\s+/g, ' ');
    expect(text).toContain('Published by Ofsted');
    expect(text).toContain('6 May 2011');
    expect(report.querySelector('a[href="./ofsted-2011-northamptonshire/index.html"]')).not.toBeNull();
    const citing = report.querySelectorAll('details li a').map((a) => a.text.trim());
    expect(citing).toContain(
      'Ofsted inspection of safeguarding and looked after children services, Northamptonshire, 2011',
    );
  });
});
