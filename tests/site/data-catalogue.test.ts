/** The data catalogue on the default site: the judgements, decisions and members downloads, as someone reusing them finds them. */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { distDir, mainText, readPage } from '../support/dist.ts';
import { loadSite } from '../../src/site/load.ts';
import { exemptSecrets } from '../../src/build/guard/guard.ts';
import { fixturePaths, projectRoot } from '../support/fixtures.ts';

const site = loadSite(fixturePaths(projectRoot));
const dataPage = () => parse(readPage('data/index.html'));
const download = (file: string) => readFileSync(join(distDir, 'data', file), 'utf8');

/** Parses CSV by RFC 4180 (records end with CRLF; quoted fields may hold commas, quotes and line breaks); throws on anything else. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    record.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') endField();
    else if (c === '\r' && text[i + 1] === '\n') {
      endField();
      records.push(record);
      record = [];
      i += 1;
    } else if (c === '\r' || c === '\n' || c === '"')
      throw new Error(`a bare ${JSON.stringify(c)} at character ${i}`);
    else field += c;
  }
  if (quoted || field !== '' || record.length > 0)
    throw new Error('the file does not end with a complete record and CRLF');
  return records;
}

/** The download as rows keyed by its header. */
const csvRows = (file: string): Record<string, string>[] => {
  const [header, ...records] = parseCsv(download(file));
  for (const record of records) expect(record, file).toHaveLength(header!.length);
  return records.map((record) => Object.fromEntries(header!.map((column, i) => [column, record[i]!])));
};

const judgementsInContent = site.inspections.flatMap(({ slug, data }) =>
  data.judgementGroups.flatMap((group) => group.judgements.map((j) => ({ slug, ...j }))),
);
const decisionsInContent =
  site.meetings.flatMap(({ data }) => data.items.filter((item) => item.outcome !== 'none')).length +
  site.urgencyDecisions.length;
const datasets = ['judgements', 'decisions', 'members'] as const;

