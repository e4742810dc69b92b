/**
 * `npm run bench`: how Lantern builds at scale, against bare Astro, in the same run.
 *
 * For 1,000 and 10,000 generated pages (tests/bench/generate.ts) it builds the site with the real
 * pipeline (`npm run build`: Astro, Pagefind, the privacy guard) into a temporary folder, and the same
 * Markdown with a bare Astro project (tests/bench/bare-astro.ts). It measures build time, pages per
 * second, peak memory of the whole process tree, Pagefind's indexing time, chart rendering time,
 * bytes per page, JavaScript on text pages, and what a first search downloads at 10,000 pages; then
 * the default site's build and first search, as before. Writes tests/bench/results.json and prints
 * a summary with each target met or not.
 *
 *   npm run bench                 1,000 and 10,000 pages (on 2 cores, about 4 minutes)
 *   npm run bench -- --quick      1,000 pages only, for development (or LANTERN_BENCH_QUICK=1);
 *                                 writes tests/bench/results-quick.json instead
 *   npm run bench -- --keep       keep the temporary folders (their paths are printed)
 *   npm run bench -- --runs 3     build each size three times, Lantern and bare Astro in turn, and
 *                                 report the median ratios with their range (the machine's speed
 *                                 varies by 15% from one minute to the next)
 *
 * Builds run with no --max-old-space-size, whatever NODE_OPTIONS says.
 */
import { spawnSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';
import { getHeapStatistics } from 'node:v8';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { launch } from '../support/chromium.ts';
import { serve } from '../support/server.ts';
import { measureFirstSearch, type FirstSearch } from './first-search.ts';
import { generateSite, type GeneratedSite } from './generate.ts';
import { astroBuildEnv, createBareAstro } from './bare-astro.ts';
import { runMeasured, withoutHeapFlag, type Measured } from './measure.ts';
import { analyseOutput, type OutputReport } from './output.ts';
import type { ChartTiming } from './chart-timing.ts';

const root = new URL('../..', import.meta.url).pathname;
const args = process.argv.slice(2);
const quick = args.includes('--quick') || process.env.LANTERN_BENCH_QUICK === '1';
const keep = args.includes('--keep');
const runsAsked = args.includes('--runs') ? args[args.indexOf('--runs') + 1] : '1';
if (!/^[1-9]\d*$/.test(runsAsked ?? ''))
  throw new Error(`--runs: expected a whole number of runs, 1 or more, found "${runsAsked}"`);
const runs = Number(runsAsked);
const sizes = quick ? [1000] : [1000, 10_000];
const searchTargetBytes = 300 * 1024;
const { env: buildEnv, removed: heapFlagRemoved } = withoutHeapFlag({
  ...process.env,
  ASTRO_TELEMETRY_DISABLED: '1',
  NO_COLOR: '1',
});
const buildScript =
  (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> })
    .scripts.build ?? '';
const temporary: string[] = [];

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
const s = (seconds: number) => `${seconds.toFixed(1)} s`;
const round = (value: number, places = 2) => Number(value.toFixed(places));
/** The middle of some numbers (the mean of the two middle ones when there is an even count). */
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const half = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[half]! : (sorted[half - 1]! + sorted[half]!) / 2;
};
const range = (values: number[]) => [Math.min(...values), Math.max(...values)] as [number, number];
const say = (text: string) => console.log(text);

function tempDir(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `lantern-bench-${name}-`));
  temporary.push(dir);
  return dir;
}

/** Which step of the pipeline a process belongs to, from its command line. */
function step(commandLine: string): string | undefined {
  if (/pagefind/.test(commandLine)) return 'pagefind';
  if (/guard\.ts/.test(commandLine)) return 'guard';
  if (/astro/.test(commandLine)) return 'astro';
  if (/\bnpm\b|npm-cli|\bsh\b/.test(commandLine)) return 'npm and sh';
  return undefined;
}

function countPages(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter(
    (e) => e.isFile() && e.name.endsWith('.html') && !join(e.parentPath, e.name).includes('/pagefind/'),
  ).length;
}

