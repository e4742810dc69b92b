/** `npm run import`, as an author runs it on a site folder: drafts written, never over a file, and checked until their gaps are filled. */
import { afterEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import { loadSite } from '../../src/site/load.ts';
import { ContentError } from '../../src/shared/problems.ts';
import { gapMarker } from '../../src/shared/gaps.ts';
import { markdownFile } from '../../src/import/drafts.ts';
import { withGapsFilled } from '../../src/import/evaluate.ts';
import { copyFixture, projectRoot, type FixtureCopy } from '../support/fixtures.ts';

const report = (name: string) => join(projectRoot, 'tests/fixtures/import', name);
let copy: FixtureCopy | undefined;
afterEach(() => copy?.remove());

function importInto(site: FixtureCopy, ...args: string[]) {
  const result = spawnSync(process.execPath, ['src/scripts/import.ts', ...args], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: { ...process.env, LANTERN_SITE: site.paths.root },
  });
  return { status: result.status, output: result.stdout + result.stderr };
}

const drafts = (site: FixtureCopy) =>
  existsSync(join(site.paths.root, 'drafts'))
    ? readdirSync(join(site.paths.root, 'drafts'), { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => join(e.parentPath, e.name).slice(site.paths.root.length + 1))
        .sort()
    : [];

/** What an author does: moves the drafts into the site, adds the source, and fills every gap. */
function publishDrafts(site: FixtureCopy, fill: boolean): void {
  const root = site.paths.root;
  for (const folder of ['inspections', 'young-people']) {
    const from = join(root, 'drafts/content', folder, 'testshire-2024.md');
    const parsed = matter(readFileSync(from, 'utf8'));
    writeFileSync(
      join(root, 'content', folder, 'testshire-2024.md'),
      fill ? markdownFile(withGapsFilled(parsed.data), 'Written by the author.') : readFileSync(from, 'utf8'),
    );
  }
  const sources = JSON.parse(readFileSync(join(root, 'data/sources.json'), 'utf8')) as unknown[];
  sources.push(JSON.parse(readFileSync(join(root, 'drafts/data/sources/testshire-2024.json'), 'utf8')));
  writeFileSync(join(root, 'data/sources.json'), JSON.stringify(sources));
  renameSync(
    join(root, 'drafts/data/excerpts/testshire-2024.json'),
    join(root, 'data/excerpts/testshire-2024.json'),
  );
}

describe('npm run import -- inspection', () => {
  it('writes a draft inspection, a young people’s version to write, the source and its excerpts, and says what to do', () => {
    copy = copyFixture();
    const { status, output } = importInto(
      copy,
      'inspection',
      report('testshire-ilacs-2024.txt'),
      '--id',
      'testshire-2024',
    );
    expect(status, output).toBe(0);
    expect(output).toContain('5 judgements, 3 areas for improvement');
    expect(drafts(copy)).toEqual([
      'drafts/content/inspections/testshire-2024.md',
      'drafts/content/young-people/testshire-2024.md',
      'drafts/data/excerpts/testshire-2024.json',
      'drafts/data/sources/testshire-2024.json',
    ]);
    const inspection = matter(
      readFileSync(join(copy.paths.root, 'drafts/content/inspections/testshire-2024.md'), 'utf8'),
    );
    expect(inspection.data.judgementGroups[0].judgements[4]).toEqual({
      area: 'Overall effectiveness',
      grade: 'Good',
      source: 'testshire-2024 L15',
    });
    const young = matter(
      readFileSync(join(copy.paths.root, 'drafts/content/young-people/testshire-2024.md'), 'utf8'),
    );
    expect(young.data.covers.map((c: { item: string }) => c.item)).toContain(
      'judgement/overall-effectiveness',
    );
    // Nothing on the site itself has changed.
    expect(loadSite(copy.paths).inspections.map((i) => i.slug)).not.toContain('testshire-2024');
  });

  it('the content check refuses the drafts until every gap is filled, then passes them', () => {
    copy = copyFixture();
    expect(
      importInto(copy, 'inspection', report('testshire-ilacs-2024.txt'), '--id', 'testshire-2024').status,
    ).toBe(0);
    publishDrafts(copy, false);
    let problems: ContentError['problems'] = [];
    try {
      loadSite(copy.paths);
    } catch (error) {
      problems = (error as ContentError).problems;
    }
    expect(problems.length).toBeGreaterThan(5);
    expect(problems.filter((p) => p.found !== `a gap the importer left ("${gapMarker}")`)).toEqual([]);
    expect(problems).toContainEqual({
      file: 'content/inspections/testshire-2024.md',
      field: 'summary',
      expected: 'a sentence for listings: what was inspected and the result, in your own words',
      found: `a gap the importer left ("${gapMarker}")`,
    });

    copy.remove();
    copy = copyFixture();
    importInto(copy, 'inspection', report('testshire-ilacs-2024.txt'), '--id', 'testshire-2024');
    publishDrafts(copy, true);
    const site = loadSite(copy.paths);
    expect(
      site.inspections.find((i) => i.slug === 'testshire-2024')!.data.judgementGroups[0]!.judgements,
    ).toHaveLength(5);
  });

  it('never writes over a draft unless told to, and then writes them all', () => {
    copy = copyFixture();
    expect(
      importInto(copy, 'inspection', report('testshire-ilacs-2024.txt'), '--id', 'testshire-2024').status,
    ).toBe(0);
    const file = join(copy.paths.root, 'drafts/content/inspections/testshire-2024.md');
    writeFileSync(file, 'checked by hand');
    const again = importInto(
      copy,
      'inspection',
      report('testshire-ilacs-2024.txt'),
      '--id',
      'testshire-2024',
    );
    expect(again.status).toBe(1);
    expect(again.output).toContain('drafts/content/inspections/testshire-2024.md');
    expect(again.output).toContain('nothing was written');
    expect(readFileSync(file, 'utf8')).toBe('checked by hand');
    const forced = importInto(
      copy,
      'inspection',
      report('testshire-ilacs-2024.txt'),
      '--id',
      'testshire-2024',
      '--force',
    );
    expect(forced.status).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain(gapMarker);
  });

  it.each([
    ['empty.txt', 'the file is empty'],
    ['scanned-report.pdf', 'the PDF has no text layer (it is pictures of pages): it needs OCR first'],
    ['testshire-council-minutes.txt', 'it does not look like an inspection report'],
  ])('refuses %s, saying why, and writes nothing', (name, why) => {
    copy = copyFixture();
    const { status, output } = importInto(copy, 'inspection', report(name));
    expect(status).toBe(1);
    expect(output).toContain(`Nothing was imported from ${name}: ${why}`);
    expect(drafts(copy)).toEqual([]);
  });

  it('names the kinds it knows when asked for another', () => {
    copy = copyFixture();
    expect(importInto(copy, 'budget', report('testshire-ilacs-2024.txt')).output).toContain('"minutes"');
  });
});

describe('npm run import -- minutes', () => {
  it('drafts a meeting from its minutes, listing the names that lead to no one member', () => {
    copy = copyFixture();
    const { status, output } = importInto(
      copy,
      'minutes',
      report('testshire-council-minutes.txt'),
      '--id',
      'testshire-minutes-2024-03',
    );
    expect(status, output).toBe(0);
    expect(output).toContain('6 items, 3 present, 2 apologies');
    expect(output).toContain('These names lead to no one member');
    expect(output).toContain('  Grace Hopper');
    expect(drafts(copy)).toEqual([
      'drafts/content/meetings/test-council-2024-03-14.md',
      'drafts/data/excerpts/testshire-minutes-2024-03.json',
      'drafts/data/sources/testshire-minutes-2024-03.json',
    ]);
  });

  it("imports a part of a longer document, cited by the whole one's lines", () => {
    copy = copyFixture();
    const { status } = importInto(
      copy,
      'minutes',
      report('testshire-council-minutes.txt'),
      '--lines',
      '21-35',
      '--id',
      'part',
    );
    expect(status).toBe(0);
    const meeting = matter(readFileSync(join(copy.paths.root, 'drafts/content/meetings/part.md'), 'utf8'));
    expect(meeting.data.items.map((i: { id: string; source: string }) => [i.id, i.source])).toEqual([
      ['minute-21', 'part L23-25'],
      ['minute-22', 'part L27-35'],
    ]);
  });

  it("a summary of Cabinet's decisions passes the content check once its gaps are filled and its source added", () => {
    copy = copyFixture();
    const { status, output } = importInto(
      copy,
      'minutes',
      report('testshire-cabinet-decisions.txt'),
      '--id',
      'cabinet-2024-03-12',
    );
    expect(status, output).toBe(0);
    const root = copy.paths.root;
    const meeting = matter(
      readFileSync(join(root, 'drafts/content/meetings/test-cabinet-2024-03-12.md'), 'utf8'),
    );
    writeFileSync(
      join(root, 'content/meetings/test-cabinet-2024-03-12.md'),
      markdownFile(withGapsFilled(meeting.data), ''),
    );
    const source = JSON.parse(
      readFileSync(join(root, 'drafts/data/sources/cabinet-2024-03-12.json'), 'utf8'),
    );
    const sources = JSON.parse(readFileSync(join(root, 'data/sources.json'), 'utf8')) as unknown[];
    sources.push({
      ...source,
      title: 'Summary of decisions',
      publisher: 'testshire-council',
      published: '2024-03-12',
    });
    writeFileSync(join(root, 'data/sources.json'), JSON.stringify(sources));
    renameSync(
      join(root, 'drafts/data/excerpts/cabinet-2024-03-12.json'),
      join(root, 'data/excerpts/cabinet-2024-03-12.json'),
    );
    const site = loadSite(copy.paths);
    expect(
      site.meetings.find((m) => m.slug === 'test-cabinet-2024-03-12')!.data.decisionNotice!.callInDeadline,
    ).toBe('2024-03-19');
  });

  it('refuses an inspection report, saying what it looked for', () => {
    copy = copyFixture();
    const { status, output } = importInto(copy, 'minutes', report('testshire-ilacs-2024.txt'));
    expect(status).toBe(1);
    expect(output).toContain(
      'Nothing was imported from testshire-ilacs-2024.txt: it does not look like minutes',
    );
    expect(drafts(copy)).toEqual([]);
  });
});
