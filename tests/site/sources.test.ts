/** Every citation on the default site opens the words it cites: its source's page quotes the cited lines, never the whole document. */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { parse } from 'node-html-parser';
import { builtPages, readPage } from '../support/dist.ts';
import { projectRoot } from '../support/fixtures.ts';
import { holdsGrade, holdsNumber, numbersIn } from '../../src/content-types/organisations/cited-values.ts';

const pages = builtPages();
const sourcePages = pages.filter((p) => /^sources\/[^/]+\/index\.html$/.test(p));
const passages = new Map<string, { cited: string[]; withheld: number; section: boolean }>();
for (const page of sourcePages)
  for (const section of parse(readPage(page)).querySelectorAll('section.passage'))
    passages.set(`${page}#${section.id}`, {
      cited: section.querySelectorAll('.quoted-line.cited').map((line) => line.text),
      withheld: section.querySelectorAll('.quoted-line em').length,
      section: section.querySelector('p.muted') !== null,
    });

/** The quoted passage a citation link on a page leads to. */
function passageOf(page: string, href: string) {
  const [path, anchor] = href.split('#') as [string, string | undefined];
  return passages.get(`${posix.normalize(posix.join(posix.dirname(page), path))}#${anchor}`);
}

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

  it('leads from every figure in a KPI table, and every grade in a judgement table, to a passage that holds it', () => {
    let checked = 0;
    const wrong: string[] = [];
    for (const page of pages.filter((p) => /^(kpis|inspections)\/[^/]+\/index\.html$/.test(p)))
      for (const row of parse(readPage(page)).querySelectorAll('tbody tr')) {
        const cite = row.querySelector('a.cite');
        const cells = row.querySelectorAll('td');
        if (!cite || cells.length === 0) continue;
        const passage = passageOf(page, cite.getAttribute('href')!);
        if (!passage || passage.section || passage.withheld > 0) continue;
        const quoted = passage.cited.join('\n');
        const shown = cells[0]!.text.replace(/\(grade \d of \d\)/, '').trim();
        const judgement = page.startsWith('inspections/') && row.closest('.judgement-table');
        if (judgement) {
          checked += 1;
          if (!holdsGrade(quoted, shown))
            wrong.push(`${page}: "${shown}" not in ${cite.getAttribute('href')}`);
        } else if (page.startsWith('kpis/') && !shown.startsWith('No figure')) {
          const [figure] = numbersIn(shown);
          if (figure === undefined) continue;
          checked += 1;
          if (!holdsNumber(quoted, figure))
            wrong.push(`${page}: ${figure} not in ${cite.getAttribute('href')}`);
        }
      }
    expect(wrong).toEqual([]);
    expect(checked).toBeGreaterThan(300);
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

describe('what a hand audit of the default site found, put right', () => {
  const text = (page: string) => parse(readPage(page)).text.replace(/\s+/g, ' ');

  it("says what the Business Plan's ratings say: 25 actions improving and 8 unchanged, not all 33 getting better", () => {
    const page = text('young-people/nct-business-plan-2023/index.html');
    expect(page).toContain('For 25 of them, things had got better since the check before');
    expect(page).not.toContain('For all 33, things were getting better');
  });

  it('compares care leavers with the England and similar-area averages the sources give, not "most of England"', () => {
    for (const page of [
      'young-people/nct-business-plan-2023/index.html',
      'young-people/nct-self-evaluation-2022/index.html',
    ])
      expect(text(page), page).not.toContain('most of England');
  });

  it("shows both sides of the support KPIs' count in the fourth quarter of 2022/23, cited, on the performance page", () => {
    const page = parse(readPage('performance/northamptonshire-childrens-trust/index.html'));
    const panel = page
      .querySelectorAll('.panel')
      .find((p) => p.text.includes('34 green, 3 amber and 1 red'))!;
    expect(panel.text).toContain('fourth-quarter figures for 39');
    expect(panel.querySelector('a.cite')!.getAttribute('href')).toContain(
      'wnc-council-2023-11-30/index.html#L4283',
    );
  });
});
