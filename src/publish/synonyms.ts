/**
 * Words readers search with and the words pages use for the same thing ("call in" and "call-in",
 * "children in care" and "looked after children"), from src/national/search-synonyms.json and a
 * site's own data/search-synonyms.json. At build time each page that uses one form is indexed under
 * the others too, so that any form finds it; nothing a reader sees changes.
 */
import { z } from 'zod';
import { text } from '../shared/fields.ts';

/** Groups of forms that mean the same, each written as readers would type it. */
export const searchSynonymsSchema = z.array(
  z.array(text).min(2, { error: 'at least two ways of writing the same thing' }),
);
export type SearchSynonyms = z.infer<typeof searchSynonymsSchema>;

/** The same form, however it is capitalised or hyphenated: "Call-in" and "call in" are one. */
const normal = (form: string): string =>
  form
    .toLowerCase()
    .replace(/[-‐–\s]+/g, ' ')
    .trim();

/** Each form as a pattern, made once: every page of a build is tested against every form. */
const patterns = new Map<string, RegExp>();

/** Whether a page's text holds a form, as whole words (a hyphen counts as a space). */
function holds(pageText: string, form: string): boolean {
  let pattern = patterns.get(form);
  if (!pattern) {
    const words = normal(form)
      .split(' ')
      .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    pattern = new RegExp(`(^|[^a-z0-9])${words.join('[-‐–\\s]+')}($|[^a-z0-9])`, 'i');
    patterns.set(form, pattern);
  }
  return pattern.test(pageText);
}

/** The forms a page does not write but means, for each group it uses one form of. */
export function otherForms(pageText: string, groups: SearchSynonyms): string[] {
  const missing = groups.flatMap((group) =>
    group.some((form) => holds(pageText, form)) ? group.filter((form) => !holds(pageText, form)) : [],
  );
  return [...new Set(missing)];
}

/** The text of a built page's main region, without its tags. */
export function mainTextOf(html: string): string {
  const start = html.indexOf('<main');
  const end = html.lastIndexOf('</main>');
  if (start < 0 || end < 0) return '';
  return html
    .slice(start, end)
    .replace(/<[^>]*>/g, ' ')
    .replace(/&[a-z#0-9]+;/gi, ' ');
}

/**
 * The page with its other forms indexed: an empty element whose attribute Pagefind reads, at the end
 * of the main region. A page that uses no form of any group is returned as it was.
 */
export function withSynonyms(html: string, groups: SearchSynonyms): string {
  const forms = otherForms(mainTextOf(html), groups);
  if (forms.length === 0) return html;
  const escaped = forms.join('; ').replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  const end = html.lastIndexOf('</main>');
  return `${html.slice(0, end)}<span data-pagefind-index-attrs="data-also" data-also="${escaped}"></span>${html.slice(end)}`;
}
