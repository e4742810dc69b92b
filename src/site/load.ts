/**
 * Reads and checks every content and data file, without Astro, so the build, the check script
 * and the tests all see the same content and the same problems.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative, basename, extname } from 'node:path';
import matter from 'gray-matter';
import { load as loadYaml, JSON_SCHEMA } from 'js-yaml';
import type { z } from 'zod';
import { ContentError, describeValue, problemsFromZod, type Problem } from '../shared/problems.ts';
import { organisationsSchema, type Organisation } from '../content-types/organisations/schema.ts';
import { gradingScalesSchema, type GradingScale } from '../content-types/inspections/grading-scale-schema.ts';
import { sourcesSchema, type Source } from '../content-types/organisations/source-schema.ts';
import { inspectionSchema, type Inspection } from '../content-types/inspections/schema.ts';
import { membersSchema, type Member } from '../content-types/members/schema.ts';
import { bodiesSchema, type Body } from '../content-types/members/body-schema.ts';
import { topicsSchema, type Topic } from '../content-types/meetings/topic-schema.ts';
import { meetingSchema, type Meeting } from '../content-types/meetings/schema.ts';
import { urgencyDecisionSchema, type UrgencyDecision } from '../content-types/urgency-decisions/schema.ts';
import { kpiFrameworkSchema, type KpiFramework } from '../content-types/kpis/schema.ts';
import { planSchema, type Plan } from '../content-types/plans/schema.ts';
import { selfEvaluationSchema, type SelfEvaluation } from '../content-types/self-evaluations/schema.ts';
import { financeTableSchema, type FinanceTable } from '../content-types/plans/finance-schema.ts';
import { customChartSchema, type CustomChart } from '../content-types/kpis/chart-schema.ts';
import { riskRegisterSchema, type RiskRegister } from '../content-types/plans/risk-schema.ts';
import {
  youngPeopleVersionSchema,
  youngPeopleHubSchema,
  type YoungPeopleVersion,
  type YoungPeopleHub,
} from '../content-types/young-people/schema.ts';
import {
  glossarySchema,
  wordsToAvoidSchema,
  type Glossary,
  type WordToAvoid,
} from '../content-types/young-people/glossary-schema.ts';
import { helplinesSchema, type Helpline } from '../content-types/young-people/helpline-schema.ts';
import { siteSettingsSchema, type SiteSettings } from './settings-schema.ts';
import { crossCheck } from './checks.ts';

export interface Entry<T> {
  /** The URL slug: the file name without its extension. */
  slug: string;
  /** The file, relative to the project folder. */
  file: string;
  data: T;
  body: string;
}

export interface SiteContent {
  /** data/site.json: the site's name and the address it is published at. */
  settings: SiteSettings;
  organisations: Organisation[];
  scales: GradingScale[];
  sources: Source[];
  inspections: Entry<Inspection>[];
  members: Member[];
  bodies: Body[];
  topics: Topic[];
  meetings: Entry<Meeting>[];
  urgencyDecisions: Entry<UrgencyDecision>[];
  /** data/kpis/*.json, one framework per file. */
  kpiFrameworks: DataFile<KpiFramework>[];
  plans: Entry<Plan>[];
  selfEvaluations: Entry<SelfEvaluation>[];
  /** data/finance/*.json */
  finance: DataFile<FinanceTable>[];
  /** data/risks/*.json */
  risks: DataFile<RiskRegister>[];
  /** data/charts/*.json: charts of figures that are not KPIs. */
  charts: DataFile<CustomChart>[];
  /** content/young-people/: a version for young people of each inspection, plan and self-evaluation. */
  youngPeople: Entry<YoungPeopleVersion>[];
  /** content/young-people-hub.md: the page at /young-people/. */
  youngPeopleHub: Entry<YoungPeopleHub> | undefined;
  /** data/glossary.json, data/words-to-avoid.json and data/helplines.json. */
  glossary: Glossary;
  wordsToAvoid: WordToAvoid[];
  helplines: Helpline[];
}

export interface DataFile<T> {
  /** The file, relative to the project folder. */
  file: string;
  data: T;
}

export interface SitePaths {
  /** The project folder; files are named relative to it. */
  root: string;
  content: string;
  data: string;
}

export function sitePaths(root: string = process.cwd(), env: NodeJS.ProcessEnv = process.env): SitePaths {
  return {
    root,
    content: env.LANTERN_CONTENT_DIR ?? join(root, 'content'),
    data: env.LANTERN_DATA_DIR ?? join(root, 'data'),
  };
}

