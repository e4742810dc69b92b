/**
 * The search page's logic, shared by the page (built) and its script (in the browser): the search as
 * a URL and back, the options Pagefind is given, the count in words, the filter choices, and links
 * that take a reader to the words on the page they open (text fragments, which browsers highlight
 * themselves, so the pages opened need no script).
 */
import { plural } from '../shared/numbers.ts';

/** Filters the form offers, in its order, with their labels. Keys are Pagefind filter names. */
export const searchFilters = {
  kind: { label: 'Kind of page', any: 'Any kind' },
  organisation: { label: 'Organisation', any: 'Any organisation' },
  body: { label: 'Council body (meetings and decisions)', any: 'Any body' },
  year: { label: 'Year', any: 'Any year' },
  outcome: { label: 'Outcome (decisions and motions)', any: 'Any outcome' },
  topic: { label: 'Topic (decisions and motions)', any: 'Any topic' },
  member: { label: 'Councillor named (decisions and motions)', any: 'Any councillor' },
} as const;
export type FilterKey = keyof typeof searchFilters;
export const filterKeys = Object.keys(searchFilters) as FilterKey[];

/** The kind the decision register asks the search page for: decisions and motions together. */
export const decisionsAndMotions = 'Decisions and motions';

/** Kinds of page searched together under one name. */
export const kindGroups: Record<string, readonly string[]> = {
  [decisionsAndMotions]: ['Decision', 'Motion'],
};

export const sortOrders = {
  relevance: 'Best match first',
  newest: 'Newest first',
  oldest: 'Oldest first',
} as const;
export type SortOrder = keyof typeof sortOrders;

export interface SearchState {
  /** The words typed, trimmed. */
  q: string;
  filters: Partial<Record<FilterKey, string>>;
  sort: SortOrder;
}

/**
 * Pagefind's ranking, tuned against the readers' questions in tests/fixtures/search-questions.json:
 * long pages (a whole plan, a whole inspection) are penalised less than by default, so the plan
 * itself beats a short agenda item that only names it.
 */
export const pagefindRanking = { pageLength: 0.3 };

export const emptyState: SearchState = { q: '', filters: {}, sort: 'relevance' };

/** The search a URL's query string describes; unknown or empty parameters are ignored. */
export function readState(query: string | URLSearchParams): SearchState {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  const filters: SearchState['filters'] = {};
  for (const key of filterKeys) {
    const value = params.get(key)?.trim();
    if (value) filters[key] = value;
  }
  const sort = params.get('sort');
  return {
    q: (params.get('q') ?? '').trim().replace(/\s+/g, ' '),
    filters,
    sort: sort && sort in sortOrders ? (sort as SortOrder) : 'relevance',
  };
}

/** The query string for a search ("?q=care+leavers&kind=Inspection"), in a fixed order; "" for no search. */
export function writeState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const key of filterKeys) if (state.filters[key]) params.set(key, state.filters[key]!);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  const text = params.toString();
  return text ? `?${text}` : '';
}

export const isEmpty = (state: SearchState): boolean => !state.q && Object.keys(state.filters).length === 0;

export interface PagefindOptions {
  filters: Record<string, string | { any: string[] }>;
  sort?: Record<string, 'asc' | 'desc'>;
}

/** What Pagefind is asked: the words (null lists every page the filters allow) and its options. */
export function pagefindQuery(state: SearchState): {
  term: string | null;
  options: PagefindOptions;
} {
  const options: PagefindOptions = { filters: { ...state.filters } as Record<string, string> };
  const group = state.filters.kind ? kindGroups[state.filters.kind] : undefined;
  if (group) options.filters.kind = { any: [...group] };
  if (state.sort === 'newest') options.sort = { date: 'desc' };
  if (state.sort === 'oldest') options.sort = { date: 'asc' };
  // With no words, newest first is the only order that means anything.
  if (!state.q && !options.sort) options.sort = { date: 'desc' };
  return { term: state.q || null, options };
}
/** Each kind of page in the plural, as sentences name them. */
export const kindPlurals: Record<string, string> = {
  Inspection: 'inspections',
  'Progress since an inspection': 'pages on progress since an inspection',
  Meeting: 'meetings',
  Decision: 'decisions',
  Motion: 'motions',
  'Decisions and motions': 'decisions and motions',
  Plan: 'plans',
  'Self-evaluation': 'self-evaluations',
  KPI: 'performance measures',
  "Young people's version": "young people's versions",
  Organisation: 'organisations',
  Councillor: 'councillors',
};

/** The sentence announced after a search: "3 results for “care leavers” among inspections, in 2022." (and how many direct answers lead the list). */
export function countInWords(count: number, state: SearchState, answers = 0): string {
  const { kind, organisation, body, year, outcome, topic, member } = state.filters;
  const where = [
    kind && `among ${kindPlurals[kind] ?? kind}`,
    organisation && `about ${organisation}`,
    body && `at ${body}`,
    outcome && `with the outcome “${outcome}”`,
    topic && `on the topic “${topic}”`,
    member && `naming ${member}`,
    year && `in ${year}`,
  ].filter(Boolean);
  const what = state.q ? ` for “${state.q}”` : '';
  if (count === 0 && answers > 0)
    return `${plural(answers, 'page')} named by “${state.q}”, and no other results.`;
  const results = count === 0 ? 'No results' : plural(count, 'result');
  const tail = count === 0 && state.q ? ' Try fewer or different words: every word must be on the page.' : '';
  const figures = answers > 0 ? `, and ${plural(answers, 'page')} named by it first` : '';
  return `${results}${what}${where.length ? ` ${where.join(', ')}` : ''}${figures}.${tail}`;
}

