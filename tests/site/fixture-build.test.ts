/** The shared fixture built by the real pipeline (Astro, Pagefind, the privacy guard): exempt text never reaches the output. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import { fixturePaths, projectRoot } from '../support/fixtures.ts';
import { buildInTurn } from '../support/build.ts';
import {
  builtFiles,
  exemptSecrets,
  findLeaks,
  findPersonalData,
  personalDataRules,
  plainText,
  readBuilt,
  scanBuiltInThreads,
} from '../../src/build/guard/guard.ts';
import { loadSite } from '../../src/site/load.ts';
import { parse } from 'node-html-parser';
import { chartRows } from '../../src/content-types/kpis/kpi-chart.ts';
import { kpisCsv } from '../../src/content-types/kpis/downloads.ts';

const canary = 'FIXTURE CANARY 91b';
const paths = fixturePaths();
let out: string;
let build: { status: number | null; output: string };

beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'lantern-fixture-out-'));
  const result = buildInTurn('npm', ['run', '--silent', 'build'], {
    LANTERN_CONTENT_DIR: paths.content,
    LANTERN_DATA_DIR: paths.data,
    LANTERN_OUT_DIR: out,
    // Built as of a day inside the fixture's call-in period, so that pages say call-in is open.
    LANTERN_BUILD_DATE: '2023-10-01',
    NO_COLOR: '1',
  });
  build = { status: result.status, output: `${result.stdout}\n${result.stderr}` };
});
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('the fixture site, built', () => {
  it("names none of the default site's councils or areas on any page, feed, calendar or download", () => {
    const defaultSiteWords = /Northamptonshire|Northumberland|West Northamptonshire Council/;
    const texts = builtFiles(out).filter((file) => /\.(html|xml|ics|csv|json|txt)$/.test(file));
    expect(texts.length).toBeGreaterThan(50);
    for (const file of texts) expect(readFileSync(file, 'utf8'), file).not.toMatch(defaultSiteWords);
  });

  it('builds, indexes and passes the privacy guard', () => {
    expect(build.output).toContain(
      'Privacy guard: checked the built site for 1 exempt note and for personal data; none published.',
    );
    expect(build.status).toBe(0);
  });

  it('lists the exempt appendix by title and reason, and its content appears in no file, the search index included', () => {
    const page = plainText(readFileSync(join(out, 'meetings/test-council-2023-09-28/index.html'), 'utf8'));
    expect(page).toContain('appendix a: costs');
    expect(page).toContain('information about the financial affairs of a particular person');
    const files = builtFiles(out);
    expect(files.some((f) => f.endsWith('.pf_fragment'))).toBe(true);
    for (const file of files) expect(plainText(readBuilt(file)), file).not.toContain(canary.toLowerCase());
  });

  it('the guard names the file when exempt text is planted in a page', () => {
    const copy = mkdtempSync(join(tmpdir(), 'lantern-leak-'));
    cpSync(out, copy, { recursive: true });
    const page = join(copy, 'decisions/index.html');
    writeFileSync(
      page,
      readFileSync(page, 'utf8').replace(
        '</main>',
        `<p>${canary}: the secret price is one hundred pounds and must never appear.</p></main>`,
      ),
    );
    const leaks = findLeaks(copy, exemptSecrets(loadSite(paths)));
    rmSync(copy, { recursive: true, force: true });
    expect(leaks.map((l) => l.file)).toEqual(['decisions/index.html']);
    expect(leaks[0]!.secret.where).toBe(
      'content/meetings/test-council-2023-09-28.md, items → 1 (minute-1) → exempt → 1 → confidential',
    );
  });

  it('the guard finds exempt text inside the compressed search index', () => {
    const copy = mkdtempSync(join(tmpdir(), 'lantern-leak-'));
    cpSync(out, copy, { recursive: true });
    const dir = join(copy, 'pagefind/fragment');
    const fragment = readdirSync(dir).find((name) => name.endsWith('.pf_fragment'))!;
    writeFileSync(
      join(dir, fragment),
      gzipSync(
        Buffer.from(
          `pagefind_dcd{"content":"${canary}: the secret price is one hundred pounds and must never appear."}`,
        ),
      ),
    );
    const leaks = findLeaks(copy, exemptSecrets(loadSite(paths)));
    rmSync(copy, { recursive: true, force: true });
    expect(leaks.map((l) => l.file)).toEqual([`pagefind/fragment/${fragment}`]);
  });
});

describe('the privacy guard against personal data', () => {
  const rules = () => personalDataRules(loadSite(paths));

  it('finds none in the fixture site, whose helplines and local out-of-hours team are public numbers', () => {
    expect(readFileSync(join(out, 'young-people/index.html'), 'utf8')).toContain('01632 960123');
    expect(findPersonalData(out, rules())).toEqual([]);
  });

  it('names the file and the kind of personal data planted in a page, a feed, a download and the search index', async () => {
    const copy = mkdtempSync(join(tmpdir(), 'lantern-personal-'));
    cpSync(out, copy, { recursive: true });
    const plant = (file: string, before: string, text: string) =>
      writeFileSync(
        join(copy, file),
        readFileSync(join(copy, file), 'utf8').replace(before, `${text}${before}`),
      );
    plant('decisions/index.html', '</main>', '<p>Contact the family at 07700 900123.</p>');
    plant('feeds/all.xml', '</feed>', '<entry><summary>Case ref: TS/2023/0481</summary></entry>');
    plant('kpis/ts-referrals.csv', 'kpi,', 'child,"date of birth: 12/03/2009"\r\n');
    const dir = join(copy, 'pagefind/fragment');
    const fragment = readdirSync(dir).find((name) => name.endsWith('.pf_fragment'))!;
    writeFileSync(
      join(dir, fragment),
      gzipSync(Buffer.from('pagefind_dcd{"content":"write to a.parent@example.org"}')),
    );
    const findings = findPersonalData(copy, rules());
    // The guard shares the files out between threads: the same findings, in the same order, as one pass.
    const threaded = await scanBuiltInThreads(
      copy,
      [],
      { helplines: loadSite(paths).helplines, localHelp: loadSite(paths).localHelp },
      3,
      join(projectRoot, 'src/build/guard/guard-worker.ts'),
    );
    const guard = spawnSync(process.execPath, ['src/scripts/guard.ts'], {
      cwd: projectRoot,
      encoding: 'utf8',
      env: {
        ...process.env,
        LANTERN_CONTENT_DIR: paths.content,
        LANTERN_DATA_DIR: paths.data,
        LANTERN_OUT_DIR: copy,
      },
    });
    rmSync(copy, { recursive: true, force: true });
    expect(guard.status).toBe(1);
    expect(guard.stderr).toContain(
      '- decisions/index.html contains a phone number that is not a listed helpline: "07700 900123"',
    );
    expect(guard.stderr).toContain('- kpis/ts-referrals.csv contains a date of birth');
    expect(findings.map((f) => [f.file, f.rule])).toEqual([
      ['decisions/index.html', 'a phone number that is not a listed helpline'],
      ['feeds/all.xml', 'a case or job reference number'],
      ['kpis/ts-referrals.csv', 'a date of birth'],
      [`pagefind/fragment/${fragment}`, 'an e-mail address'],
    ]);
    expect(threaded.personal).toEqual(findings);
  });
});

describe('plans, self-evaluations and KPIs in the fixture site', () => {
  const page = (path: string) => parse(readFileSync(join(out, path), 'utf8'));
  const text = (path: string) => page(path).querySelector('main')!.text.replace(/\s+/g, ' ');
  const fixture = () => loadSite(paths);
  const cells = (tr: ReturnType<typeof parse>) =>
    tr
      .querySelectorAll('th, td')
      .map((c) => c.text.replace(/\s+/g, ' ').trim())
      .join(' | ');

  it("a plan page counts the improvement actions' ratings from the actions, and gives each rating in words", () => {
    const plan = text('plans/testshire-plan-2023/index.html');
    expect(plan).toContain(
      '3 actions. Delivery: 2 green and 1 amber. Outcome: 2 amber and 1 red. Direction of travel: 2 improving and 1 no change.',
    );
    const ratings = page('plans/testshire-plan-2023/index.html')
      .querySelectorAll('table.actions .rag')
      .map((r) => r.text.trim());
    expect(ratings).toEqual(['Green', 'Amber', 'Green', 'Amber', 'Amber', 'Red']);
  });

  it('an inspection page says under each area what has been done, and its progress page where each stands', () => {
    const done = page('inspections/testshire-2023-ilacs/index.html').querySelector('#area-1 details')!;
    const said = done.text.replace(/\s+/g, ' ');
    expect(said).toContain('What has been done: 1 account, 1 action and 2 meeting items or decisions');
    expect(said).toContain('The council says it rewrote the plan template with care leavers.');
    expect(said).toContain(
      ', action 1.1: Speed up decisions on referrals. Led by Head of the front door. Due June 2023.',
    );
    expect(said).toContain('Council, 7 December 2023: Budget (Pending: not yet decided)');
    expect(done.querySelector('a[href*="meetings/test-council-2023-12-07/item-2/"]')).not.toBeNull();
    expect(done.querySelector('a[href*="urgency-decisions/test-urgent-2023-11-01/"]')!.text.trim()).toMatch(
      /^Urgency decision, 1 November 2023: /,
    );
    expect(text('inspections/testshire-2023-ilacs/index.html')).toContain(
      'Nothing on this site yet records what was done about this.',
    );
    const progress = page('inspections/testshire-2023-ilacs/progress/index.html');
    expect(progress.querySelectorAll('thead th').map((th) => th.text.trim())).toEqual([
      'Area',
      'What a source reports was done',
      'Actions',
      'Delivery, as rated',
      'Outcome, as rated',
      'Meeting items and decisions',
    ]);
    expect(
      progress
        .querySelector('#area-2')!
        .parentNode!.querySelectorAll('td')
        .map((td) => td.text.trim()),
    ).toEqual(['–', '0', '–', '–', '–']);
  });

  it('a decision says call-in is open on the day the site is built, before the deadline', () => {
    expect(text('meetings/test-council-2023-09-28/minute-1/index.html')).toContain(
      'Call-in is open: councillors can call it in for scrutiny until 6 October 2023. Unless they do, it can be carried out from 9 October 2023.',
    );
    expect(text('meetings/test-council-2023-09-28/index.html')).toContain(
      '6 October 2023: call-in is open until then',
    );
  });

  it('a plan page links the meeting items where councillors considered it, with what they decided', () => {
    const considered = page('plans/testshire-plan-2023/index.html')
      .querySelectorAll('dl.facts ul.plain li')
      .map((li) => li.text.replace(/\s+/g, ' ').trim());
    expect(considered).toEqual([
      'Testshire Council (full Council), 28 September 2023: Housing budget (Approved)',
    ]);
    expect(
      page('plans/testshire-plan-2023/index.html').querySelector('dl.facts ul.plain a')!.getAttribute('href'),
    ).toBe('../../meetings/test-council-2023-09-28/minute-1/index.html');
    // And the item links back to the plan.
    const back = page('meetings/test-council-2023-09-28/minute-1/index.html')
      .querySelectorAll('.item-facts a')
      .find((a) => a.text.includes('Testshire'));
    expect(back?.getAttribute('href')).toBe('../../../plans/testshire-plan-2023/index.html');
  });

  it('a plan page shows an appendix the source leaves "TBC" as not yet published, and where the source disagrees with itself', () => {
    const plan = text('plans/testshire-plan-2023/index.html');
    expect(plan).toContain('Appendix 3: profit and loss: not yet published. The plan says only TBC.');
    expect(plan).toContain('The source disagrees with itself.');
    expect(plan).toContain('Another page gives the total budget as £10.4m.');
  });

  it('a chart named in an MDX body is drawn there, with its summary, table and downloads', () => {
    const root = page('plans/testshire-plan-2023/index.html');
    const chart = root.querySelector('.prose figure.chart')!;
    expect(chart.querySelector('svg[role="img"] title')!.text).toBe(
      'Referrals decided within 2 working days',
    );
    expect(chart.querySelector('.chart-summary')!.text).toContain(
      '51.2% in March 2023, against a target of at least 85%: not met.',
    );
    expect(chart.querySelectorAll('a[download]').map((a) => a.getAttribute('href'))).toEqual([
      '../../kpis/ts-referrals.csv',
      '../../kpis/ts-referrals.json',
    ]);
  });

  it('a chart of other figures named in an MDX body is drawn there, with its summary, a missing figure said plainly, and its downloads', () => {
    const chart = page('plans/testshire-plan-2023/index.html')
      .querySelectorAll('.prose figure.chart')
      .find((f) => f.querySelector('h3')!.text.includes('money goes'))!;
    expect(chart.querySelector('svg[role="img"] title')!.text).toBe(
      "Where Testshire's children's services money goes",
    );
    expect(chart.querySelector('.chart-summary')!.text).toBe(
      'Budget for 2023/24: highest for Placements (£6,000,000) and lowest for Staffing (£4,200,000), across 2 rows; 1 without a figure.',
    );
    expect(chart.querySelectorAll('tbody tr').map((tr) => cells(tr))).toEqual([
      "Placements | £6,000,000 | Inspection of Testshire children's services, line 100",
      "Staffing | £4,200,000 | Inspection of Testshire children's services, line 101",
      "Transport | No figure | Inspection of Testshire children's services, line 101",
    ]);
    expect(chart.querySelectorAll('a[download]').map((a) => a.getAttribute('href'))).toEqual([
      '../../charts/testshire-spending-2023.csv',
      '../../charts/testshire-spending-2023.json',
    ]);
    expect(
      readFileSync(join(out, 'charts/testshire-spending-2023.csv'), 'utf8').trim().split('\r\n'),
    ).toHaveLength(4);
  });

  it('a KPI page loads no chart library: only a small script that offers the interactive chart on request', () => {
    const root = page('kpis/ts-referrals/index.html');
    const scripts = root
      .querySelectorAll('script:not([type="application/ld+json"])')
      .map((s) => s.getAttribute('src') ?? 'inline');
    expect(scripts).toHaveLength(1);
    const script = readFileSync(join(out, 'kpis/ts-referrals', scripts[0]!), 'utf8');
    expect(script.length).toBeLessThan(5000);
    expect(script).not.toContain('vega-lite');
    expect(root.querySelector('.chart-interactive')!.hasAttribute('hidden')).toBe(true);
  });

  it('the downloads hold exactly the figures in the table', () => {
    const kpi = fixture().kpiFrameworks[0]!.data.kpis.find((k) => k.id === 'ts-referrals')!;
    const csv = readFileSync(join(out, 'kpis/ts-referrals.csv'), 'utf8');
    const tableRows = page('kpis/ts-referrals/index.html')
      .querySelectorAll('.chart-data tbody tr')
      .map((tr) => tr.querySelector('th')!.text.trim());
    expect(tableRows).toEqual(chartRows(kpi).map((r) => r.label));
    expect(
      csv
        .trimEnd()
        .split('\r\n')
        .slice(1)
        .map((line) => line.split(',')[2]),
    ).toEqual(tableRows);
    const json = JSON.parse(readFileSync(join(out, 'kpis/ts-referrals.json'), 'utf8'));
    expect(json.observations.map((o: { value: number | null }) => o.value)).toEqual(
      chartRows(kpi).map((r) => r.value),
    );
    expect(readFileSync(join(out, 'data/testshire-kpis.csv'), 'utf8')).toBe(
      kpisCsv(fixture().kpiFrameworks[0]!.data.kpis),
    );
  });

  it('the performance page lists every KPI with its latest figure, target and status in words', () => {
    const rows = page('performance/testshire-council/index.html')
      .querySelectorAll('.kpi-table tbody tr')
      .map(cells);
    expect(rows).toEqual([
      'Referrals decided within 2 working days (KPI 1) | 51.2% March 2023 | at least 85% | ✗ Not met | Worse',
      'Social workers with too many cases (KPI 2) | 11.5% 2022/23 | at most 12% | ✓ Met | Better',
      'Complaints answered on time | No figure | None given | – | No earlier figure',
    ]);
  });

  it('a self-evaluation page asks the four ILACS questions of each service area, and shows a lost figure as missing, with why', () => {
    const evaluation = text('self-evaluations/testshire-self-evaluation-2023/index.html');
    for (const question of [
      'What do we know about the quality and impact of our practice?',
      'How do we know?',
      'What does this mean for children and families?',
      'What are we doing next?',
    ])
      expect(evaluation).toContain(question);
    const figures = page('self-evaluations/testshire-self-evaluation-2023/index.html')
      .querySelectorAll('#area-front-door ~ .table-scroll tbody tr, section .table-scroll tbody tr')
      .map(cells);
    expect(figures).toContain(
      'Re-referrals | No figure: only in a chart image in the source | Not stated | – | line 97',
    );
    expect(figures).toContain('Decisions within 2 days | 95% | April 2023 | England 80% | line 96');
    expect(evaluation).toContain('Progress: Not rated (the key to the colours was lost)');
  });
});