/** YAML read strictly as JSON types, so a date stays as the author wrote it and "2011-02-30" can be caught. */
const yamlEngine = (source: string) => loadYaml(source, { schema: JSON_SCHEMA }) as object;

function readJson<T>(
  paths: SitePaths,
  name: string,
  schema: z.ZodType<T>,
  problems: Problem[],
): T | undefined {
  const path = join(paths.data, name);
  const file = relative(paths.root, path);
  if (!existsSync(path)) {
    problems.push({ file, field: '', expected: 'this data file to exist', found: 'no such file' });
    return undefined;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    problems.push({
      file,
      field: '',
      expected: 'valid JSON',
      found: `broken JSON: ${(error as Error).message}`,
    });
    return undefined;
  }
  const parsed = schema.safeParse(raw, { reportInput: true });
  if (!parsed.success) {
    problems.push(...problemsFromZod(file, parsed.error, raw));
    return undefined;
  }
  return parsed.data;
}

/** Reads a folder of Markdown entries; those that fail their schema are reported and their slugs added to `invalid`. */
function readEntries<T>(
  paths: SitePaths,
  folder: string,
  schema: z.ZodType<T>,
  problems: Problem[],
  invalid: Set<string>,
): Entry<T>[] {
  const dir = join(paths.content, folder);
  if (!existsSync(dir)) return [];
  const entries: Entry<T>[] = [];
  const seen = new Map<string, string>();
  for (const name of readdirSync(dir).sort()) {
    const ext = extname(name);
    if (ext !== '.md' && ext !== '.mdx') continue;
    const path = join(dir, name);
    const file = relative(paths.root, path);
    const slug = basename(name, ext);
    const earlier = seen.get(slug);
    if (earlier) {
      problems.push({
        file,
        field: '',
        expected: `a file name not used by another entry (it makes the page /${folder}/${slug}/)`,
        found: `the same name as ${earlier}`,
      });
      continue;
    }
    seen.set(slug, file);
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) {
      problems.push({
        file,
        field: '',
        expected: 'a file name of lower-case letters, digits and hyphens (it becomes the page address)',
        found: `"${name}"`,
      });
      continue;
    }
    const entry = readEntryFile(paths, path, `${folder}/${slug}`, schema, problems, invalid);
    if (entry) entries.push(entry);
  }
  return entries;
}

/** Reads one Markdown file: front matter checked against the schema, and the body. Problems are reported and `invalid` gets `key`. */
function readEntryFile<T>(
  paths: SitePaths,
  path: string,
  key: string,
  schema: z.ZodType<T>,
  problems: Problem[],
  invalid: Set<string>,
): Entry<T> | undefined {
  const file = relative(paths.root, path);
  const slug = basename(path, extname(path));
  const source = readFileSync(path, 'utf8');
  let parsedFile: matter.GrayMatterFile<string>;
  try {
    parsedFile = matter(source, { engines: { yaml: yamlEngine } });
  } catch (error) {
    const reason = (error as { reason?: string; mark?: { line: number } }).reason ?? (error as Error).message;
    const line = (error as { mark?: { line: number } }).mark?.line;
    problems.push({
      file,
      field: 'front matter',
      expected: 'valid YAML between the two --- lines at the top',
      found: `broken YAML${line !== undefined ? ` at line ${line + 2} of the file` : ''}: ${reason}`,
    });
    invalid.add(key);
    return undefined;
  }
  if (!source.startsWith('---') || Object.keys(parsedFile.data).length === 0) {
    problems.push({
      file,
      field: 'front matter',
      expected: 'front matter between --- lines at the top of the file',
      found: 'none',
    });
    return undefined;
  }
  const parsed = schema.safeParse(parsedFile.data, { reportInput: true });
  if (!parsed.success) {
    problems.push(...problemsFromZod(file, parsed.error, parsedFile.data));
    invalid.add(key);
    return undefined;
  }
  return { slug, file, data: parsed.data, body: parsedFile.content };
}

/** Reads every JSON file in a data folder (e.g. data/kpis/), each against the schema. */
function readDataFolder<T>(
  paths: SitePaths,
  folder: string,
  schema: z.ZodType<T>,
  problems: Problem[],
): DataFile<T>[] {
  const dir = join(paths.data, folder);
  if (!existsSync(dir)) return [];
  const files: DataFile<T>[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (extname(name) !== '.json') continue;
    const data = readJson(paths, join(folder, name), schema, problems);
    if (data !== undefined) files.push({ file: relative(paths.root, join(dir, name)), data });
  }
  return files;
}

/**
 * Loads everything, checks it, and returns it; throws a ContentError listing every problem. Every
 * file is always read against its schema; `crossCheck: false` skips the checks across files (citations,
 * references, young people's versions, chart specs), for the later steps of a build whose content
 * the first step has already checked.
 */
