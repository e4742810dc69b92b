/**
 * How hard a text is to read, as a Flesch-Kincaid grade, with the sentences that make it hard.
 * Sentences and words come from parse-english, syllables from syllable, the grade from flesch-kincaid
 * (all maintained by wooorm); this file only turns an author's Markdown into the text a reader reads.
 */
import { ParseEnglish } from 'parse-english';
import { toString } from 'nlcst-to-string';
import { syllable } from 'syllable';
import { fleschKincaid } from 'flesch-kincaid';
import { withoutCitations } from '../../shared/citations.ts';

export interface SentenceScore {
  text: string;
  words: number;
  /** The Flesch-Kincaid grade of this sentence alone. */
  grade: number;
}

export interface Readability {
  /** The Flesch-Kincaid grade of the whole text (US school grade; about age minus 5). */
  grade: number;
  sentences: SentenceScore[];
  words: number;
}

/** The reading grade a young people's page must not go above, unless its front matter sets another. */
export const defaultReadingGrade = 6;

/**
 * The words a reader reads in a Markdown or MDX body: no imports, components, HTML tags, link
 * addresses, emphasis marks or bracketed citations. Headings, list items and table cells become
 * sentences of their own, so a heading is not read as the start of the next sentence.
 */
export function readableText(markdown: string): string {
  const blocks = withoutCitations(markdown)
    .replace(/^(import|export)\s.*$/gm, '')
    .replace(/<[A-Za-z][^>]*?\/>/g, '')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]+/g, '')
    .split(/\n|\|/)
    .map((line) => line.replace(/^\s*(#{1,6}|[-*+]|\d+\.|>)\s+/, '').trim())
    .filter((line) => /[A-Za-z0-9]/.test(line) && !/^[-:\s]+$/.test(line));
  return blocks.map((line) => (/[.!?:;]["'”’)]*$/.test(line) ? line : `${line}.`)).join('\n\n');
}

const parser = new ParseEnglish();

type Counts = { sentence: number; word: number; syllable: number };

/** Every word counts at least one syllable, so "2022" or "£3" is not read as free. */
const syllablesIn = (word: string): number => Math.max(1, syllable(word));

/** The grade of a text, and of each of its sentences. */
export function readability(text: string): Readability {
  const total: Counts = { sentence: 0, word: 0, syllable: 0 };
  const sentences: SentenceScore[] = [];
  for (const paragraph of parser.parse(text).children) {
    if (paragraph.type !== 'ParagraphNode') continue;
    for (const sentence of paragraph.children) {
      if (sentence.type !== 'SentenceNode') continue;
      const words = sentence.children
        .filter((node) => node.type === 'WordNode')
        .map((node) => toString(node));
      if (words.length === 0) continue;
      const counts: Counts = {
        sentence: 1,
        word: words.length,
        syllable: words.reduce((sum, word) => sum + syllablesIn(word), 0),
      };
      total.sentence += 1;
      total.word += counts.word;
      total.syllable += counts.syllable;
      sentences.push({
        text: toString(sentence).replace(/\s+/g, ' ').trim(),
        words: counts.word,
        grade: round(fleschKincaid(counts)),
      });
    }
  }
  return { grade: total.word === 0 ? 0 : round(fleschKincaid(total)), sentences, words: total.word };
}

/** The hardest sentences first: the ones an author should rewrite to bring the grade down. */
export function hardestSentences(result: Readability, count = 3): SentenceScore[] {
  return [...result.sentences].sort((a, b) => b.grade - a.grade || b.words - a.words).slice(0, count);
}

const round = (value: number): number => Math.round(value * 10) / 10;
