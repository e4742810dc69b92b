/**
 * Checks that need more than one file, type by type as src/content-types/registry.ts lists them, and
 * the citations written into prose of every page.
 */
import type { Problem } from '../shared/problems.ts';
import type { SiteContent, SitePaths, Entry } from './content.ts';
import { splitCitations } from '../shared/citations.ts';
import { checkContext, type CheckContext } from '../content-types/checking.ts';
import { contentTypes, fileParts } from '../content-types/registry.ts';

/** `invalid` holds "folder/slug" of entries that failed their own checks: references to them are not reported again. */
export function crossCheck(site: SiteContent, paths: SitePaths, invalid: Set<string> = new Set()): Problem[] {
  const c = checkContext(site, paths, invalid);
  for (const type of contentTypes) type.check?.(site, c);
  checkProseCitations(site, c);
  return c.problems;
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
