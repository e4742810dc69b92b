/**
 * Checks that need more than one file, type by type as src/content-types/registry.ts lists them, and
 * the citations written into prose of every page.
 */
import type { Problem } from '../shared/problems.ts';
import type { SiteContent, SitePaths, Entry } from './content.ts';
import { splitCitations } from '../shared/citations.ts';
import { checkContext, type CheckContext } from '../content-types/checking.ts';
import { contentTypes, fileParts } from '../content-types/registry.ts';
import { catalogueDatasets } from '../publish/datasets.ts';

/** `invalid` holds "folder/slug" of entries that failed their own checks: references to them are not reported again. */
export function crossCheck(site: SiteContent, paths: SitePaths, invalid: Set<string> = new Set()): Problem[] {
  const c = checkContext(site, paths, invalid);
  for (const type of contentTypes) type.check?.(site, c);
  checkProseCitations(site, c);
  checkDatasetNames(site, c);
  return c.problems;
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

/** Citations written into prose, "(doc-id L92)", in the bodies and front matter of every page. */
function checkProseCitations(site: SiteContent, c: CheckContext): void {
  const pages = fileParts
    .filter((part) => part.kind === 'entries' || part.kind === 'page')
    .flatMap((part) => {
      const loaded = site[part.key] as Entry<unknown>[] | Entry<unknown> | undefined;
      return Array.isArray(loaded) ? loaded : loaded ? [loaded] : [];
    });
  for (const { file, data, body } of pages)
    for (const [where, text] of [
      ['the body', body],
      ['the front matter', JSON.stringify(data)],
    ] as const)
      for (const part of splitCitations(text))
        if (typeof part !== 'string') c.citation(file, `a citation in ${where}`, part.reference);
}
