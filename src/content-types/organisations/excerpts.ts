/**
 * Quoting the sources: which places a citation names, the excerpts file a document's text makes (only
 * the cited lines and a line either side, less what is withheld), and the passages a source's page
 * shows. No Astro, no files: the command (src/scripts/excerpts.ts) and the checks call these.
 */
import type { Excerpts, Redactions } from './excerpt-schema.ts';
import { citedDocument } from '../../shared/fields.ts';

export interface Place {
  kind: 'L' | 'p';
  from: number;
  to: number;
  /** As written in the citation: "L106-107". */
  text: string;
}

/** The places a citation names: "doc L77-86, p3" → L77-86 and p3. */
export function placesOf(reference: string): Place[] {
  return reference
    .slice(citedDocument(reference).length + 1)
    .split(', ')
    .flatMap((text) => {
      const match = /^(L|p)(\d+)(?:-(\d+))?$/.exec(text);
      if (!match) return [];
      const from = Number(match[2]);
      return [{ kind: match[1] as 'L' | 'p', from, to: match[3] ? Number(match[3]) : from, text }];
    });
}

/** The anchor of a place on its source's page: "L106-107". */
export const anchorOf = (place: Place | string): string => (typeof place === 'string' ? place : place.text);

/** Lines either side of a cited passage that are quoted with it, for sense. */
export const contextLines = 1;

/**
 * The longest passage quoted whole. A citation of more lines names a section (a chapter, a table) for
 * what the page says of it as a whole: its opening lines are quoted, and the reader is sent to the
 * original for the rest, so the excerpts never amount to the document.
 */
export const longestQuoted = 12;

/** The lines of a place that are quoted: all of a passage, the opening of a section. */
export function quotedRange(place: Place): { from: number; to: number; section: boolean } {
  const section = place.to - place.from + 1 > longestQuoted;
  return { from: place.from, to: section ? place.from + 1 : place.to, section };
}

/** The lines withheld, by number, with why. */
export function withheldLines(redactions: Redactions): Map<number, string> {
  const withheld = new Map<number, string>();
  for (const { lines, why } of redactions) {
    const [from, to] = lines.slice(1).split('-').map(Number) as [number, number | undefined];
    for (let n = from; n <= (to ?? from); n++) withheld.set(n, why);
  }
  return withheld;
}

/** Orders places as they come in the document: lines by number, then pages. */
function byPosition(a: Place, b: Place): number {
  return a.kind.localeCompare(b.kind) || a.from - b.from || a.to - b.to;
}

export class ExcerptError extends Error {}

/**
 * The excerpts file of one document from its whole text (lines numbered from 1) and every citation of
 * it on the site. Throws an ExcerptError naming a citation that points past the end of the text.
 */
export function makeExcerpts(
  source: string,
  text: string,
  citations: readonly { file: string; field: string; reference: string }[],
  redactions: Redactions = [],
): Excerpts {
  const all = text.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n');
  const withheld = withheldLines(redactions);
  const places = new Map<string, Place>();
  for (const citation of citations)
    for (const place of placesOf(citation.reference)) {
      if (place.kind === 'L' && (place.to > all.length || place.from > place.to))
        throw new ExcerptError(
          `${citation.file}, field "${citation.field}": "${citation.reference}" cites ${place.text}, but the text has ${all.length} lines. Is it the right file?`,
        );
      places.set(place.text, place);
    }
  const quoted = new Set<number>();
  for (const place of places.values()) {
    if (place.kind !== 'L') continue;
    const { from, to, section } = quotedRange(place);
    for (
      let n = Math.max(1, from - contextLines);
      n <= Math.min(all.length, to + (section ? 0 : contextLines));
      n++
    )
      quoted.add(n);
  }
  const numbers = [...quoted].sort((a, b) => a - b);
  return {
    source,
    documentLines: all.length,
    places: [...places.values()].sort(byPosition).map((p) => p.text),
    lines: Object.fromEntries(numbers.filter((n) => !withheld.has(n)).map((n) => [String(n), all[n - 1]!])),
    withheld: Object.fromEntries(
      numbers.filter((n) => withheld.has(n)).map((n) => [String(n), withheld.get(n)!]),
    ),
  };
}

export interface QuotedLine {
  number: number;
  /** The line's words; undefined when withheld. */
  text?: string;
  /** Why it is withheld. */
  withheld?: string;
  /** Whether the citation names this line (not only quotes it for sense). */
  cited: boolean;
}

export interface Passage {
  /** "L106-107": the anchor citations link to. */
  anchor: string;
  place: Place;
  /** A citation of a whole section: only its opening lines are quoted. */
  section: boolean;
  /** For lines: what the excerpts quote, context included; empty for a page of the original. */
  lines: QuotedLine[];
}

/** The passages a source's page shows: one per cited place, in the order of the document. */
export function passagesOf(excerpts: Excerpts): Passage[] {
  return excerpts.places.map((text) => {
    const place = placesOf(`x ${text}`)[0]!;
    if (place.kind === 'p') return { anchor: text, place, section: false, lines: [] };
    const { from, to, section } = quotedRange(place);
    const lines: QuotedLine[] = [];
    for (let n = Math.max(1, from - contextLines); n <= to + (section ? 0 : contextLines); n++) {
      const key = String(n);
      const line = excerpts.lines[key];
      const withheld = excerpts.withheld[key];
      if (line === undefined && withheld === undefined) continue;
      lines.push({ number: n, text: line, withheld, cited: n >= place.from && n <= place.to });
    }
    return { anchor: text, place, section, lines };
  });
}
