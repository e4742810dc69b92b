/**
 * npm run import:eval -- [folder of the seed documents]
 * Runs the importers on the source documents this site was written from (by default ../shared/seeds,
 * since the repository never holds a document whole) and compares the drafts with the hand-written
 * files, field by field: a table of precision and recall. See README, "Import a document".
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadSite, sitePaths } from '../site/load.ts';
import { readDocument } from '../import/document.ts';
import { draftInspection } from '../import/inspection.ts';
import { scoreInspection, scoreTable, type FieldScore } from '../import/evaluate.ts';

/** The seed documents, what each is, and the hand-written file it is measured against. */
const seeds = [
  {
    file: '004_330c9e7cf3d87965.txt',
    name: 'Ofsted report, 2011 (seed 004)',
    kind: 'inspection',
    source: 'ofsted-2011-northamptonshire',
  },
] as const;

const folder = resolve(process.env.INIT_CWD ?? process.cwd(), process.argv[2] ?? '../shared/seeds');
const site = loadSite(sitePaths());
const rows: { document: string; scores: FieldScore[] }[] = [];
for (const seed of seeds) {
  const path = join(folder, seed.file);
  if (!existsSync(path)) {
    console.error(`There is no ${seed.file} in ${folder}: give the folder of the seed documents.`);
    process.exit(1);
  }
  const document = await readDocument(path);
  const handWritten = site.inspections.find((i) => i.data.report.source === seed.source);
  if (!handWritten) throw new Error(`No inspection on the site is written from ${seed.source}`);
  const draft = draftInspection(document.lines, {
    sourceId: seed.source,
    scales: site.scales,
    organisations: site.organisations,
  });
  rows.push({
    document: `${seed.file} (${handWritten.file})`,
    scores: scoreInspection(handWritten.data, draft.data),
  });
}
console.log(scoreTable(rows));
console.log(
  '\nMinutes and decision notices (the minutes of Council on 28 September 2023, the Cabinet decisions of 10 October and 14 November 2023): not measured yet, as their importer is not built.',
);