interface LanternBuild {
  ok: boolean;
  pages: number;
  seconds: number;
  pagesPerSecond: number;
  /** Astro (with Lantern's content check before it and its link rewriting after), Pagefind and the privacy guard, from the output's timestamps. */
  steps: {
    astroSeconds: number;
    pagefindSeconds: number;
    pagefindReportedSeconds: number | null;
    guardSeconds: number;
  };
  peakMemoryBytes: number;
  peakMemoryByStep: Record<string, number>;
  largestProcessBytes: number;
  heapFlag: string | null;
  /**
   * Chart drawing inside the build, as src/build/charts/render-chart.ts reports it with LANTERN_BENCH_TIMINGS
   * set: "Lantern bench: N drawings made in M ms (in T worker threads); pages waited W ms for them"
   * (a chart is two drawings, wide and narrow). ms is drawing time added up over the threads that
   * drew; waitedMs is the time the pages stood waiting for a drawing, the part the build pays for.
   */
  chartsInBuild: {
    drawings: number;
    ms: number;
    msPerChart: number;
    threads: number;
    waitedMs: number | null;
  } | null;
  failure?: string;
}

/** Builds a site with the real pipeline into a temporary folder. */
async function buildLantern(site: { content: string; data: string }, out: string): Promise<LanternBuild> {
  // A word every minute during long builds: the pages Astro has written so far.
  let written = 0;
  let lastWord = 0;
  const run: Measured = await runMeasured('npm', ['run', '--silent', 'build'], {
    cwd: root,
    env: {
      ...buildEnv,
      LANTERN_CONTENT_DIR: site.content,
      LANTERN_DATA_DIR: site.data,
      LANTERN_OUT_DIR: out,
      LANTERN_BENCH_TIMINGS: '1',
    },
    group: step,
    onLine: ({ at, text }) => {
      if (/[├└]─ \/.*\.html/.test(text)) written++;
      if (at - lastWord >= 60) {
        lastWord = at;
        say(`    … ${Math.round(at / 60)} min: ${written} pages written`);
      }
    },
  });
  const at = (pattern: RegExp) => run.lines.find((line) => pattern.test(line.text));
  const pagefindStart = at(/^Running Pagefind/)?.at ?? run.seconds;
  const pagefindEnd = at(/^Finished in/);
  const reported = pagefindEnd ? Number(/Finished in ([\d.]+) seconds/.exec(pagefindEnd.text)?.[1]) : null;
  const ok = run.status === 0;
  const pages = existsSync(out) ? countPages(out) : 0;
  const timing = run.lines
    .map((line) =>
      /Lantern bench: (\d+) drawings? made in (\d+) ms(?: \(in (\d+) worker threads?\); pages waited (\d+) ms)?/.exec(
        line.text,
      ),
    )
    .find(Boolean);
  const chartsInBuild = timing
    ? {
        drawings: Number(timing[1]),
        ms: Number(timing[2]),
        msPerChart: round((2 * Number(timing[2])) / Math.max(1, Number(timing[1])), 1),
        threads: Number(timing[3] ?? 0),
        waitedMs: timing[4] === undefined ? null : Number(timing[4]),
      }
    : null;
  return {
    ok,
    pages,
    seconds: round(run.seconds, 1),
    pagesPerSecond: round(pages / run.seconds, 1),
    steps: {
      astroSeconds: round(pagefindStart, 1),
      pagefindSeconds: round((pagefindEnd?.at ?? run.seconds) - pagefindStart, 1),
      pagefindReportedSeconds: reported,
      guardSeconds: round(run.seconds - (pagefindEnd?.at ?? run.seconds), 1),
    },
    peakMemoryBytes: run.peakTreeBytes,
    peakMemoryByStep: run.peakByGroup,
    largestProcessBytes: run.peakProcessBytes,
    heapFlag: null,
    chartsInBuild,
    ...(ok
      ? {}
      : {
          failure: run.lines
            .slice(-25)
            .map((l) => l.text)
            .join('\n'),
        }),
  };
}

interface BareBuild {
  ok: boolean;
  pages: number;
  markdownFiles: number;
  seconds: number;
  pagesPerSecond: number;
  peakMemoryBytes: number;
  failure?: string;
}

