/**
 * npm run import -- inspection <file> [--id <source id>] [--slug <name>] [--force]
 * Writes drafts from a document a council or inspectorate already publishes, for an author to check:
 * see README, "Import a document". Drafts go to the site's drafts/ folder; nothing is published
 * until an author fills their gaps and moves them in.
 */
import { existsSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadSite, sitePaths } from '../site/load.ts';
import { ContentError } from '../shared/problems.ts';
import { gapsIn } from '../shared/gaps.ts';
import { keyPart } from '../content-types/young-people/model.ts';
import { ImportError, readDocument } from '../import/document.ts';
import { draftInspection, looksLikeInspection } from '../import/inspection.ts';
import { inspectionDraftFiles, writeDrafts } from '../import/drafts.ts';

const usage = `Usage: npm run import -- inspection <report .txt or .pdf> [--id <source id>] [--slug <name>] [--force]`;
function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

let parsed;
try {
  parsed = parseArgs({
    args: process.argv.slice(2),
    allowPositionals: true,
    options: { id: { type: 'string' }, slug: { type: 'string' }, force: { type: 'boolean', default: false } },
  });
} catch (error) {
  fail(`${(error as Error).message}\n${usage}`);
}
const [kind, file, ...rest] = parsed.positionals;
if (!kind || !file || rest.length > 0) fail(usage);
if (kind !== 'inspection')
  fail(
    `Lantern can import "inspection" (a report as .txt or .pdf); "${kind}" is not a kind it knows.\n${usage}`,
  );
const path = resolve(process.env.INIT_CWD ?? process.cwd(), file);
if (!existsSync(path)) fail(`There is no file ${path}.\n${usage}`);

const paths = sitePaths();
let site;
try {
  site = loadSite(paths, { crossCheck: false });
} catch (error) {
  if (error instanceof ContentError) fail(error.message);
  throw error;
}

try {
  const document = await readDocument(path);
  const fallbackId = keyPart(basename(path).replace(/\.[a-z]+$/i, ''));
  const sourceId = parsed.values.id ?? fallbackId;
  const draft = draftInspection(document.lines, {
    sourceId,
    scales: site.scales,
    organisations: site.organisations,
  });
  if (!looksLikeInspection(draft))
    throw new ImportError(
      'it does not look like an inspection report: Lantern looked for a title naming an inspection (such as "Inspection of local authority children’s services"), the inspection’s dates ("Inspection dates: …") and grades ("Grade 3 (adequate)" or a table of judgements), and found none of them',
    );
  if (site.sources.some((s) => s.id === sourceId) && !parsed.values.force)
    throw new ImportError(
      `data/sources.json already has a document "${sourceId}": give the new one its own id with --id`,
    );
  const year = (draft.data.dates.start ?? draft.data.dates.published ?? '').slice(0, 4);
  const slug = parsed.values.slug ?? (sourceId.includes(year) ? sourceId : keyPart(`${sourceId} ${year}`));
  const files = inspectionDraftFiles(draft, document, { slug, sourceId });
  writeDrafts(paths.root, files, parsed.values.force);
  const gaps = gapsIn(draft.data);
  const judgements = draft.data.judgementGroups.flatMap((g) => g.judgements).length;
  console.log(
    `Read ${basename(path)} (${document.kind === 'pdf' ? 'PDF' : 'text'}, ${document.lines.length} lines): ${judgements} judgements, ${draft.data.areasForImprovement.length} areas for improvement.`,
  );
  console.log(`Wrote, for you to check:\n${files.map((f) => `  ${f.path}`).join('\n')}`);
  console.log(
    `\nEvery "FILL IN:" is a gap the report did not fill, or words to write in your own (${gaps.length} in the inspection). The content check refuses a file that still has one. Then check each judgement and area against the report, add the source to data/sources.json, move the files into content/ and data/, and run npm run check.`,
  );
} catch (error) {
  if (error instanceof ImportError) fail(`Nothing was imported from ${basename(path)}: ${error.message}.`);
  throw error;
}
