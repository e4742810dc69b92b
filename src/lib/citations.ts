/** Citations ("ofsted-2011-northamptonshire L77-86") turned into words a reader can follow. */
import { citedDocument } from '../schemas/common.ts';

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

export interface CitationParts {
  document: string;
  place: string;
}

export function parseCitation(reference: string): CitationParts {
  return { document: citedDocument(reference), place: placeInWords(reference) };
}