/** Builds the same Markdown, as many pages, with a bare Astro project and the same Astro. */
async function buildBare(content: string, pages: number, dir: string): Promise<BareBuild> {
  const project = createBareAstro(join(dir, 'bare'), content, join(root, 'node_modules'), pages);
  // Its output stays inside the project: the build imports its own prerender chunks, which must find node_modules.
  const out = join(project.root, 'dist');
  // The same variables as Lantern's build script gives `astro build`.
  const env = { ...buildEnv, ...astroBuildEnv(buildScript) };
  const run = await runMeasured(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: project.root,
    env,
  });
  const built = existsSync(out) ? countPages(out) : 0;
  return {
    ok: run.status === 0,
    pages: built,
    markdownFiles: project.distinctFiles,
    seconds: round(run.seconds, 1),
    pagesPerSecond: round(built / run.seconds, 1),
    peakMemoryBytes: run.peakTreeBytes,
    ...(run.status === 0
      ? {}
      : {
          failure: run.lines
            .slice(-25)
            .map((l) => l.text)
            .join('\n'),
        }),
  };
}

/** Chart rendering time with the build's own functions, in a process of its own. */
function timeCharts(site: { content: string; data: string }): ChartTiming | null {
  const result = spawnSync(process.execPath, [join(root, 'tests/bench/chart-timing.ts')], {
    cwd: root,
    encoding: 'utf8',
    env: { ...buildEnv, LANTERN_CONTENT_DIR: site.content, LANTERN_DATA_DIR: site.data },
  });
  try {
    return JSON.parse(result.stdout.trim().split('\n').at(-1) ?? '') as ChartTiming;
  } catch {
    console.error(result.stderr);
    return null;
  }
}

async function firstSearches(dir: string, queries: string[]): Promise<FirstSearch[]> {
  const server = await serve(dir);
  const browser = await launch();
  try {
    const searches = [];
    for (const query of queries) searches.push(await measureFirstSearch(browser, server.origin, query));
    return searches;
  } finally {
    await browser.close();
    await server.close();
  }
}

interface ScaleResult {
  pagesAsked: number;
  /** The pages the generator meant to make, and the charts it meant to be drawn. */
  expectedPages: number;
  expectedCharts: number;
  generated: GeneratedSite['counts'];
  lantern: LanternBuild;
  bare: BareBuild;
  /** Lantern's time per page over bare Astro's (null when either failed); with --runs, the median over the runs, and lantern and bare are the run whose time ratio is the median. */
  timePerPageRatio: number | null;
  memoryRatio: number | null;
  /** With --runs: every run's figures, in the order they ran, and the range of each ratio. */
  runs?: {
    lanternSeconds: number;
    bareSeconds: number;
    lanternPeakBytes: number;
    barePeakBytes: number;
    timePerPageRatio: number | null;
    memoryRatio: number | null;
  }[];
  spread?: { timePerPageRatio: [number, number]; memoryRatio: [number, number] };
  output: OutputReport | null;
  /**
   * Charts shown on pages, and the time to draw one (timed outside the build). The build draws each
   * distinct chart once however many pages show it, so the estimate is per distinct chart.
   */
  charts: {
    shownOnPages: number;
    distinct: number | null;
    perChart: ChartTiming | null;
    estimatedSecondsInBuild: number | null;
  };
  firstSearch?: { query: string; results: number; bytes: number; files: number }[];
}

const started = new Date();
const loadAtStart = loadavg();
const scale: ScaleResult[] = [];
let sitesForChartsCheck: { content: string; data: string; pages: number } | undefined;
let searchAtLargest: FirstSearch[] = [];

