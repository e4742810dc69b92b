/** Quoting the sources: the excerpts a document's text makes, the passages a source page shows, and the check that every cited line is quoted. */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  ExcerptError,
  longestQuoted,
  makeExcerpts,
  passagesOf,
  placesOf,
} from '../../src/content-types/organisations/excerpts.ts';
import { citationHref } from '../../src/shared/citations.ts';
import { loadSite } from '../../src/site/load.ts';
import { copyFixture, gradedInspection, projectRoot, type FixtureCopy } from '../support/fixtures.ts';
import { problemsAfter } from '../support/problems.ts';

const text = Array.from({ length: 60 }, (_, i) => `words of line ${i + 1}`).join('\n');
const cite = (reference: string) => ({ file: 'content/x.md', field: 'source', reference });

/** `npm run excerpts -- test-report <the fixture's text>`, run on a copy of the fixture. */
const excerptsCommand = (copy: FixtureCopy) =>
  spawnSync(
    process.execPath,
    ['src/scripts/excerpts.ts', 'test-report', join(projectRoot, 'tests/fixtures/texts/test-report.txt')],
    {
      cwd: projectRoot,
      encoding: 'utf8',
      env: { ...process.env, LANTERN_CONTENT_DIR: copy.paths.content, LANTERN_DATA_DIR: copy.paths.data },
    },
  );

describe('the excerpts of a document', () => {
  it('name every place a citation gives', () => {
    expect(placesOf('doc L77-86, p3').map((p) => [p.kind, p.from, p.to, p.text])).toEqual([
      ['L', 77, 86, 'L77-86'],
      ['p', 3, 3, 'p3'],
    ]);
  });

  it('quote only the cited lines and a line either side, and keep out what is withheld, with why', () => {
    const excerpts = makeExcerpts(
      'doc',
      text,
      [cite('doc L10-11'), cite('doc L30, p4')],
      [{ lines: 'L31', why: 'names a child' }],
    );
    expect(excerpts.documentLines).toBe(60);
    expect(excerpts.places).toEqual(['L10-11', 'L30', 'p4']);
    expect(Object.keys(excerpts.lines)).toEqual(['9', '10', '11', '12', '29', '30']);
    expect(excerpts.withheld).toEqual({ '31': 'names a child' });
  });

  it('quote only the opening of a whole section cited at once, never the document', () => {
    const excerpts = makeExcerpts('doc', text, [cite(`doc L20-${20 + longestQuoted}`)]);
    expect(Object.keys(excerpts.lines)).toEqual(['19', '20', '21']);
    const [passage] = passagesOf(excerpts);
    expect(passage!.section).toBe(true);
    expect(passage!.lines.map((l) => [l.number, l.cited])).toEqual([
      [19, false],
      [20, true],
      [21, true],
    ]);
  });

  it('refuse a citation past the end of the text, naming it', () => {
    expect(() => makeExcerpts('doc', text, [cite('doc L61')])).toThrow(ExcerptError);
    expect(() => makeExcerpts('doc', text, [cite('doc L61')])).toThrow(
      'content/x.md, field "source": "doc L61" cites L61, but the text has 60 lines. Is it the right file?',
    );
  });

  it("are where a citation leads: its document's page, at the first place", () => {
    expect(citationHref('doc L77-86, p3')).toBe('/sources/doc/#L77-86');
  });
});

describe('the check of quoted lines', () => {
  it('stops on a citation of a line the excerpts lack, and says to run the command', () => {
    const problems = problemsAfter((copy) =>
      copy.edit(gradedInspection, (t) =>
        t.replace('source: "test-report L10"', 'source: "test-report L105"'),
      ),
    );
    expect(problems).toEqual([
      {
        file: gradedInspection,
        field: 'judgementGroups → 1 → judgements → 1 → source',
        expected:
          'the cited lines quoted in data/excerpts/test-report.json: run "npm run excerpts -- test-report <the document\'s text file>" to quote them',
        found: '"test-report L105": L105 is not quoted there',
      },
    ]);
  });

  it('stops when a withheld line is still quoted', () => {
    const problems = problemsAfter((copy) => {
      copy.write('data/redactions/test-report.json', '[{ "lines": "L10", "why": "names a child" }]');
    });
    expect(problems.map((p) => [p.file, p.field, p.found])).toEqual([
      ['data/excerpts/test-report.json', 'lines → 10', 'the line quoted'],
    ]);
  });

  it('is met again once the command has run, and the withheld line is shown only as withheld', () => {
    const copy = copyFixture();
    try {
      copy.write('data/redactions/test-report.json', '[{ "lines": "L10", "why": "names a child" }]');
      const run = excerptsCommand(copy);
      expect(run.stdout + run.stderr).toMatch(/Wrote .*test-report\.json: \d+ places cited by \d+ citations/);
      const excerpts = JSON.parse(readFileSync(join(copy.paths.data, 'excerpts/test-report.json'), 'utf8'));
      expect(excerpts.lines['10']).toBeUndefined();
      expect(excerpts.withheld['10']).toBe('names a child');
      expect(() => loadSite(copy.paths)).not.toThrow();
    } finally {
      copy.remove();
    }
  });

  it('is told by the command, which reads the whole text, where a figure the cited lines lack really is', () => {
    const copy = copyFixture();
    try {
      copy.edit('data/kpis/testshire-kpis.json', (text) =>
        text.replace(
          '"value": 51.2, "source": "test-report L64"',
          '"value": 51.2, "source": "test-report L60"',
        ),
      );
      const run = excerptsCommand(copy);
      expect(run.stdout).toContain('The cited lines lack a figure; the whole text has them where it says:');
      expect(run.stdout).toContain('51.2, which "test-report L60" does not hold: it is on L64');
    } finally {
      copy.remove();
    }
  });
});
