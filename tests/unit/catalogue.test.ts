/** The data catalogue's site-wide datasets (judgements, decisions, members): what a reuser of the downloads would notice. */
import { describe, expect, it } from 'vitest';
import { loadSite, type SiteContent } from '../../src/site/load.ts';
import {
  decisionColumns,
  decisionRows,
  decisionsCsv,
  decisionsJson,
} from '../../src/content-types/meetings/downloads.ts';
import {
  judgementColumns,
  judgementRows,
  judgementsCsv,
  judgementsJson,
} from '../../src/content-types/inspections/downloads.ts';
import {
  memberColumns,
  memberRows,
  membersCsv,
  membersJson,
} from '../../src/content-types/members/downloads.ts';
import { allDecisions } from '../../src/content-types/meetings/model.ts';
import { headlineJudgements } from '../../src/content-types/inspections/model.ts';
import { exemptSecrets, fingerprints, plainText } from '../../src/build/guard/guard.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixturePaths, fixtureRoot } from '../support/fixtures.ts';
import { problemsAfter } from '../support/problems.ts';

const site = loadSite(fixturePaths());

/** Parses CSV strictly by RFC 4180: records end with CRLF, fields with a comma, quote or line break are quoted, quotes doubled. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = 0;
  while (i < text.length) {
    if (text[i] === '"' && field === '') {
      // A quoted field: runs to the quote not doubled; a doubled quote is one quote.
      let j = i + 1;
      for (;;) {
        if (j >= text.length) throw new Error(`an unclosed quote at ${i}`);
        if (text[j] === '"' && text[j + 1] === '"') {
          field += '"';
          j += 2;
        } else if (text[j] === '"') break;
        else field += text[j++];
      }
      i = j + 1;
      if (text[i] !== ',' && text[i] !== '\r') throw new Error(`text after a closing quote at ${i}`);
      continue;
    }
    if (text[i] === ',') {
      record.push(field);
      field = '';
      i += 1;
    } else if (text[i] === '\r') {
      if (text[i + 1] !== '\n') throw new Error(`a CR without LF at ${i}`);
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i += 2;
    } else if (text[i] === '\n' || text[i] === '"') {
      throw new Error(`a bare ${text[i] === '\n' ? 'LF' : 'quote'} at ${i}`);
    } else {
      field += text[i];
      i += 1;
    }
  }
  if (field !== '' || record.length > 0) throw new Error('the last record does not end with CRLF');
  return records;
}

/** A copy of the site to change one thing in, leaving the shared fixture as it is. */
const changed = (change: (copy: SiteContent) => void): SiteContent => {
  const copy = structuredClone(site);
  change(copy);
  return copy;
};

const datasets = [
  { name: 'judgements', columns: judgementColumns, csv: judgementsCsv, json: judgementsJson },
  { name: 'decisions', columns: decisionColumns, csv: decisionsCsv, json: decisionsJson },
  { name: 'members', columns: memberColumns, csv: membersCsv, json: membersJson },
] as const;