try {
  for (const pages of sizes) {
    say(`\n${pages.toLocaleString('en-GB')} pages`);
    const dir = tempDir(String(pages));
    const site = generateSite(join(dir, 'site'), pages);
    say(
      `  generated: ${Object.entries(site.counts)
        .map(([k, v]) => `${v} ${k}`)
        .join(', ')}`,
    );
    // The first run's output is kept for the output figures and the first search; later runs' go.
    const out = join(dir, 'out');
    let output: OutputReport | null = null;
    let perChart: ChartTiming | null = null;
    const pairs: {
      lantern: LanternBuild;
      bare: BareBuild;
      timePerPageRatio: number | null;
      memoryRatio: number | null;
    }[] = [];
    for (let run = 1; run <= runs; run++) {
      const runOut = run === 1 ? out : join(dir, `out-${run}`);
      // Every run starts without Astro's content cache (kept beside the content), as the bare build does.
      rmSync(join(site.content, '..', '.astro-cache'), { recursive: true, force: true });
      say(`  ${runs > 1 ? `run ${run} of ${runs}: ` : ''}building with Lantern (npm run build)…`);
      const lantern = await buildLantern(site, runOut);
      lantern.heapFlag = heapFlagRemoved ?? null;
      say(
        `  Lantern: ${lantern.ok ? `${lantern.pages} pages in ${s(lantern.seconds)}, peak ${mb(lantern.peakMemoryBytes)}` : `FAILED after ${s(lantern.seconds)}`}`,
      );
      if (!lantern.ok) console.error(lantern.failure);
      if (run === 1) {
        output = lantern.ok ? analyseOutput(out) : null;
        perChart = lantern.ok ? timeCharts(site) : null;
      } else if (!keep) rmSync(runOut, { recursive: true, force: true });
      say('  building the same Markdown with bare Astro…');
      const bare = await buildBare(site.content, lantern.ok ? lantern.pages : pages, dir);
      say(
        `  bare Astro: ${bare.ok ? `${bare.pages} pages in ${s(bare.seconds)}, peak ${mb(bare.peakMemoryBytes)}` : 'FAILED'}`,
      );
      if (!bare.ok) console.error(bare.failure);
      pairs.push({
        lantern,
        bare,
        timePerPageRatio:
          lantern.ok && bare.ok ? round(lantern.seconds / lantern.pages / (bare.seconds / bare.pages)) : null,
        memoryRatio: lantern.ok && bare.ok ? round(lantern.peakMemoryBytes / bare.peakMemoryBytes) : null,
      });
    }
    const measured = pairs.every((pair) => pair.timePerPageRatio !== null);
    const timeRatios = pairs.map((pair) => pair.timePerPageRatio ?? 0);
    const memoryRatios = pairs.map((pair) => pair.memoryRatio ?? 0);
    // The run shown in detail: the one whose time ratio is the median (the lower middle, for an even count).
    const shown = measured
      ? [...pairs].sort((a, b) => a.timePerPageRatio! - b.timePerPageRatio!)[
          Math.floor((pairs.length - 1) / 2)
        ]!
      : pairs.find((pair) => pair.timePerPageRatio === null)!;
    const { lantern, bare } = shown;
    const result: ScaleResult = {
      pagesAsked: pages,
      expectedPages: site.expectedPages,
      expectedCharts: site.expectedCharts,
      generated: site.counts,
      lantern,
      bare,
      timePerPageRatio: measured ? round(median(timeRatios)) : null,
      memoryRatio: measured ? round(median(memoryRatios)) : null,
      ...(runs > 1
        ? {
            runs: pairs.map((pair) => ({
              lanternSeconds: pair.lantern.seconds,
              bareSeconds: pair.bare.seconds,
              lanternPeakBytes: pair.lantern.peakMemoryBytes,
              barePeakBytes: pair.bare.peakMemoryBytes,
              timePerPageRatio: pair.timePerPageRatio,
              memoryRatio: pair.memoryRatio,
            })),
            ...(measured
              ? { spread: { timePerPageRatio: range(timeRatios), memoryRatio: range(memoryRatios) } }
              : {}),
          }
        : {}),
      output,
      charts: {
        shownOnPages: output?.chartsDrawn ?? 0,
        distinct: perChart?.charts ?? null,
        perChart,
        estimatedSecondsInBuild: perChart ? perChart.totalSeconds : null,
      },
    };
    if (pages === Math.max(...sizes) && lantern.ok) {
      say('  measuring the first search in Chromium…');
      searchAtLargest = await firstSearches(out, site.searchQueries);
      result.firstSearch = searchAtLargest.map(({ query, results, searchBytes, files }) => ({
        query,
        results,
        bytes: searchBytes,
        files: files.length,
      }));
    }
    scale.push(result);
    if (pages === 1000) sitesForChartsCheck = { ...site, pages };
    if (!keep) rmSync(join(dir, 'bare'), { recursive: true, force: true });
  }

  // The default site, as before: build time and what a first search downloads.
  say('\nDefault site');
  const defaultOut = join(tempDir('default'), 'out');
  const defaultBuild = await buildLantern(
    { content: join(root, 'content'), data: join(root, 'data') },
    defaultOut,
  );
  if (!defaultBuild.ok)
    throw new Error(
      `The default site did not build: run \`npm run build\` to see why.\n${defaultBuild.failure}`,
    );
  const defaultSearches = await firstSearches(defaultOut, [
    'care leavers',
    'temporary accommodation',
    'arrested',
  ]);

  // Chart rendering in the build: the 1,000-page site again with no chart drawn, the same pages otherwise.
  // A site of its own, so Astro's content cache (kept beside the content) starts empty.
  let chartEstimate: {
    withChartsSeconds: number;
    withoutChartsSeconds: number;
    distinctCharts: number;
    msPerChart: number;
  } | null = null;
  const first = scale.find((r) => r.pagesAsked === 1000);
  if (sitesForChartsCheck && first?.lantern.ok && first.charts.distinct) {
    say('\n1,000 pages again without charts (to estimate chart rendering time in the build)…');
    const dir = tempDir('1000-no-charts');
    const site = generateSite(join(dir, 'site'), 1000, { charts: false });
    const build = await buildLantern(site, join(dir, 'out'));
    if (build.ok) {
      // The site without charts draws none: every distinct chart of the first is the difference.
      const distinct = first.charts.distinct;
      chartEstimate = {
        withChartsSeconds: first.lantern.seconds,
        withoutChartsSeconds: build.seconds,
        distinctCharts: distinct,
        msPerChart: Math.round(((first.lantern.seconds - build.seconds) * 1000) / distinct),
      };
    }
  }

  // Targets.
  const at = (pages: number) => scale.find((r) => r.pagesAsked === pages);
  const small = at(1000);
  const large = at(10_000);
  const allOk = scale.every((r) => r.lantern.ok && r.bare.ok);
  const growth =
    small && large && small.lantern.ok && large.lantern.ok
      ? round(large.lantern.seconds / small.lantern.seconds)
      : null;
  const worstSearch = searchAtLargest.length ? Math.max(...searchAtLargest.map((x) => x.searchBytes)) : null;
  const targets = [
    {
      target: 'Build time per page at most 1.5 x bare Astro',
      measured: scale
        .map(
          (r) =>
            `${r.pagesAsked}: ${r.timePerPageRatio ?? 'failed'} x${r.spread ? ` (median of ${r.runs!.length} runs, ${r.spread.timePerPageRatio.join(' to ')})` : ''}`,
        )
        .join('; '),
      met: allOk && scale.every((r) => r.timePerPageRatio !== null && r.timePerPageRatio <= 1.5),
    },
    {
      target: 'Peak memory at most 1.2 x bare Astro',
      measured: scale
        .map(
          (r) =>
            `${r.pagesAsked}: ${r.memoryRatio ?? 'failed'} x${r.spread ? ` (median of ${r.runs!.length} runs, ${r.spread.memoryRatio.join(' to ')})` : ''}`,
        )
        .join('; '),
      met: allOk && scale.every((r) => r.memoryRatio !== null && r.memoryRatio <= 1.2),
    },
    {
      target: 'time(10k) / time(1k) at most 11',
      measured: growth === null ? 'not measured' : `${growth}`,
      met: growth === null ? null : growth <= 11,
    },
    {
      target: '10,000 pages build with no heap flag',
      measured: large
        ? `${large.lantern.ok ? 'built' : 'failed'}, NODE_OPTIONS without --max-old-space-size${heapFlagRemoved ? ` (removed ${heapFlagRemoved})` : ''}, build script ${/max[-_]old[-_]space/.test(buildScript) ? 'SETS one' : 'sets none'}`
        : 'not measured',
      met: large ? large.lantern.ok && !/max[-_]old[-_]space/.test(buildScript) : null,
    },
    {
      target: 'Zero JavaScript on text pages',
      measured: scale
        .map(
          (r) =>
            `${r.pagesAsked}: ${r.output ? `${r.output.textPagesWithJs} of ${r.output.textPages}` : 'not measured'}`,
        )
        .join('; '),
      met: scale.every((r) => r.output !== null) ? scale.every((r) => r.output!.textPagesWithJs === 0) : null,
    },
    {
      target: 'First search at 10,000 pages under 300 KB',
      measured: worstSearch === null || !large ? 'not measured' : kb(worstSearch),
      met: worstSearch === null || !large ? null : worstSearch < searchTargetBytes,
    },
  ];

  const results = {
    measured: started.toISOString(),
    quick,
    runs,
    node: process.version,
    // Other work on the machine slows every build; the load averages say how busy it was.
    machine: {
      cpus: cpus().length,
      memoryGB: Math.round(totalmem() / 1024 ** 3),
      // Node's default heap limit here, which a build without --max-old-space-size must stay under (it is smaller on machines with less memory).
      nodeHeapLimitMB: Math.round(getHeapStatistics().heap_size_limit / 1024 ** 2),
      loadAverageAtStart: loadAtStart.map((n) => round(n)),
      loadAverageAtEnd: loadavg().map((n) => round(n)),
    },
    notes: [
      "Times are wall-clock seconds of the whole command. Lantern: `npm run build` (content check, Astro, Pagefind, privacy guard); bare Astro: `astro build` of a project with one content collection and one dynamic route, with the same build options (two pages at a time) and the variables Lantern's build script gives `astro build` (MIMALLOC_PURGE_DELAY=0).",
      'Peak memory is the highest sum of resident memory (RSS) over every process of the command, polled every 100 ms from /proc.',
      'Chart time per chart is both drawings (wide and narrow) of one chart, timed with the build\'s own functions outside the build, one distinct chart after another; "estimated seconds in build" is their sum, since the build draws each distinct chart once however many pages show it. chartsBuildEstimate compares builds of the same 1,000 pages with and without charts (an estimate: the pages differ only in having figures). lantern.chartsInBuild is the build\'s own timing: drawing time added up over the worker threads that drew, and the time pages waited for a drawing not yet made.',
      'Bytes per page: the HTML with the stylesheets it links; JavaScript: the scripts it loads and the modules they import statically (not those loaded only on request).',
    ],
    targets,
    scale,
    chartsBuildEstimate: chartEstimate,
    defaultSite: {
      pages: defaultBuild.pages,
      buildSeconds: defaultBuild.seconds,
      peakMemoryBytes: defaultBuild.peakMemoryBytes,
      firstSearch: defaultSearches.map(({ query, results, searchBytes, files }) => ({
        query,
        results,
        bytes: searchBytes,
        files,
      })),
      firstSearchTargetBytes: searchTargetBytes,
    },
  };
  const file = join(root, quick ? 'tests/bench/results-quick.json' : 'tests/bench/results.json');
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);

  // The summary.
  say('\n== Summary ==');
  for (const r of scale) {
    const o = r.output;
    say(
      `\n${r.pagesAsked.toLocaleString('en-GB')} pages asked for; Lantern built ${r.lantern.pages}, bare Astro ${r.bare.pages} (from ${r.bare.markdownFiles} distinct Markdown files).`,
    );
    say(
      `  Lantern:    ${s(r.lantern.seconds)} (${r.lantern.pagesPerSecond} pages/s): Astro ${s(r.lantern.steps.astroSeconds)}, Pagefind ${s(r.lantern.steps.pagefindSeconds)} (it reports ${r.lantern.steps.pagefindReportedSeconds ?? '?'} s), guard ${s(r.lantern.steps.guardSeconds)}; peak memory ${mb(r.lantern.peakMemoryBytes)} (largest process ${mb(r.lantern.largestProcessBytes)}).`,
    );
    say(
      `  bare Astro: ${s(r.bare.seconds)} (${r.bare.pagesPerSecond} pages/s); peak memory ${mb(r.bare.peakMemoryBytes)}.`,
    );
    if (r.runs && r.spread) {
      say(`  The run shown is the median of ${r.runs.length}; each run, Lantern against bare Astro:`);
      for (const [n, run] of r.runs.entries())
        say(
          `    ${n + 1}: ${s(run.lanternSeconds)} against ${s(run.bareSeconds)} (${run.timePerPageRatio} x), ${mb(run.lanternPeakBytes)} against ${mb(run.barePeakBytes)} (${run.memoryRatio} x)`,
        );
      say(
        `  Ratio to bare Astro, the median of ${r.runs.length} runs: time per page ${r.timePerPageRatio} x (${r.spread.timePerPageRatio.join(' to ')}), peak memory ${r.memoryRatio} x (${r.spread.memoryRatio.join(' to ')}).`,
      );
    } else
      say(`  Ratio to bare Astro: time per page ${r.timePerPageRatio} x, peak memory ${r.memoryRatio} x.`);
    if (o) {
      say(
        `  Per page: HTML+CSS median ${kb(o.htmlCss.median)}, worst ${kb(o.htmlCss.worst)} (${o.htmlCss.worstPage}); JavaScript median ${kb(o.js.median)}, worst ${kb(o.js.worst)} (${o.js.worstPage}).`,
      );
      say(
        `  Text pages with JavaScript: ${o.textPagesWithJs} of ${o.textPages}${o.textPagesWithJsExamples.length ? ` (${o.textPagesWithJsExamples.join(', ')})` : ''}.`,
      );
      say(`  Output ${mb(o.totalBytes)}, of which the Pagefind index ${mb(o.pagefindBytes)}.`);
    }
    const drawn = r.lantern.chartsInBuild;
    if (drawn)
      say(
        `  Charts, as the build timed them: ${drawn.drawings} drawings in ${s(drawn.ms / 1000)}, ${drawn.msPerChart} ms per chart (two drawings)` +
          (drawn.threads > 0
            ? `, in ${drawn.threads} worker thread${drawn.threads === 1 ? '' : 's'}; pages waited ${s((drawn.waitedMs ?? 0) / 1000)} for them.`
            : ', in the main thread.'),
      );
    if (r.charts.perChart)
      say(
        `  Charts: ${r.charts.shownOnPages} on pages, ${r.charts.distinct} distinct; ${r.charts.perChart.meanMs} ms to draw one (mean of both drawings, wide and narrow; median ${r.charts.perChart.medianMs}, worst ${r.charts.perChart.worstMs}), so about ${r.charts.estimatedSecondsInBuild} s of the build if each is drawn once.`,
      );
    for (const q of r.firstSearch ?? [])
      say(`  First search for “${q.query}”: ${kb(q.bytes)} from /pagefind/ (${q.results} results shown).`);
  }
  if (chartEstimate)
    say(
      `\nEstimate from two builds of 1,000 pages: ${s(chartEstimate.withChartsSeconds)} with ${chartEstimate.distinctCharts} distinct charts, ${s(chartEstimate.withoutChartsSeconds)} with none: about ${chartEstimate.msPerChart} ms per chart.`,
    );
  if (growth !== null)
    say(`time(10k) / time(1k): ${growth} (bare Astro: ${round(large!.bare.seconds / small!.bare.seconds)}).`);
  say(`\nDefault site: ${defaultBuild.pages} pages built in ${s(defaultBuild.seconds)}.`);
  for (const x of defaultSearches)
    say(
      `  First search for “${x.query}”: ${kb(x.searchBytes)} from /pagefind/ (${x.results} results shown).`,
    );
  say('\nTargets:');
  for (const t of targets)
    say(
      `  ${t.met === null ? '–  not measured' : t.met ? '✓  met        ' : '✗  NOT MET    '} ${t.target}: ${t.measured}`,
    );
  say(`\nWritten to ${file.replace(root, '')}.`);
} finally {
  say(
    `Machine load (1, 5, 15 minutes) at the start: ${loadAtStart.map((n) => n.toFixed(1)).join(', ')}; at the end: ${loadavg()
      .map((n) => n.toFixed(1))
      .join(', ')} (${cpus().length} cores).`,
  );
  if (keep) say(`Kept: ${temporary.join(', ')}`);
  else for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
}
