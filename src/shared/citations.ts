/** Citations ("ofsted-2011-northamptonshire L77-86") turned into words a reader can follow. */
import { citedDocument } from './fields.ts';
import { escapeHtml } from './html.ts';

/** "L92" → "line 92"; "L77-86" → "lines 77 to 86"; "p12" → "page 12"; several joined with "and". A no-break space keeps each place on one line. */
export function placeInWords(reference: string): string {
  const places = reference.slice(citedDocument(reference).length + 1).split(', ');
  const words = places.map((place) => {
    const match = /^(L|p)(\d+)(?:-(\d+))?$/.exec(place);
    if (!match) return place;
    const [, kind, from, to] = match;
    const noun = kind === 'L' ? 'line' : 'page';
    return to ? `${noun}s\u00a0${from}\u00a0to\u00a0${to}` : `${noun}\u00a0${from}`;
  });
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/** Where a citation leads: its document's page, at the first place it names ("/sources/doc/#L106-107"). */
export function citationHref(reference: string): string {
  const document = citedDocument(reference);
  const first = reference.slice(document.length + 1).split(', ')[0];
  return `/sources/${document}/${first ? `#${first}` : ''}`;
}

export interface CitationParts {
  document: string;
  place: string;
}

export function parseCitation(reference: string): CitationParts {
  return { document: citedDocument(reference), place: placeInWords(reference) };
}

/** A citation written into prose, in brackets: "(wnc-council-2023-11-30 L11280)" or "(doc p3, p5)". */
export const inProse = /\(([a-z0-9]+(?:-[a-z0-9]+)* [Lp]\d+(?:-\d+)?(?:, [Lp]\d+(?:-\d+)?)*)\)/g;

/** A citation somewhere on a site: the file and field it is written in, and what it cites. */
export interface SiteCitation {
  file: string;
  field: string;
  reference: string;
}

export type ProsePart = string | { reference: string };

/** Splits text at the citations written into it, so each can be shown as a link to its source. */
export function splitCitations(text: string): ProsePart[] {
  const parts: ProsePart[] = [];
  let last = 0;
  for (const match of text.matchAll(inProse)) {
    if (match.index > last) parts.push(text.slice(last, match.index));
    parts.push({ reference: match[1]! });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}

/** The text with its bracketed citations taken out, for places that cannot link (meta descriptions, feeds). */
export function withoutCitations(text: string): string {
  return text.replace(/ ?\(([a-z0-9]+(?:-[a-z0-9]+)* [Lp]\d+(?:-\d+)?(?:, [Lp]\d+(?:-\d+)?)*)\)/g, '');
}

/**
 * Rendered Markdown with its bracketed citations made into links to the list of sources, in words:
 * "(line 11280)" for the page's own document (home), "(Title, line 11280)" for another.
 * titleOf returns undefined for a document that is not in data/sources.json, which is an error.
 */
export function linkCitationsInHtml(
  html: string,
  home: string | undefined,
  titleOf: (id: string) => string | undefined,
): string {
  // Only text with a bracket in it can hold a citation, and most has none: the rest is not visited.
  return html.replace(/>([^<]*\([^<]*)</g, (_all, text: string) => {
    const parts = splitCitations(text);
    if (parts.every((part) => typeof part === 'string')) return `>${text}<`;
    const linked = parts.map((part) => {
      if (typeof part === 'string') return part;
      const { document, place } = parseCitation(part.reference);
      const title = titleOf(document);
      if (title === undefined)
        throw new Error(
          `the citation "(${part.reference})" names "${document}", which is not a document in data/sources.json`,
        );
      const words = document === home ? place : `${title}, ${place}`;
      return `(<a class="cite" href="${citationHref(part.reference)}" data-pagefind-ignore>${escapeHtml(words)}</a>)`;
    });
    return `>${linked.join('')}<`;
  });
}
