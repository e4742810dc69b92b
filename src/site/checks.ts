/**
 * Checks that need more than one file, type by type as src/content-types/registry.ts lists them, and
 * the citations written into prose of every page.
 */
import type { Problem } from '../shared/problems.ts';
import type { SiteContent, SitePaths, Entry } from './content.ts';
import { splitCitations } from '../shared/citations.ts';
import { unsafeMarkup } from '../shared/safe-markup.ts';
import { checkContext, type CheckContext } from '../content-types/checking.ts';
import { contentTypes, fileParts } from '../content-types/registry.ts';
import { catalogueDatasets } from '../publish/datasets.ts';
import { brandProblems } from './brand.ts';
import { checkAreaReferences } from '../content-types/inspections/checks.ts';
import { siteCitations, siteFiles } from './citations.ts';
import { checkCitedValues, checkExcerpts, checkProseFigures } from '../content-types/organisations/checks.ts';
import { join } from 'node:path';
import { gapsIn, gapWants, isGap } from '../shared/gaps.ts';

/** `invalid` holds "folder/slug" of entries that failed their own checks: references to them are not reported again. */
export function crossCheck(site: SiteContent, paths: SitePaths, invalid: Set<string> = new Set()): Problem[] {
  const c = checkContext(site, paths, invalid);
  for (const type of contentTypes) type.check?.(site, c);
  checkProseCitations(site, c);
  checkSafeMarkup(site, c);
  checkDatasetNames(site, c);
  checkExcerpts(site, c, siteCitations(site, c.dataFile));
  const files = siteFiles(site, c.dataFile);
  checkGaps(c, files);
  checkCitedValues(site, c, files);
  const youngPeoples = new Set([
    ...site.youngPeople.map((entry) => entry.file),
    ...(site.youngPeopleHub ? [site.youngPeopleHub.file] : []),
  ]);
  checkProseFigures(site, c, files, youngPeoples);
  checkAreaReferences(site, c, files);
  c.problems.push(...brandProblems(site.settings, c.dataFile('site.json'), join(paths.root, 'public')));
  return c.problems;
}

/** A gap an importer left in a draft ("FILL IN: …") stops the build until an author fills it. */
function checkGaps(c: CheckContext, files: ReturnType<typeof siteFiles>): void {
  for (const { file, data, body } of files) {
    for (const { field, wants } of gapsIn(data))
      c.problems.push({ file, field, expected: wants, found: 'a gap the importer left ("FILL IN:")' });
    body?.split('\n').forEach((line, i) => {
      if (isGap(line))
        c.problems.push({
          file,
          field: `the text, line ${i + 1} after the front matter`,
          expected: gapWants(line),
          found: 'a gap the importer left ("FILL IN:")',
        });
    });
  }
}

/** A dataset an author's file makes (a KPI framework) may not take the address of the catalogue's own. */
function checkDatasetNames(site: SiteContent, c: CheckContext): void {
  const datasets = catalogueDatasets(site);
  const own = datasets.filter((d) => !d.from).map((d) => d.id);
  for (const { id, from } of datasets)
    if (from && own.includes(id))
      c.problems.push({
        file: from.file,
        field: from.field,
        expected: `a file name other than ${own.join(', ')} (the data catalogue's own downloads are /data/<name>.csv)`,
        found: `"${id}"`,
      });
}

/** Every page written in Markdown or MDX, of every type. */
function pagesOf(site: SiteContent): Entry<unknown>[] {
  return fileParts
    .filter((part) => part.kind === 'entries' || part.kind === 'page')
    .flatMap((part) => {
      const loaded = site[part.key] as Entry<unknown>[] | Entry<unknown> | undefined;
      return Array.isArray(loaded) ? loaded : loaded ? [loaded] : [];
    });
}

/** The components Lantern gives an MDX page. */
const mdxComponents = ['Chart', 'HardPassage'] as const;

/** Content is not code: nothing in a page's text may run in a reader's browser or in the build. */
function checkSafeMarkup(site: SiteContent, c: CheckContext): void {
  for (const { file, body } of pagesOf(site))
    for (const { line, found } of unsafeMarkup(body, {
      mdx: file.endsWith('.mdx'),
      components: mdxComponents,
    }))
      c.problems.push({
        file,
        field: `the text after the front matter, line ${line}`,
        expected:
          'words, Markdown and Lantern’s components only: a page is published as text, so scripts, event handlers, javascript: links and code are refused',
        found,
      });
}

/** Citations written into prose, "(doc-id L92)", in the bodies and front matter of every page. */
function checkProseCitations(site: SiteContent, c: CheckContext): void {
  for (const { file, data, body } of pagesOf(site))
    for (const [where, text] of [
      ['the body', body],
      ['the front matter', JSON.stringify(data)],
    ] as const)
      for (const part of splitCitations(text))
        if (typeof part !== 'string') c.citation(file, `a citation in ${where}`, part.reference);
}