/** The words Pagefind marked in an excerpt ("<mark>care</mark> <mark>leavers.</mark>"), as the page writes them, without edge punctuation, each once. */
export function markedWords(excerpt: string): string[] {
  const decoded = (w: string) =>
    w
      .replace(/&amp;/g, '&')
      .replace(/&#39;|&apos;/g, "'")
      .replace(/&quot;/g, '"');
  const words = [...excerpt.matchAll(/<mark>([^<]+)<\/mark>/g)]
    .map((m) => decoded(m[1]!).replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter(Boolean);
  const seen = new Map<string, string>();
  for (const word of words) if (!seen.has(word.toLowerCase())) seen.set(word.toLowerCase(), word);
  return [...seen.values()].slice(0, 5);
}

/** Percent-encoding for a text directive: "-", "&" and "," have meanings there, so they are encoded too. */
const encodeDirective = (text: string) => encodeURIComponent(text).replace(/-/g, '%2D').replace(/,/g, '%2C');

/**
 * The address of a result, with a text fragment so the browser scrolls to the words and highlights
 * them: "/inspections/x/#:~:text=care&text=leavers". A section's anchor is kept before the directive.
 */
export function highlightHref(url: string, words: string[]): string {
  if (words.length === 0) return url;
  const [path, anchor = ''] = url.split('#');
  return `${path}#${anchor}:~:${words.map((w) => `text=${encodeDirective(w)}`).join('&')}`;
}

/**
 * An excerpt without the brackets its citations leave behind: citation links are kept out of the
 * index, so "(line 6489)" would show as "()". Pagefind's excerpt is escaped HTML with <mark> only.
 */
export function withoutEmptyBrackets(excerpt: string): string {
  return excerpt.replace(/\s*\(\s*[,;]?\s*\)/g, '');
}

/**
 * The query, and the same query with each other way of writing a form it uses (from the synonyms
 * list): "call in" → "call in", "call-in", "called in". Searched together, so that every form finds
 * the pages that use any of them. Forms are matched as whole words, ignoring case and hyphens.
 */
export function alternativeQueries(query: string, groups: readonly (readonly string[])[]): string[] {
  const normal = (text: string) =>
    ` ${text
      .toLowerCase()
      .replace(/[-‐–\s]+/g, ' ')
      .trim()} `;
  const asked = normal(query);
  const alternatives = [query];
  for (const group of groups) {
    const used = group.find((form) => asked.includes(normal(form)));
    if (!used) continue;
    for (const form of group)
      if (form !== used) alternatives.push(asked.replace(normal(used), ` ${form.toLowerCase()} `).trim());
  }
  // Search ignores case: a query that differs only in case is the same search.
  return alternatives
    .filter((a, i) => alternatives.findIndex((b) => b.toLowerCase() === a.toLowerCase()) === i)
    .slice(0, 6);
}

/**
 * A page the search page can answer with directly when a reader names it: a headline measure with its
 * latest figure (src/content-types/kpis/publish.ts), an organisation with where things stand
 * (src/content-types/organisations/publish.ts).
 */
export interface DirectAnswer {
  /** The names it is asked for by: "Children in care"; "Northamptonshire Children's Trust", "NCT". */
  names: string[];
  /** Its title in the list. */
  title: string;
  /** What it is, for the line under the title: "Key figure · Northamptonshire Children's Trust". */
  label: string;
  url: string;
  /** The answer in a sentence: "1,231 in March 2023." */
  text: string;
}

/** Words that ask for a figure rather than name one: "how many", "number of", "figures". */
const askingWords = new Set(
  'a an and are compared do does figure figures how is latest many much number numbers of statistics the there to total what with'.split(
    ' ',
  ),
);

/** The words that name something, lower case, a plural "s" taken off: "Child protection plans" → child, protection, plan. */
function namingWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .split(/[^a-z0-9]+/)
    .filter((word) => word && !askingWords.has(word))
    .map((word) =>
      word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word,
    );
}

/**
 * The direct answers a search asks for by name, in any way of writing it: every word the reader typed
 * (leaving out "how many", "number of" and the like) is in one of its names, or every word of a name
 * is in what was typed, with at most two words more. "looked after children numbers" finds "Children
 * in care"; a single word ("care", "trust") finds none, as it names too much. At most three.
 */
export function answersFor(
  query: string,
  answers: readonly DirectAnswer[],
  groups: readonly (readonly string[])[],
): DirectAnswer[] {
  const asked = alternativeQueries(query, groups).map(namingWords);
  return answers
    .filter((answer) =>
      answer.names
        .map(namingWords)
        .some((name) =>
          asked.some(
            (words) =>
              (words.length >= 2 && words.every((word) => name.includes(word))) ||
              (name.length >= 2 &&
                name.every((word) => words.includes(word)) &&
                words.length <= name.length + 2),
          ),
        ),
    )
    .slice(0, 3);
}

/** Results of several searches as one list: first of each, then second of each, and so on, each page once. */
export function interleaved<T extends { id: string }>(lists: readonly (readonly T[])[]): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (let rank = 0; lists.some((list) => rank < list.length); rank++)
    for (const list of lists) {
      const result = list[rank];
      if (result && !seen.has(result.id)) {
        seen.add(result.id);
        out.push(result);
      }
    }
  return out;
}
