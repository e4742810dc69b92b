/**
 * npm run excerpts -- <source id> <the document's text file>
 * Quotes the lines the site cites of one document into data/excerpts/<source id>.json, from its whole
 * text, which stays with the author (it may hold personal data: only cited lines and a line either side
 * are kept, less those data/redactions/<source id>.json withholds). Run it again after adding citations.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { loadSite, sitePaths } from '../site/load.ts';
import { siteCitations, siteFiles } from '../site/citations.ts';
import { checkContext } from '../content-types/checking.ts';
import { checkCitedValues, checkProseFigures } from '../content-types/organisations/checks.ts';
import { ExcerptError, makeExcerpts } from '../content-types/organisations/excerpts.ts';
import { redactionsSchema, type Redactions } from '../content-types/organisations/excerpt-schema.ts';
import { ContentError, problemsFromZod } from '../shared/problems.ts';
import { citedDocument } from '../shared/fields.ts';

const usage = "Usage: npm run excerpts -- <source id> <the document's text file>";
function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const [source, textFile, ...rest] = process.argv.slice(2);
if (!source || !textFile || rest.length > 0) fail(usage);
const text = resolve(process.env.INIT_CWD ?? process.cwd(), textFile);
if (!existsSync(text)) fail(`There is no file ${text}. ${usage}`);

const paths = sitePaths();
const name = (path: string) => relative(paths.root, path);
let site;
try {
  // Read every file against its schema; the checks across files wait for the quotes this makes.
  site = loadSite(paths, { crossCheck: false });
} catch (error) {
  if (error instanceof ContentError) fail(error.message);
  throw error;
}
if (!site.sources.some((s) => s.id === source))
  fail(`"${source}" is not a document in ${name(join(paths.data, 'sources.json'))}: add it there first.`);

const redactionsFile = join(paths.data, 'redactions', `${source}.json`);
let redactions: Redactions = [];
if (existsSync(redactionsFile)) {
  const raw: unknown = JSON.parse(readFileSync(redactionsFile, 'utf8'));
  const parsed = redactionsSchema.safeParse(raw);
  if (!parsed.success)
    fail(new ContentError(problemsFromZod(name(redactionsFile), parsed.error, raw)).message);
  redactions = parsed.data;
}

const citations = siteCitations(site, (file) => name(join(paths.data, file))).filter(
  (c) => citedDocument(c.reference) === source,
);
try {
  const excerpts = makeExcerpts(source, readFileSync(text, 'utf8'), citations, redactions);
  const out = join(paths.data, 'excerpts', `${source}.json`);
  mkdirSync(join(paths.data, 'excerpts'), { recursive: true });
  writeFileSync(out, `${JSON.stringify(excerpts, null, 1)}\n`);
  const quoted = Object.keys(excerpts.lines).length;
  const withheld = Object.keys(excerpts.withheld).length;
  console.log(
    `Wrote ${name(out)}: ${excerpts.places.length} places cited by ${citations.length} citations, ${quoted} of the document's ${excerpts.documentLines} lines quoted${withheld ? `, ${withheld} withheld` : ''}.`,
  );
  // With the whole text at hand, say where each figure the cited lines lack really is.
  const lines = readFileSync(text, 'utf8').replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n');
  const whole = { ...excerpts, lines: Object.fromEntries(lines.map((line, i) => [String(i + 1), line])) };
  const wholeSite = { ...site, excerpts: [{ file: name(out), data: whole }] };
  const c = checkContext(wholeSite, paths, new Set());
  const files = siteFiles(wholeSite, (file) => name(join(paths.data, file)));
  checkCitedValues(wholeSite, c, files);
  checkProseFigures(wholeSite, c, files, new Set());
  const misplaced = c.problems.filter((p) => p.found.includes(`"${source} `));
  if (misplaced.length > 0)
    console.log(
      `\nThe cited lines lack ${misplaced.length === 1 ? 'a figure' : `${misplaced.length} figures`}; the whole text has them where it says:\n${new ContentError(misplaced).message.replace(/^.*\n\n/, '')}`,
    );
} catch (error) {
  if (error instanceof ExcerptError) fail(error.message);
  throw error;
}
