/**
 * Reads and checks every content and data file, without Astro, so the build, the check script
 * and the tests all see the same content and the same problems.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative, basename, extname } from 'node:path';
import matter from 'gray-matter';
import { load as loadYaml, JSON_SCHEMA } from 'js-yaml';
import type { z } from 'zod';
import { ContentError, problemsFromZod, type Problem } from '../shared/problems.ts';
import { fileParts } from '../content-types/registry.ts';
import type { DataFilePart, FilePart, PagePart } from '../content-types/content-type.ts';
import { siteSettingsSchema } from './settings-schema.ts';
import type { DataFile, Entry, SiteContent, SitePaths } from './content.ts';
import { crossCheck } from './checks.ts';
import { siteFolders } from './folders.ts';

export type { DataFile, Entry, SiteContent, SitePaths };

/** The site's content and data folders (see site/folders.ts). Files are named relative to the site folder, when there is one. */
export function sitePaths(root: string = process.cwd(), env: NodeJS.ProcessEnv = process.env): SitePaths {
  const { content, data, national, site } = siteFolders(root, env);
  return { root: site ?? root, content, data, national };
}

/** YAML read strictly as JSON types, so a date stays as the author wrote it and "2011-02-30" can be caught. */
const yamlEngine = (source: string) => loadYaml(source, { schema: JSON_SCHEMA }) as object;

function readJson<T>(
  paths: SitePaths,
  name: string,
  schema: z.ZodType<T>,
  problems: Problem[],
  { optional = false, folder = paths.data } = {},
): T | undefined {
  const path = join(folder, name);
  const file =
    folder === paths.national ? `Lantern's national data, src/national/${name}` : relative(paths.root, path);
  if (!existsSync(path)) {
    if (!optional)
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

/** The entries a list took from Lantern's national data, which the site's own file did not replace. */
const fromLantern = new WeakSet<object>();

/** One data file: the site's own, or, for national reference data, Lantern's with the site's added. */
function readDataFile(paths: SitePaths, part: DataFilePart, problems: Problem[]): unknown {
  if (!part.national)
    return readJson(paths, part.name, part.schema, problems, { optional: part.optional }) ?? part.empty;
  const lantern = readJson(paths, part.name, part.schema, problems, { folder: paths.national }) ?? part.empty;
  if (Array.isArray(lantern))
    for (const item of lantern) if (item && typeof item === 'object') fromLantern.add(item);
  const own = readJson(paths, part.name, part.schema, problems, { optional: true });
  return own === undefined ? lantern : (part.national as (a: unknown, b: unknown) => unknown)(lantern, own);
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

const isData = (part: FilePart) => part.kind === 'data-file' || part.kind === 'data-folder';

/** Reads one kind of file a content type names (see content-types/content-type.ts). */
function readPart(paths: SitePaths, part: FilePart, problems: Problem[], invalid: Set<string>): unknown {
  switch (part.kind) {
    case 'data-file':
      return readDataFile(paths, part, problems);
    case 'data-folder':
      return readDataFolder(paths, part.name, part.schema, problems);
    case 'entries':
      return readEntries(paths, part.name, part.schema, problems, invalid);
    case 'page':
      return readPage(paths, part, problems, invalid);
  }
}

/** Reads one page the site must have (content/young-people-hub.md); a missing one is a problem. */
function readPage(
  paths: SitePaths,
  part: PagePart,
  problems: Problem[],
  invalid: Set<string>,
): Entry<unknown> | undefined {
  const path = join(paths.content, part.name);
  if (existsSync(path))
    return readEntryFile(
      paths,
      path,
      basename(part.name, extname(part.name)),
      part.schema,
      problems,
      invalid,
    );
  problems.push({
    file: relative(paths.root, path),
    field: '',
    expected: part.missing,
    found: 'no such file',
  });
  return undefined;
}

/**
 * A list of national entries and a site's own, less Lantern's entries that the site names nowhere: no
 * string anywhere else in its files is the entry's id.
 */
function withoutUnnamed(
  list: { id: string }[],
  part: DataFilePart,
  site: Record<string, unknown>,
): { id: string }[] {
  const own = (item: { id: string }) => !fromLantern.has(item);
  const named = new Set<string>();
  const walk = (value: unknown): void => {
    if (typeof value === 'string') named.add(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  for (const [key, value] of Object.entries(site)) walk(key === part.key ? list.filter(own) : value);
  return list.filter((item) => own(item) || named.has(item.id));
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
  const site: Record<string, unknown> = { settings };
  const invalid = new Set<string>();
  // Data files first: the content's references can only be checked once they all have loaded.
  for (const part of fileParts.filter(isData)) site[part.key] = readPart(paths, part, problems, invalid);
  const dataIsSound = problems.length === 0;
  for (const part of fileParts.filter((p) => !isData(p)))
    site[part.key] = readPart(paths, part, problems, invalid);
  for (const part of fileParts)
    if (part.kind === 'data-file' && part.nationalOnlyWhenNamed)
      site[part.key] = withoutUnnamed(site[part.key] as { id: string }[], part, site);
  // References can only be checked against data files that loaded; otherwise every reference would be reported too.
  if (dataIsSound && checkAcross)
    problems.push(...crossCheck(site as unknown as SiteContent, paths, invalid));
  if (problems.length > 0) throw new ContentError(problems);
  return site as unknown as SiteContent;
}

/** What the privacy guard needs from the content: the exempt notes of meetings and urgency decisions, and the public helplines and local help. */
export type GuardInputs = Pick<SiteContent, 'meetings' | 'urgencyDecisions' | 'helplines' | 'localHelp'>;

/**
 * Reads only what the privacy guard needs, with the same schemas as loadSite, so the guard does not
 * read the whole site again. The build checked all the content before it started; this still fails,
 * with the same errors, on a file that changed since.
 */
export function loadGuardInputs(paths: SitePaths = sitePaths()): GuardInputs {
  const problems: Problem[] = [];
  const invalid = new Set<string>();
  const wanted: readonly (keyof GuardInputs)[] = ['meetings', 'urgencyDecisions', 'helplines', 'localHelp'];
  const inputs: Record<string, unknown> = {};
  for (const part of fileParts)
    if ((wanted as readonly string[]).includes(part.key))
      inputs[part.key] = readPart(paths, part, problems, invalid);
  if (problems.length > 0) throw new ContentError(problems);
  return inputs as unknown as GuardInputs;
}
