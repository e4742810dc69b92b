/**
 * Every citation on a site, wherever it is written: a field of front matter or a data file that is a
 * citation ("doc L92"), or one written into text in brackets ("… (doc L92)"), with the file and the
 * field it is in. The excerpts command quotes what these cite; the check makes sure it has.
 */
import type { SiteContent, Entry, DataFile } from './content.ts';
import { fileParts } from '../content-types/registry.ts';
import { splitCitations, type SiteCitation } from '../shared/citations.ts';
import { citationPattern } from '../shared/fields.ts';

export type { SiteCitation };

function walk(value: unknown, path: string[], found: (field: string, reference: string) => void): void {
  if (typeof value === 'string') {
    const field = path.join(' → ');
    if (citationPattern.test(value)) found(field, value);
    else
      for (const part of splitCitations(value))
        if (typeof part !== 'string') found(field ? `a citation in ${field}` : 'a citation', part.reference);
  } else if (Array.isArray(value)) value.forEach((item, i) => walk(item, [...path, String(i + 1)], found));
  else if (value && typeof value === 'object')
    for (const [key, inner] of Object.entries(value)) walk(inner, [...path, key], found);
}

/**
 * Every file of the site the author wrote, with what it holds (and a page's text): the data files, and
 * the front matter of every page. The quoted passages (excerpts, redactions) are the sources' words, not
 * the site's, and are left out. `dataFile` names a data file as the author sees it ("data/members.json").
 */
export function siteFiles(
  site: SiteContent,
  dataFile: (name: string) => string,
): { file: string; data: unknown; body?: string }[] {
  const files: { file: string; data: unknown; body?: string }[] = [];
  for (const part of fileParts) {
    if (part.key === 'excerpts' || part.key === 'redactions') continue;
    const loaded = site[part.key] as unknown;
    if (part.kind === 'data-file') files.push({ file: dataFile(part.name), data: loaded });
    else if (part.kind === 'data-folder')
      for (const { file, data } of loaded as DataFile<unknown>[]) files.push({ file, data });
    else
      for (const entry of (Array.isArray(loaded) ? loaded : loaded ? [loaded] : []) as Entry<unknown>[])
        files.push({ file: entry.file, data: entry.data, body: entry.body });
  }
  return files;
}

export function siteCitations(site: SiteContent, dataFile: (name: string) => string): SiteCitation[] {
  const citations: SiteCitation[] = [];
  for (const { file, data, body } of siteFiles(site, dataFile)) {
    walk(data, [], (field, reference) => citations.push({ file, field, reference }));
    if (body !== undefined)
      for (const part of splitCitations(body))
        if (typeof part !== 'string')
          citations.push({ file, field: 'a citation in the text', reference: part.reference });
  }
  return citations;
}