export function loadSite(
  paths: SitePaths = sitePaths(),
  { crossCheck: checkAcross = true } = {},
): SiteContent {
  const problems: Problem[] = [];
  const settings = readJson(paths, 'site.json', siteSettingsSchema, problems) ?? {
    name: '',
    tagline: '',
    url: 'https://lantern.example/',
    publisher: '',
  };
  const organisations = readJson(paths, 'organisations.json', organisationsSchema, problems) ?? [];
  const scales = readJson(paths, 'grading-scales.json', gradingScalesSchema, problems) ?? [];
  const sources = readJson(paths, 'sources.json', sourcesSchema, problems) ?? [];
  const members = readJson(paths, 'members.json', membersSchema, problems) ?? [];
  const bodies = readJson(paths, 'bodies.json', bodiesSchema, problems) ?? [];
  const topics = readJson(paths, 'topics.json', topicsSchema, problems) ?? [];
  const kpiFrameworks = readDataFolder(paths, 'kpis', kpiFrameworkSchema, problems);
  const finance = readDataFolder(paths, 'finance', financeTableSchema, problems);
  const risks = readDataFolder(paths, 'risks', riskRegisterSchema, problems);
  const charts = readDataFolder(paths, 'charts', customChartSchema, problems);
  const glossary = readJson(paths, 'glossary.json', glossarySchema, problems) ?? {
    terms: [],
    plainAbbreviations: [],
  };
  const wordsToAvoid = readJson(paths, 'words-to-avoid.json', wordsToAvoidSchema, problems) ?? [];
  const helplines = readJson(paths, 'helplines.json', helplinesSchema, problems) ?? [];
  const dataIsSound = problems.length === 0;
  const invalid = new Set<string>();
  const inspections = readEntries(paths, 'inspections', inspectionSchema, problems, invalid);
  const meetings = readEntries(paths, 'meetings', meetingSchema, problems, invalid);
  const urgencyDecisions = readEntries(paths, 'urgency-decisions', urgencyDecisionSchema, problems, invalid);
  const plans = readEntries(paths, 'plans', planSchema, problems, invalid);
  const selfEvaluations = readEntries(paths, 'self-evaluations', selfEvaluationSchema, problems, invalid);
  const youngPeople = readEntries(paths, 'young-people', youngPeopleVersionSchema, problems, invalid);
  const hubPath = join(paths.content, 'young-people-hub.md');
  const hubExists = existsSync(hubPath);
  const youngPeopleHub = hubExists
    ? readEntryFile(paths, hubPath, 'young-people-hub', youngPeopleHubSchema, problems, invalid)
    : undefined;
  if (!hubExists)
    problems.push({
      file: relative(paths.root, hubPath),
      field: '',
      expected:
        "the young people's hub page (/young-people/): front matter with title and summary, then its text",
      found: 'no such file',
    });
  const site: SiteContent = {
    settings,
    organisations,
    scales,
    sources,
    inspections,
    members,
    bodies,
    topics,
    meetings,
    urgencyDecisions,
    kpiFrameworks,
    plans,
    selfEvaluations,
    finance,
    risks,
    charts,
    youngPeople,
    youngPeopleHub,
    glossary,
    wordsToAvoid,
    helplines,
  };
  // References can only be checked against data files that loaded; otherwise every reference would be reported too.
  if (dataIsSound && checkAcross) problems.push(...crossCheck(site, paths, invalid));
  if (problems.length > 0) throw new ContentError(problems);
  return site;
}

/** What the privacy guard needs from the content: the exempt notes of meetings and urgency decisions, and the public helplines. */
export type GuardInputs = Pick<SiteContent, 'meetings' | 'urgencyDecisions' | 'helplines'>;

/**
 * Reads only what the privacy guard needs, with the same schemas as loadSite (about a third of its
 * time at 10,000 pages, where the meetings are most of the content). The build checked all the
 * content before it started; this still fails, with the same errors, on a file that changed since.
 */
export function loadGuardInputs(paths: SitePaths = sitePaths()): GuardInputs {
  const problems: Problem[] = [];
  const invalid = new Set<string>();
  const helplines = readJson(paths, 'helplines.json', helplinesSchema, problems) ?? [];
  const meetings = readEntries(paths, 'meetings', meetingSchema, problems, invalid);
  const urgencyDecisions = readEntries(paths, 'urgency-decisions', urgencyDecisionSchema, problems, invalid);
  if (problems.length > 0) throw new ContentError(problems);
  return { meetings, urgencyDecisions, helplines };
}

export { describeValue };
