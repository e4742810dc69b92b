/**
 * npm run import -- <inspection | minutes> <file> [--lines 325-792] [--id <source id>] [--slug <name>] [--force]
 * Writes drafts from a document a council or inspectorate already publishes, for an author to check:
 * see README, "Import a document". Drafts go to the site's drafts/ folder; nothing is published
 * until an author fills their gaps and moves them in.
 */
import { existsSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadSite, sitePaths } from '../site/load.ts';
import { ContentError } from '../shared/problems.ts';
import { gapsIn, isGap } from '../shared/gaps.ts';
import { keyPart } from '../content-types/young-people/model.ts';
import { ImportError, readDocument, type DocumentLine } from '../import/document.ts';
import { draftInspection, looksLikeInspection } from '../import/inspection.ts';
import { draftMeeting, looksLikeMinutes } from '../import/minutes.ts';
import { inspectionDraftFiles, meetingDraftFiles, writeDrafts, type DraftFile } from '../import/drafts.ts';

const usage =
  'Usage: npm run import -- <inspection | minutes> <file .txt or .pdf> [--lines 325-792] [--id <source id>] [--slug <name>] [--force]';
function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

let parsed;
try {
  parsed = parseArgs({
    args: process.argv.slice(2),
    allowPositionals: true,
    options: {
      id: { type: 'string' },
      slug: { type: 'string' },
      lines: { type: 'string' },
      force: { type: 'boolean', default: false },
    },
  });
} catch (error) {
  fail(`${(error as Error).message}\n${usage}`);
}
const [kind, file, ...rest] = parsed.positionals;
if (!kind || !file || rest.length > 0) fail(usage);
if (kind !== 'inspection' && kind !== 'minutes')
  fail(
    `Lantern can import "inspection" (an inspection report) and "minutes" (a meeting's minutes, or a summary of an executive's decisions); "${kind}" is not a kind it knows.\n${usage}`,
  );
const path = resolve(process.env.INIT_CWD ?? process.cwd(), file);
if (!existsSync(path)) fail(`There is no file ${path}.\n${usage}`);
const range = parsed.values.lines ? /^(\d+)-(\d+)$/.exec(parsed.values.lines) : undefined;
if (parsed.values.lines && !range)
  fail(
    `--lines: expected the first and last line of the part to import, such as 325-792; found "${parsed.values.lines}".`,
  );

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
  // A part of a longer document (the minutes inside an agenda pack), cited by the whole one's lines.
  const lines: DocumentLine[] = range
    ? document.lines.filter((l) => l.index >= Number(range[1]) && l.index <= Number(range[2]))
    : document.lines;
  if (range && lines.length === 0) throw new ImportError(`it has no lines ${range[1]} to ${range[2]}`);
  const sourceId = parsed.values.id ?? keyPart(basename(path).replace(/\.[a-z]+$/i, ''));
  const known = site.sources.some((s) => s.id === sourceId);
  let files: DraftFile[];
  let found: string;
  let gaps: number;
  if (kind === 'inspection') {
    const draft = draftInspection(lines, {
      sourceId,
      scales: site.scales,
      organisations: site.organisations,
    });
    if (!looksLikeInspection(draft))
      throw new ImportError(
        'it does not look like an inspection report: Lantern looked for a title naming an inspection (such as "Inspection of local authority children’s services"), the inspection’s dates ("Inspection dates: …") and grades ("Grade 3 (adequate)" or a table of judgements), and found none of them',
      );
    if (known && !parsed.values.force)
      throw new ImportError(
        `data/sources.json already has a document "${sourceId}": give the new one its own id with --id`,
      );
    const year = (draft.data.dates.start ?? draft.data.dates.published ?? '').slice(0, 4);
    const slug = parsed.values.slug ?? (sourceId.includes(year) ? sourceId : keyPart(`${sourceId} ${year}`));
    files = inspectionDraftFiles(draft, document, { slug, sourceId });
    found = `${draft.data.judgementGroups.flatMap((g) => g.judgements).length} judgements, ${draft.data.areasForImprovement.length} areas for improvement`;
    gaps = gapsIn(draft.data).length;
  } else {
    const draft = draftMeeting(lines, { sourceId, bodies: site.bodies, members: site.members });
    if (!looksLikeMinutes(draft))
      throw new ImportError(
        'it does not look like minutes: Lantern looked for numbered minutes ("138. Declarations of Interest") or a summary of decisions ("Summary of the decisions taken at the meeting of …" with "Agenda Item" rows), and found neither',
      );
    const { body, date } = draft.data;
    const slug = parsed.values.slug ?? (isGap(body) || isGap(date) ? sourceId : `${body}-${date}`);
    files = meetingDraftFiles(draft, document, { slug, sourceId, newSource: !known });
    found = `${draft.data.items.length} items${draft.data.attendance ? `, ${draft.data.attendance.present.length} present, ${draft.data.attendance.apologies.length} apologies` : ''}`;
    gaps = gapsIn(draft.data).length;
    if (draft.unresolved.length > 0)
      console.log(
        `These names lead to no one member; each is a gap saying who they could be:\n${draft.unresolved.map((n) => `  ${n}`).join('\n')}`,
      );
    if (known)
      console.log(
        `${sourceId} is already a document of the site: once the meeting is in content/, run npm run excerpts -- ${sourceId} <its text file> to quote the lines it cites.`,
      );
  }
  writeDrafts(paths.root, files, parsed.values.force);
  console.log(
    `Read ${basename(path)} (${document.kind === 'pdf' ? 'PDF' : 'text'}, ${lines.length} lines): ${found}.`,
  );
  console.log(`Wrote, for you to check:\n${files.map((f) => `  ${f.path}`).join('\n')}`);
  console.log(
    `\nEvery "FILL IN:" is a gap the document did not fill, or words to write in your own (${gaps} in the draft). The content check refuses a file that still has one. Check every value against the document, add a new source to data/sources.json, move the files into content/ and data/, and run npm run check.`,
  );
} catch (error) {
  if (error instanceof ImportError) fail(`Nothing was imported from ${basename(path)}: ${error.message}.`);
  throw error;
}