describe('the judgements dataset', () => {
  it('gives a judgement row its inspection, its grade as the source words it, its place on the scale and its source', () => {
    const rows = judgementRows(site);
    expect(rows).toHaveLength(2);
    expect(rows[1]).toMatchObject({
      inspection: 'testshire-2023-ilacs',
      inspection_url: '/inspections/testshire-2023-ilacs/',
      organisation: 'testshire-council',
      organisation_name: 'Testshire Council',
      inspectorates: 'ofsted',
      framework: 'ilacs',
      inspection_start: '2023-01-09',
      inspection_end: '2023-01-20',
      published: '2023-03-01',
      approximate_date: null,
      dates_source: 'test-report L1-3',
      scale: 'ofsted-ri',
      group: 'Judgements',
      area: 'The experiences and progress of children in care',
      headline: 'no',
      grade: 'Requires improvement to be good',
      grade_rank: 3,
      scale_grades: 4,
      source: 'test-report L20',
    });
    expect(judgementsCsv(site).split('\r\n')[1]).toMatch(
      /,Judgements,Overall effectiveness,yes,Good,2,4,,test-report L10$/,
    );
  });

  it('marks as headline the judgements the inspection listing sums it up with, and no others', () => {
    const noOverall = changed((copy) => {
      copy.inspections.find(
        (i) => i.slug === 'testshire-2023-ilacs',
      )!.data.judgementGroups[0]!.judgements[0]!.area = 'Leadership';
    });
    for (const version of [site, noOverall])
      for (const { slug, data } of version.inspections) {
        const marked = judgementRows(version).filter((r) => r.inspection === slug && r.headline === 'yes');
        expect(marked.map((r) => ({ group: r.group, grade: r.grade }))).toEqual(headlineJudgements(data));
      }
    expect(judgementRows(noOverall).map((r) => `${r.area}: ${r.headline}`)).toEqual([
      'Leadership: yes',
      'The experiences and progress of children in care: no',
    ]);
  });

  it('has no rows for an ungraded visit, which gives findings instead of grades', () => {
    expect(judgementRows(site).map((r) => r.inspection)).not.toContain('testshire-2022-monitoring-visit');
    expect(judgementColumns.grade).toMatch(/Ungraded visits .* have no rows/);
  });
});

describe('the decisions dataset', () => {
  it('has a row for every decision and motion in the register, urgency decisions included, each with its source', () => {
    const rows = decisionRows(site);
    expect(rows.map((r) => r.key)).toEqual(allDecisions(site).map((d) => d.key));
    const urgent = rows.find((r) => r.key === 'urgency/test-urgent-2023-11-01')!;
    expect(urgent).toMatchObject({
      kind: 'urgency decision',
      body: 'urgency',
      outcome: 'Approved',
      topics: 'Money',
      meeting_url: null,
      source: 'test-report L95-99',
      url: '/urgency-decisions/test-urgent-2023-11-01/',
    });
    expect(rows.find((r) => r.key === 'test-council-2023-09-28/minute-1')).toMatchObject({
      kind: 'decision',
      body_name: 'Council',
      topics: 'Housing; Money',
      meeting_url: '/meetings/test-council-2023-09-28/',
      url: '/meetings/test-council-2023-09-28/minute-1/',
      source: 'test-report L74-80',
    });
  });

  it('leaves the counts of a vote the minutes do not count empty, never 0', () => {
    const motion = decisionRows(site).find((r) => r.key === 'test-council-2023-09-28/minute-2')!;
    expect(motion).toMatchObject({
      kind: 'motion',
      vote_method: 'not recorded',
      votes_for: null,
      votes_against: null,
      abstentions: null,
    });
    expect(
      decisionsCsv(site)
        .split('\r\n')
        .find((line) => line.startsWith('test-council-2023-09-28/minute-2,')),
    ).toContain(',not recorded,,,,,');
    expect(
      JSON.parse(decisionsJson(site)).rows.find((r: { key: string }) => r.key === motion.key).votes_for,
    ).toBeNull();
  });

  it('gives the counts the minutes record, a recorded 0 included, with their source', () => {
    const counted = changed((copy) => {
      copy.meetings
        .find((m) => m.slug === 'test-council-2023-09-28')!
        .data.items.find((i) => i.id === 'minute-2')!.motion!.vote = {
        method: 'show of hands',
        for: 30,
        against: 0,
        source: 'test-report L83',
      };
    });
    expect(decisionRows(counted).find((r) => r.key === 'test-council-2023-09-28/minute-2')).toMatchObject({
      vote_method: 'show of hands',
      votes_for: 30,
      votes_against: 0,
      abstentions: null,
      vote_source: 'test-report L83',
    });
  });

  it('gives no vote method for a decision that is not a motion, because none is recorded for it', () => {
    expect(
      decisionRows(site).find((r) => r.key === 'test-council-2023-09-28/minute-1')!.vote_method,
    ).toBeNull();
  });

  it('never holds the confidential text of an exempt item, in any dataset or format', () => {
    const secrets = exemptSecrets(site);
    expect(secrets.map((s) => s.text)).toContain(
      'FIXTURE CANARY 91b: the secret price is one hundred pounds and must never appear.',
    );
    for (const dataset of datasets)
      for (const output of [dataset.csv(site), dataset.json(site)])
        for (const secret of secrets)
          for (const piece of fingerprints(secret.text))
            expect(plainText(output), dataset.name).not.toContain(piece);
    expect(decisionsCsv(site)).not.toContain('CANARY');
  });
});

