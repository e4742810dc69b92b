/**
 * Drafts as files, under the site's drafts/ folder, laid out as the site's own (drafts/content/…,
 * drafts/data/…), so that an author checks each, fills its gaps and moves it in. Nothing is written
 * over an existing file unless asked (--force), and nothing at all when one would be.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { dump } from 'js-yaml';
import { gap, isGap } from '../shared/gaps.ts';
import { citationsIn } from '../content-types/checking.ts';
import { makeExcerpts } from '../content-types/organisations/excerpts.ts';
import { judgementItems } from '../content-types/young-people/model.ts';
import { areaId } from '../content-types/inspections/model.ts';
import type { InspectionDraft } from './inspection.ts';
import type { MeetingDraft } from './minutes.ts';
import { ImportError, type ImportedDocument } from './document.ts';

export interface DraftFile {
  /** Where it goes, from the site's folder: "drafts/content/inspections/x.md". */
  path: string;
  content: string;
}

/** A Markdown file with YAML front matter, strings quoted as the site's own files write them. */
export function markdownFile(data: unknown, body: string): string {
  const yaml = dump(data, { lineWidth: -1, quoteStyle: 'double', noRefs: true });
  return `---\n${yaml}---\n\n${body.trim()}\n`;
}

/** Every citation a draft writes (not its gaps), for the excerpts it needs. */
const draftCitations = (data: unknown) =>
  citationsIn(data)
    .filter(({ reference }) => !isGap(reference))
    .map(({ field, reference }) => ({ file: 'draft', field, reference }));

/** The files a draft inspection makes: the inspection, a young people's version to write, the source and its excerpts. */
export function inspectionDraftFiles(
  draft: InspectionDraft,
  document: ImportedDocument,
  names: { slug: string; sourceId: string },
): DraftFile[] {
  const { slug, sourceId } = names;
  // A grade found only in a summary table, in a report that grades in its text, is said to be so.
  const gradedInText = draft.data.judgementGroups.some((g) => g.judgements.some((j) => j.from === 'text'));
  const data = {
    ...draft.data,
    judgementGroups: draft.data.judgementGroups.map((group) => ({
      title: group.title,
      judgements: group.judgements.map(({ from, ...judgement }) =>
        from === 'table' && gradedInText
          ? {
              ...judgement,
              note: 'This grade is given only in the summary table at the end of the report; the main text has no graded section for it.',
            }
          : judgement,
      ),
    })),
  };
  const inspection = markdownFile(
    data,
    gap(
      'what the inspectors found, in your own words, a paragraph or two, each figure followed by its citation in brackets',
    ),
  );
  const youngPeople = markdownFile(
    {
      title: gap('a question a young person would ask, such as "What did Ofsted find in 2024?"'),
      summary: gap('two or three short sentences a 12-year-old can read'),
      of: { kind: 'inspection', id: slug },
      covers: [
        ...judgementItems(draft.data.judgementGroups).map((item) => ({
          item: item.key,
          heading: gap(`a question about "${item.label}" (${item.grade ?? ''})`),
          says: gap('what it means for a young person, in a sentence or two'),
        })),
        // Every area for improvement: one that something on the site answers must be explained; the
        // others may be taken out (the content check says which).
        ...draft.data.areasForImprovement.map((area, i) => ({
          item: `area/${areaId(area, i)}`,
          heading: gap(`a question about area for improvement ${areaId(area, i)} (or take this item out)`),
          says: gap('what had to get better, and whether it did, in a sentence or two'),
        })),
      ],
    },
    gap('the version for young people: short sentences, no jargon (the build checks the reading grade)'),
  );
  const published = draft.data.dates.published;
  const source = {
    id: sourceId,
    title: draft.documentTitle,
    publisher: draft.publisher ?? gap('who published it: an id in data/organisations.json'),
    published: published ?? gap('when it was published (2024-05-06, or 2024-05)'),
    kind: 'inspection report',
    locator:
      document.kind === 'pdf'
        ? `Page numbers refer to the published PDF (${new Set(document.lines.map((l) => l.place)).size} pages).`
        : `Line numbers refer to the plain-text copy of the report (${document.lines.length} lines).`,
  };
  const text = document.text ?? '';
  const excerpts = makeExcerpts(sourceId, text, draftCitations(data));
  return [
    { path: `drafts/content/inspections/${slug}.md`, content: inspection },
    { path: `drafts/content/young-people/${slug}.md`, content: youngPeople },
    { path: `drafts/data/sources/${sourceId}.json`, content: `${JSON.stringify(source, null, 2)}\n` },
    { path: `drafts/data/excerpts/${sourceId}.json`, content: `${JSON.stringify(excerpts, null, 1)}\n` },
  ];
}

/**
 * The files a draft meeting makes: the meeting, and, for a document the site does not have yet, its
 * entry for data/sources.json and the lines the draft cites.
 */
export function meetingDraftFiles(
  draft: MeetingDraft,
  document: ImportedDocument,
  names: { slug: string; sourceId: string; newSource: boolean },
): DraftFile[] {
  const { slug, sourceId, newSource } = names;
  const files: DraftFile[] = [
    {
      path: `drafts/content/meetings/${slug}.md`,
      content: markdownFile(
        draft.data,
        gap(
          'anything a reader needs that the fields above do not hold, in your own words; or delete this line',
        ),
      ),
    },
  ];
  if (!newSource) return files;
  const source = {
    id: sourceId,
    title: gap('the document’s own title'),
    publisher: gap('who published it: an id in data/organisations.json'),
    published: gap('when it was published (2024-03-20)'),
    kind: draft.data.decisionNotice ? 'decision notice' : 'minutes',
    locator:
      document.kind === 'pdf'
        ? `Page numbers refer to the published PDF (${new Set(document.lines.map((l) => l.place)).size} pages).`
        : `Line numbers refer to the plain-text copy of the document (${document.lines.length} lines).`,
  };
  const excerpts = makeExcerpts(sourceId, document.text ?? '', draftCitations(draft.data));
  return [
    ...files,
    { path: `drafts/data/sources/${sourceId}.json`, content: `${JSON.stringify(source, null, 2)}\n` },
    { path: `drafts/data/excerpts/${sourceId}.json`, content: `${JSON.stringify(excerpts, null, 1)}\n` },
  ];
}

/** Writes the drafts into the site's folder; refuses, writing nothing, if any exists and force is not given. */
export function writeDrafts(root: string, files: DraftFile[], force: boolean): void {
  const existing = files.filter((file) => existsSync(join(root, file.path)));
  if (existing.length > 0 && !force)
    throw new ImportError(
      `${existing.map((f) => f.path).join(', ')} ${existing.length === 1 ? 'exists' : 'exist'} already: nothing was written. Move ${existing.length === 1 ? 'it' : 'them'} away, or add --force to write over ${existing.length === 1 ? 'it' : 'them'}.`,
    );
  for (const file of files) {
    mkdirSync(dirname(join(root, file.path)), { recursive: true });
    writeFileSync(join(root, file.path), file.content);
  }
}
