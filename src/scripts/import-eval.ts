/**
 * npm run import:eval -- [folder of the seed documents]
 * Runs the importers on the source documents this site was written from (by default ../shared/seeds,
 * since the repository never holds a document whole) and compares the drafts with the hand-written
 * files, field by field: a table of precision and recall. See README, "Import a document".
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import matter from 'gray-matter';
import { loadSite, sitePaths } from '../site/load.ts';
import { siteCitations } from '../site/citations.ts';
import { makeExcerpts } from '../content-types/organisations/excerpts.ts';
import { citedDocument } from '../shared/fields.ts';
import { isGap } from '../shared/gaps.ts';
import { ContentError, type Problem } from '../shared/problems.ts';
import { readDocument, type ImportedDocument } from '../import/document.ts';
import { inspectionDraftFiles, markdownFile, meetingDraftFiles, type DraftFile } from '../import/drafts.ts';
import { draftInspection } from '../import/inspection.ts';
import { draftMeeting } from '../import/minutes.ts';
import {
  precision,
  recall,
  scoreInspection,
  scoreMeeting,
  scoreTable,
  withGapsFilled,
  type FieldScore,
} from '../import/evaluate.ts';

/** The seed documents, the part of each that is imported, and the hand-written file it is measured against. */
const seeds: {
  file: string;
  name: string;
  kind: 'inspection' | 'minutes';
  source: string;
  lines?: [number, number];
  handWritten: string;
}[] = [
  {
    file: '004_330c9e7cf3d87965.txt',
    name: 'Ofsted report, 2011 (seed 004)',
    kind: 'inspection',
    source: 'ofsted-2011-northamptonshire',
    handWritten: 'northamptonshire-2011-safeguarding-and-looked-after-children',
  },
  {
    file: '001_9c53e130c5b1b466.txt',
    name: 'Council minutes, 28 September 2023 (seed 001 L325-792)',
    kind: 'minutes',
    source: 'wnc-council-2023-11-30',
    lines: [325, 792],
    handWritten: 'wnc-council-2023-09-28',
  },
  {
    file: '001_9c53e130c5b1b466.txt',
    name: 'Cabinet decisions, 10 October 2023 (seed 001 L2366-2503)',
    kind: 'minutes',
    source: 'wnc-council-2023-11-30',
    lines: [2366, 2503],
    handWritten: 'wnc-cabinet-2023-10-10',
  },
  {
    file: '001_9c53e130c5b1b466.txt',
    name: 'Cabinet decisions, 14 November 2023 (seed 001 L2504-2606)',
    kind: 'minutes',
    source: 'wnc-council-2023-11-30',
    lines: [2504, 2606],
    handWritten: 'wnc-cabinet-2023-11-14',
  },
];

const paths = sitePaths();

/**
 * The content check on a copy of the site with the drafts in place of the hand-written files, their gaps
 * filled and the document's lines quoted again (as npm run excerpts would): the problems it reports.
 */
function checkedInSite(drafts: DraftFile[], document: ImportedDocument, source: string): Problem[] {
  const root = mkdtempSync(join(tmpdir(), 'lantern-eval-'));
  try {
    cpSync(paths.content, join(root, 'content'), { recursive: true });
    cpSync(paths.data, join(root, 'data'), { recursive: true });
    for (const draft of drafts.filter((d) => d.path.startsWith('drafts/content/'))) {
      const file = join(root, draft.path.slice('drafts/'.length));
      rmSync(file.replace(/\.md$/, '.mdx'), { force: true });
      const { data, content } = matter(draft.content);
      writeFileSync(
        file,
        markdownFile(withGapsFilled(data), isGap(content.trim()) ? 'Written by the author.' : content),
      );
    }
    const copy = { ...paths, root, content: join(root, 'content'), data: join(root, 'data') };
    const redactions = join(copy.data, 'redactions', `${source}.json`);
    const citations = siteCitations(loadSite(copy, { crossCheck: false }), (f) => `data/${f}`).filter(
      (c) => citedDocument(c.reference) === source,
    );
    const excerpts = makeExcerpts(
      source,
      document.text ?? '',
      citations,
      existsSync(redactions) ? JSON.parse(readFileSync(redactions, 'utf8')) : [],
    );
    writeFileSync(join(copy.data, 'excerpts', `${source}.json`), JSON.stringify(excerpts));
    loadSite(copy);
    return [];
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

const checks: { document: string; problems: Problem[] }[] = [];
const folder = resolve(process.env.INIT_CWD ?? process.cwd(), process.argv[2] ?? '../shared/seeds');
const site = loadSite(paths);
const rows: { document: string; scores: FieldScore[] }[] = [];
for (const seed of seeds) {
  const path = join(folder, seed.file);
  if (!existsSync(path)) {
    console.error(`There is no ${seed.file} in ${folder}: give the folder of the seed documents.`);
    process.exit(1);
  }
  const document = await readDocument(path);
  const lines = seed.lines
    ? document.lines.filter((l) => l.index >= seed.lines![0] && l.index <= seed.lines![1])
    : document.lines;
  if (seed.kind === 'inspection') {
    const handWritten = site.inspections.find((i) => i.slug === seed.handWritten);
    if (!handWritten) throw new Error(`The site has no inspection ${seed.handWritten}`);
    const draft = draftInspection(lines, {
      sourceId: seed.source,
      scales: site.scales,
      organisations: site.organisations,
    });
    rows.push({ document: seed.name, scores: scoreInspection(handWritten.data, draft.data) });
    const files = inspectionDraftFiles(draft, document, { slug: seed.handWritten, sourceId: seed.source });
    checks.push({ document: seed.name, problems: checkedInSite(files, document, seed.source) });
  } else {
    const handWritten = site.meetings.find((m) => m.slug === seed.handWritten);
    if (!handWritten) throw new Error(`The site has no meeting ${seed.handWritten}`);
    const draft = draftMeeting(lines, { sourceId: seed.source, bodies: site.bodies, members: site.members });
    rows.push({ document: seed.name, scores: scoreMeeting(handWritten.data, draft.data, site.members) });
    const files = meetingDraftFiles(draft, document, {
      slug: seed.handWritten,
      sourceId: seed.source,
      newSource: false,
    });
    checks.push({ document: seed.name, problems: checkedInSite(files, document, seed.source) });
  }
}
console.log(scoreTable(rows));
// Each field over every document, against the targets.
const fields = [...new Set(rows.flatMap((r) => r.scores.map((s) => s.field)))];
console.log('\nOver all the documents:');
for (const field of fields) {
  const all = rows.flatMap((r) => r.scores.filter((s) => s.field === field));
  const total = all.reduce(
    (sum, s) => ({
      field,
      expected: sum.expected + s.expected,
      drafted: sum.drafted + s.drafted,
      right: sum.right + s.right,
    }),
    { field, expected: 0, drafted: 0, right: 0 } as FieldScore,
  );
  console.log(
    `  ${field}: precision ${Math.round(precision(total) * 100)}%, recall ${Math.round(recall(total) * 100)}% (${total.right} right of ${total.drafted} drafted; ${total.expected} hand-written)`,
  );
}

console.log(
  '\nThe content check on the site with each draft in place of the hand-written file, its gaps filled:',
);
for (const { document, problems } of checks)
  console.log(
    problems.length === 0
      ? `  ${document}: passes`
      : `  ${document}: ${problems.length} problem${problems.length === 1 ? '' : 's'}\n${new ContentError(problems).message.replace(/^.*\n\n/, '').replace(/^/gm, '    ')}`,
  );