describe('the members dataset', () => {
  it('has one row per councillor, with roles and where each comes from', () => {
    const rows = memberRows(site);
    expect(rows.map((r) => r.id).sort()).toEqual(site.members.map((m) => m.id).sort());
    expect(rows.find((r) => r.id === 'ada-lovelace')).toMatchObject({
      name: 'Ada Lovelace',
      organisation_name: 'Testshire Council',
      roles: 'Leader of the Council (as at 2023-11-30)',
      role_sources: 'test-report L60',
      member_url: '/members/ada-lovelace/',
      source: 'test-report L60-63',
    });
    expect(rows.find((r) => r.id === 'andre-gonzalez-de-savage')!.aliases).toBe('André González De Savage');
  });

  it('holds no contact details', () => {
    for (const column of Object.keys(memberColumns)) expect(column).not.toMatch(/mail|phone|address|contact/);
  });
});

describe('the downloads', () => {
  it.each(datasets)(
    '$name: the CSV is RFC 4180, with CRLF line ends and the same number of fields on every line',
    ({ csv }) => {
      const text = csv(site);
      expect(text.endsWith('\r\n')).toBe(true);
      expect(text.replace(/\r\n/g, '')).not.toMatch(/\r|\n/);
      const records = parseCsv(text);
      for (const record of records) expect(record).toHaveLength(records[0]!.length);
    },
  );

  it('quotes a value holding a comma or a quote, so it stays one field', () => {
    const odd = changed((copy) => {
      copy.members.find((m) => m.id === 'ada-lovelace')!.name = 'Ada "the Countess" Lovelace, of Testshire';
    });
    const text = membersCsv(odd);
    expect(text).toContain('"Ada ""the Countess"" Lovelace, of Testshire"');
    const records = parseCsv(text);
    expect(records.find((r) => r[0] === 'ada-lovelace')![1]).toBe(
      'Ada "the Countess" Lovelace, of Testshire',
    );
  });

  it.each(datasets)(
    '$name: every column emitted is explained, and every column explained is emitted, in the same order',
    ({ columns, csv, json }) => {
      const header = parseCsv(csv(site))[0];
      expect(header).toEqual(Object.keys(columns));
      const parsed = JSON.parse(json(site)) as {
        columns: Record<string, string>;
        rows: Record<string, unknown>[];
      };
      expect(parsed.columns).toEqual(columns);
      for (const row of parsed.rows) expect(Object.keys(row)).toEqual(Object.keys(columns));
      for (const meaning of Object.values(columns)) expect(meaning.length).toBeGreaterThan(10);
    },
  );

  it.each(datasets)(
    '$name: the JSON holds the same rows as the CSV, with null where the CSV cell is empty',
    ({ csv, json }) => {
      const [header, ...records] = parseCsv(csv(site));
      const rows = (JSON.parse(json(site)) as { rows: Record<string, string | number | null>[] }).rows;
      expect(rows).toHaveLength(records.length);
      rows.forEach((row, i) =>
        expect(header!.map((column) => (row[column] === null ? '' : String(row[column])))).toEqual(
          records[i],
        ),
      );
    },
  );

  it('a KPI framework given the id of a catalogue dataset stops the build, naming its file', () => {
    const problems = problemsAfter((fixture) => {
      fixture.write(
        'data/kpis/members.json',
        readFileSync(join(fixtureRoot, 'data/kpis/testshire-kpis.json'), 'utf8').replace(
          '"id": "testshire-kpis"',
          '"id": "members"',
        ),
      );
    });
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: 'data/kpis/members.json',
        field: 'framework → id',
        expected: expect.stringContaining('other than judgements, areas-for-improvement, members, decisions'),
        found: '"members"',
      }),
    );
  });
});
