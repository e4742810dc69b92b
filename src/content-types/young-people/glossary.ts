/**
 * The glossary at work on young people's pages: which terms a page uses, which jargon it uses that the
 * glossary lacks, which words it should not use, and the page's HTML with each term's plain meaning
 * written in place after its first use (plain HTML, so it works without JavaScript and is read aloud).
 */
import type { Glossary, GlossaryTerm, WordToAvoid } from './glossary-schema.ts';
import { escapeHtml } from '../../shared/html.ts';

/** The terms that apply on a page about this organisation: those for everywhere, and those scoped to it. */
export function termsFor(glossary: Glossary, organisation: string): GlossaryTerm[] {
  return glossary.terms.filter(
    (term) => term.organisations.length === 0 || term.organisations.includes(organisation),
  );
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const hasCapital = (text: string): boolean => /\p{Lu}/u.test(text);

/** Every form of a term, longest first, so "care leavers" is found before "care leaver". */
export function formsOf(term: GlossaryTerm): string[] {
  return [term.term, ...term.also].sort((a, b) => b.length - a.length);
}

/** A pattern for one form: whole words only; in any case unless the form has a capital letter. */
function formPattern(form: string, flags = ''): RegExp {
  const body = escapeRegExp(form).replace(/\s+/g, '\\s+').replace(/['’]/g, "['’]");
  return new RegExp(
    `(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`,
    `u${hasCapital(form) ? '' : 'i'}${flags}`,
  );
}

/** The first place a term is used in a text, or undefined. */
export function firstUse(text: string, term: GlossaryTerm): { index: number; match: string } | undefined {
  let best: { index: number; match: string } | undefined;
  for (const form of formsOf(term)) {
    const found = formPattern(form).exec(text);
    if (found && (!best || found.index < best.index)) best = { index: found.index, match: found[0] };
  }
  return best;
}

/**
 * Abbreviations and other jargon written in capitals ("MASH", "CiC", "NEETs") that neither the glossary
 * (for this page's organisation) nor the list of plain abbreviations knows.
 */
export function unknownAbbreviations(text: string, terms: GlossaryTerm[], plain: string[]): string[] {
  const known = new Set([...terms.flatMap(formsOf), ...plain]);
  // Terms of several words ("HM Inspectorate of Probation") are known as a whole.
  const rest = terms
    .flatMap(formsOf)
    .reduce((remaining, form) => remaining.replace(formPattern(form, 'g'), ' '), text);
  const found = new Set<string>();
  for (const [word] of rest.matchAll(/(?<![\p{L}\p{N}])\p{L}[\p{L}]*(?![\p{L}\p{N}])/gu)) {
    const capitals = word.match(/\p{Lu}/gu)?.length ?? 0;
    if (capitals < 2) continue;
    const singular = word.endsWith('s') ? word.slice(0, -1) : word;
    if (!known.has(word) && !known.has(singular)) found.add(word);
  }
  return [...found];
}

/** The words to avoid that a text uses, with what it says. */
export function avoidedWordsIn(text: string, avoid: WordToAvoid[]): { word: WordToAvoid; found: string }[] {
  return avoid.flatMap((word) => {
    const found = new RegExp(formPattern(word.words.toLowerCase()).source, 'iu').exec(text);
    return found ? [{ word, found: found[0] }] : [];
  });
}

/** Elements whose words are not glossed: headings, links, quotations (quoted exactly), controls, code, drawings, and anything marked data-no-gloss. */
const skipped = new Set([
  'a',
  'blockquote',
  'q',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'button',
  'summary',
  'code',
  'pre',
  'script',
  'style',
  'svg',
  'title',
  'dfn',
  'abbr',
  'caption',
  'th',
  'label',
  'option',
  'textarea',
]);
const voidElements = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

/**
 * The HTML with each term's meaning shown in place after its first use in running text:
 * `<span class="gloss"><dfn>MASH</dfn> <span class="gloss-means">(The team that …)</span></span>`.
 * Returns the terms glossed, in the order they first appear.
 */
export function glossHtml(html: string, terms: GlossaryTerm[]): { html: string; used: GlossaryTerm[] } {
  const pending = new Set(terms);
  const used: GlossaryTerm[] = [];
  const open: { name: string; skip: boolean }[] = [];
  const parts = html.split(/(<[^>]*>)/);
  const out = parts.map((part) => {
    if (part.startsWith('<')) {
      const tag = /^<\s*(\/)?\s*([a-zA-Z][a-zA-Z0-9-]*)/.exec(part);
      if (!tag || part.startsWith('<!')) return part;
      const name = tag[2]!.toLowerCase();
      if (tag[1]) {
        const at = open.map((element) => element.name).lastIndexOf(name);
        if (at >= 0) open.splice(at);
      } else if (!voidElements.has(name) && !part.endsWith('/>')) {
        open.push({ name, skip: skipped.has(name) || /\sdata-no-gloss\b/.test(part) });
      }
      return part;
    }
    if (part === '' || pending.size === 0 || open.some((element) => element.skip)) return part;
    return glossText(part, pending, used);
  });
  return { html: out.join(''), used };
}

/** Glosses the first use of each pending term in one run of text (already HTML-escaped). */
function glossText(text: string, pending: Set<GlossaryTerm>, used: GlossaryTerm[]): string {
  let result = '';
  let rest = text;
  for (;;) {
    let next: { term: GlossaryTerm; index: number; match: string } | undefined;
    for (const term of pending) {
      const found = firstUse(rest, term);
      if (
        found &&
        (!next ||
          found.index < next.index ||
          (found.index === next.index && found.match.length > next.match.length))
      )
        next = { term, ...found };
    }
    if (!next) return result + rest;
    pending.delete(next.term);
    used.push(next.term);
    result += `${rest.slice(0, next.index)}<span class="gloss"><dfn>${next.match}</dfn> <span class="gloss-means">(${escapeHtml(next.term.means)})</span></span>`;
    rest = rest.slice(next.index + next.match.length);
  }
}