describe('the data catalogue on the default site', () => {
  it('links the CSV and JSON of judgements, decisions and members, each in a section with its own heading', () => {
    const root = dataPage();
    for (const name of datasets) {
      expect(root.querySelector(`h2#${name}`), name).not.toBeNull();
      const links = root.querySelectorAll(
        `a[download][href="./${name}.csv"], a[download][href="./${name}.json"]`,
      );
      expect(links.map((a) => a.getAttribute('href'))).toEqual([`./${name}.csv`, `./${name}.json`]);
      // Each link says which dataset it downloads to a screen reader, not just "CSV".
      for (const link of links)
        expect(link.querySelector('.visually-hidden')!.text.length).toBeGreaterThan(5);
    }
  });

  it.each(datasets)('%s: the CSV and JSON exist, parse, and hold the same rows', (name) => {
    const rows = csvRows(`${name}.csv`);
    const json = JSON.parse(download(`${name}.json`)) as {
      dataset: string;
      columns: Record<string, string>;
      rows: Record<string, unknown>[];
    };
    expect(json.dataset).toBe(name);
    expect(json.rows).toHaveLength(rows.length);
    expect(Object.keys(json.columns)).toEqual(Object.keys(rows[0]!));
    expect(json.rows.map((r) => Object.values(r).map((v) => (v === null ? '' : String(v))))).toEqual(
      rows.map((r) => Object.values(r)),
    );
  });

  it('has one judgement row for each judgement in the inspections, each with the source it stands on', () => {
    const rows = csvRows('judgements.csv');
    expect(rows).toHaveLength(judgementsInContent.length);
    expect(rows.map((r) => `${r.inspection} ${r.area} ${r.grade} ${r.source}`).sort()).toEqual(
      judgementsInContent.map((j) => `${j.slug} ${j.area} ${j.grade} ${j.source}`).sort(),
    );
    // Ungraded visits give findings, not grades.
    const ungraded = site.inspections.filter((i) => i.data.judgementGroups.length === 0).map((i) => i.slug);
    expect(ungraded.length).toBeGreaterThan(0);
    for (const slug of ungraded)
      expect(
        rows.some((r) => r.inspection === slug),
        slug,
      ).toBe(false);
  });

  it("rates the Trust's February 2023 fostering agency inspection inadequate, the fourth of four grades", () => {
    const row = csvRows('judgements.csv').find((r) => r.inspection === 'nct-2023-02-fostering-agency')!;
    expect([row.grade, row.grade_rank, row.scale_grades, row.inspection_start]).toEqual([
      'Inadequate',
      '4',
      '4',
      '2023-02-06',
    ]);
  });

  it('has one decision row for each decision and motion in the meetings, urgency decisions included', () => {
    const rows = csvRows('decisions.csv');
    expect(rows).toHaveLength(decisionsInContent);
    expect(rows.filter((r) => r.kind === 'urgency decision')).toHaveLength(site.urgencyDecisions.length);
    for (const row of rows) expect(row.source, row.key).toMatch(/^[a-z0-9-]+ [Lp]\d/);
  });

  it('leaves vote counts empty where the minutes give none, never 0', () => {
    const motions = csvRows('decisions.csv').filter((r) => r.kind === 'motion');
    expect(motions.length).toBeGreaterThan(0);
    const counted = (row: Record<string, string>) =>
      ['show of hands', 'recorded vote'].includes(row.vote_method!);
    for (const row of csvRows('decisions.csv').filter((r) => !counted(r)))
      expect([row.votes_for, row.votes_against, row.abstentions], row.key).toEqual(['', '', '']);
  });

  it('has one row for each councillor in data/members.json, and no contact details', () => {
    const rows = csvRows('members.csv');
    expect(rows.map((r) => r.id).sort()).toEqual(site.members.map((m) => m.id).sort());
    expect(Object.keys(rows[0]!).join(' ')).not.toMatch(/mail|phone|contact|address/);
  });

  it('gives page addresses in the downloads that are pages on the site', () => {
    const addresses = [
      ...csvRows('judgements.csv').map((r) => r.inspection_url!),
      ...csvRows('decisions.csv').flatMap((r) => [r.url!, r.meeting_url!].filter(Boolean)),
      ...csvRows('members.csv').map((r) => r.member_url!),
    ];
    for (const address of new Set(addresses))
      expect(existsSync(join(distDir, address, 'index.html')), address).toBe(true);
  });

  it.each(datasets)('%s: every column in the CSV header is explained on the data page', (name) => {
    const [header] = parseCsv(download(`${name}.csv`));
    const explained = dataPage()
      .querySelectorAll(`#${name}-columns + dl.facts dt`)
      .map((dt) => dt.text.trim());
    expect(explained).toEqual(header);
    for (const dd of dataPage().querySelectorAll(`#${name}-columns + dl.facts dd`))
      expect(dd.text.trim().length).toBeGreaterThan(10);
  });

  it('says how many rows each dataset holds, and that ungraded visits have none', () => {
    const text = mainText(readPage('data/index.html'));
    expect(text).toContain(`One row for each of the ${judgementsInContent.length} judgements`);
    expect(text).toContain(`One row for each of the ${decisionsInContent} entries in the decision register`);
    expect(text).toContain(
      `One row for each of the ${site.members.length} councillors of West Northamptonshire Council`,
    );
    expect(text).toMatch(
      /ungraded visits? \(monitoring visits, focused visits and the like\) give findings, not grades, so they have no rows/,
    );
    expect(text).toContain('This site holds no party, ward or contact details');
  });

  it("no KPI framework takes a dataset's address, and no exempt note reaches a download", () => {
    for (const { data } of site.kpiFrameworks)
      expect(datasets as readonly string[]).not.toContain(data.framework.id);
    const all = datasets.flatMap((name) => [download(`${name}.csv`), download(`${name}.json`)]).join('\n');
    for (const secret of exemptSecrets(site)) expect(all).not.toContain(secret.text);
  });
});
