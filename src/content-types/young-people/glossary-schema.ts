/**
 * The words young people's pages are checked against: the glossary (jargon with a plain definition,
 * shown in place wherever a young people's page uses it) and the words to avoid (words that must not be
 * used there, with what to say instead). Lantern ships both (src/national/); a site's
 * data/glossary.json and data/words-to-avoid.json add its own, and replace a term or word they repeat.
 */
import { z } from 'zod';
import { slug, text } from '../../shared/fields.ts';

export const glossaryTermSchema = z.strictObject({
  /** The term as it is written: "ILACS", "care leaver", "remand". A term with a capital letter matches only as written; one in lower case matches in any case. */
  term: text,
  /** Other forms that mean the same: plurals, spellings ("care leavers", "CiC"). */
  also: z.array(text).default([]),
  /** What it means, in words a 9 to 11 year old can read. Shown in place, in brackets, after the first use. */
  means: text,
  /** Only on pages about these organisations (ids in data/organisations.json), when an abbreviation means different things in different places. Empty: everywhere. */
  organisations: z.array(slug).default([]),
});
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;

export const glossarySchema = z.strictObject({
  terms: z.array(glossaryTermSchema).default([]),
  /** Abbreviations young people already know, which need no definition: "UK", "TV". */
  plainAbbreviations: z.array(text).default([]),
});
export type Glossary = z.infer<typeof glossarySchema>;

export const wordToAvoidSchema = z.strictObject({
  /** The word or phrase, matched in any case: "looked after children", "placement". */
  words: text,
  /** What to write instead. */
  instead: text,
  /** Why, in a sentence: who asked for it, or what it sounds like to a young person. */
  why: text,
});
export type WordToAvoid = z.infer<typeof wordToAvoidSchema>;

export const wordsToAvoidSchema = z.array(wordToAvoidSchema);
