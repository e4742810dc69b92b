/**
 * Organisations and source documents: ids used once, relations to known organisations, sensible dates;
 * every cited line quoted in its document's excerpts (and none withheld), and what a citation backs
 * (figures, grades, outcomes, names, dates, the figures of a sentence) in the lines it cites.
 */
import type { CheckContext } from '../checking.ts';
import { checkIdIsFileName, checkIdsOnce } from '../checking.ts';
import type { SiteContent } from '../../site/content.ts';
import { inProse as proseCitation, type SiteCitation } from '../../shared/citations.ts';
import { citedDocument } from '../../shared/fields.ts';
import { placesOf, quotedRange, withheldLines } from './excerpts.ts';
import { indexOf, byId } from '../../shared/indexes.ts';
import {
  figuresIn,
  holdsDate,
  holdsFigure,
  holdsGrade,
  holdsName,
  holdsNumber,
  holdsOutcome,
} from './cited-values.ts';
import type { Excerpts } from './excerpt-schema.ts';

export function checkOrganisations(site: SiteContent, c: CheckContext): void {
  const { problems, dataFile, citation: checkCitation, organisation: checkOrganisation } = c;
  checkIdsOnce(c, 'organisations.json', site.organisations);
  checkIdsOnce(c, 'sources.json', site.sources);
  site.organisations.forEach((organisation, i) => {
    organisation.relations.forEach((relation, j) =>
      checkOrganisation(
        dataFile('organisations.json'),
        `${i + 1} → relations → ${j + 1} → organisation`,
        relation.organisation,
      ),
    );
    checkCitation(dataFile('organisations.json'), `${i + 1} → existed → source`, organisation.existed.source);
    const { from, to } = organisation.existed;
    if (from && to && to < from)
      problems.push({
        file: dataFile('organisations.json'),
        field: `${i + 1} → existed → to`,
        expected: `a date after it was set up (${from})`,
        found: `"${to}"`,
      });
  });
  site.sources.forEach((source, i) =>
    checkOrganisation(dataFile('sources.json'), `${i + 1} → publisher`, source.publisher),
  );
}

/** What to run to quote a document's cited lines. */
const runExcerpts = (source: string) =>
  `run "npm run excerpts -- ${source} <the document's text file>" to quote them`;

/**
 * Every line a citation names is quoted in its document's excerpts (data/excerpts/<id>.json), so a
 * reader can open it; lines the author withholds (data/redactions/<id>.json) are not.
 */
export function checkExcerpts(site: SiteContent, c: CheckContext, citations: readonly SiteCitation[]): void {
  const sources = indexOf(site.sources, byId);
  const excerpts = new Map(site.excerpts.map((file) => [file.data.source, file]));
  for (const { file, data } of site.excerpts) {
    checkIdIsFileName(c, file, 'source', data.source);
    if (!sources.has(data.source))
      c.problems.push({
        file,
        field: 'source',
        expected: `a document in ${c.dataFile('sources.json')}`,
        found: `"${data.source}"`,
      });
  }
  const unquoted = new Map<string, SiteCitation[]>();
  for (const citation of citations) {
    const document = citedDocument(citation.reference);
    if (!sources.has(document)) continue; // reported already: no such document
    const quoted = excerpts.get(document)?.data;
    for (const place of placesOf(citation.reference)) {
      if (place.kind !== 'L') continue;
      if (!quoted) {
        unquoted.set(document, [...(unquoted.get(document) ?? []), citation]);
        break;
      }
      let missing = !quoted.places.includes(place.text);
      const { from, to } = quotedRange(place);
      for (let n = from; n <= to && !missing; n++)
        missing = quoted.lines[String(n)] === undefined && quoted.withheld[String(n)] === undefined;
      if (missing)
        c.problems.push({
          file: citation.file,
          field: citation.field,
          expected: `the cited lines quoted in ${c.dataFile(`excerpts/${document}.json`)}: ${runExcerpts(document)}`,
          found: `"${citation.reference}": ${place.text} is not quoted there`,
        });
    }
  }
  for (const [document, cited] of unquoted)
    c.problems.push({
      file: c.dataFile(`excerpts/${document}.json`),
      field: '',
      expected: `the lines the site cites of "${document}", quoted: ${runExcerpts(document)}`,
      found: `no such file, and ${cited.length === 1 ? 'a citation' : `${cited.length} citations`} of its lines (the first: ${cited[0]!.file}, "${cited[0]!.reference}")`,
    });
  for (const { file, data } of site.redactions) {
    const document = file.replace(/^.*\//, '').replace(/\.json$/, '');
    const quoted = excerpts.get(document);
    if (!quoted) continue;
    for (const [line, why] of withheldLines(data))
      if (quoted.data.lines[String(line)] !== undefined)
        c.problems.push({
          file: quoted.file,
          field: `lines → ${line}`,
          expected: `line ${line} withheld (${file}: ${why}): ${runExcerpts(document)} again`,
          found: 'the line quoted',
        });
  }
}

/** What a checked field holds, in words: "figure", "grade", "outcome", "name" or "date". */
const claimKinds: Record<string, string> = {
  value: 'figure',
  grade: 'grade',
  outcome: 'outcome',
  proposer: 'name',
  mover: 'name',
  seconder: 'name',
};
const claimKind = (field: string): string => claimKinds[field] ?? 'date';

/** The quoted words of a citation's lines, and whether all of them could be checked (a section cited whole has only its opening quoted; a withheld line is not quoted). */
function quotedWords(reference: string, excerpts: Excerpts): { text: string; whole: boolean } {
  let whole = true;
  const lines: string[] = [];
  for (const place of placesOf(reference)) {
    if (place.kind !== 'L') {
      whole = false;
      continue;
    }
    const { from, to, section } = quotedRange(place);
    if (section) whole = false;
    for (let n = from; n <= to; n++) {
      const line = excerpts.lines[String(n)];
      // A withheld line, or one not quoted (reported already), cannot be checked.
      if (line === undefined) whole = false;
      else lines.push(line);
    }
  }
  return { text: lines.join('\n'), whole };
}

/** The quoted line nearest the cited place that holds what `holds` looks for, if any. */
function nearestHolding(
  reference: string,
  excerpts: Excerpts,
  holds: (text: string) => boolean,
): number | undefined {
  const at = placesOf(reference).find((p) => p.kind === 'L')?.from ?? 0;
  return Object.entries(excerpts.lines)
    .filter(([, text]) => holds(text))
    .map(([n]) => Number(n))
    .sort((a, b) => Math.abs(a - at) - Math.abs(b - at) || a - b)[0];
}

/**
 * Every figure and grade written with its citation holds in the cited lines: a `value` (a number) or a
 * `grade` beside a `source`. Where it does not, the problem names the nearest quoted line that does.
 */
export function checkCitedValues(
  site: SiteContent,
  c: CheckContext,
  files: readonly { file: string; data: unknown }[],
): void {
  const excerpts = new Map(site.excerpts.map((file) => [file.data.source, file.data]));
  const check = (file: string, value: unknown, path: string[]): void => {
    if (Array.isArray(value)) return value.forEach((item, i) => check(file, item, [...path, String(i + 1)]));
    if (!value || typeof value !== 'object') return;
    const record = value as Record<string, unknown>;
    const reference =
      typeof record.source === 'string' && record.source.includes(' ') ? record.source : undefined;
    const quoted = reference ? excerpts.get(citedDocument(reference)) : undefined;
    if (reference && quoted) {
      const { text, whole } = quotedWords(reference, quoted);
      const claims: { field: string; shown: string; holds: (t: string) => boolean }[] = [];
      if (typeof record.value === 'number') {
        const figure = record.value;
        claims.push({ field: 'value', shown: String(figure), holds: (t) => holdsNumber(t, figure) });
      }
      for (const role of ['proposer', 'mover', 'seconder'] as const) {
        const name = record[role];
        if (typeof name === 'string')
          claims.push({ field: role, shown: `"${name}"`, holds: (t) => holdsName(t, name) });
      }
      // The dates an event's record gives (an inspection's days on site and its publication); not an
      // "as at" date, which comes from the document as a whole.
      for (const key of ['start', 'end', 'published'] as const) {
        const date = record[key];
        if (typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date))
          claims.push({ field: key, shown: date, holds: (t) => holdsDate(t, date) });
      }
      if (typeof record.outcome === 'string') {
        const outcome = record.outcome;
        claims.push({ field: 'outcome', shown: `"${outcome}"`, holds: (t) => holdsOutcome(t, outcome) });
      }
      if (typeof record.grade === 'string') {
        const grade = record.grade;
        claims.push({ field: 'grade', shown: `"${grade}"`, holds: (t) => holdsGrade(t, grade) });
      }
      for (const claim of claims)
        if (whole && !claim.holds(text)) {
          const near = nearestHolding(reference, quoted, claim.holds);
          c.problems.push({
            file,
            field: [...path, claim.field].join(' → '),
            expected: `${claimKind(claim.field) === 'outcome' ? 'an' : 'a'} ${claimKind(claim.field)} the cited lines hold, as the source writes it`,
            found: `${claim.shown}, which "${reference}" does not hold${near ? `: it is on L${near}` : ' (nor does any line quoted from it)'}`,
          });
        }
    }
    for (const [key, inner] of Object.entries(record)) check(file, inner, [...path, key]);
  };
  for (const { file, data } of files) check(file, data, []);
}

/**
 * Figures in the text of pages: the figures a sentence gives must be in the lines its citation names
 * (rounded is allowed: "about 22" for 22.28), and on a young people's page every figure needs a
 * citation after it in its paragraph. A citation of a whole section, a page or a withheld line cannot
 * be checked this way and is left alone.
 */
export function checkProseFigures(
  site: SiteContent,
  c: CheckContext,
  files: readonly { file: string; body?: string }[],
  youngPeoples: ReadonlySet<string>,
): void {
  const excerpts = new Map(site.excerpts.map((file) => [file.data.source, file.data]));
  for (const { file, body } of files) {
    if (body === undefined) continue;
    let offset = 0;
    for (const paragraph of body.split(/(\n\s*\n|\n(?=\s*[-*] ))/)) {
      const lineOf = (at: number) => body.slice(0, offset + at).split('\n').length;
      let last = 0;
      for (const match of paragraph.matchAll(proseCitation)) {
        const reference = match[1]!;
        const figures = figuresIn(paragraph.slice(last, match.index));
        last = match.index + match[0].length;
        const quoted = excerpts.get(citedDocument(reference));
        if (figures.length === 0 || !quoted) continue;
        const { text, whole } = quotedWords(reference, quoted);
        if (!whole) continue;
        for (const figure of figures.filter((f) => !holdsFigure(text, f))) {
          const near = nearestHolding(reference, quoted, (t) => holdsFigure(t, figure));
          c.problems.push({
            file,
            field: `the text after the front matter, line ${lineOf(match.index)}`,
            expected: 'figures the cited lines hold, as the source writes them',
            found: `${figure}, which "${reference}" does not hold${near ? `: it is on L${near}` : ' (nor does any line quoted from it)'}`,
          });
        }
      }
      const uncited = figuresIn(paragraph.slice(last).replace(proseCitation, ' '));
      if (youngPeoples.has(file) && uncited.length > 0)
        c.problems.push({
          file,
          field: `the text after the front matter, line ${lineOf(last)}`,
          expected:
            "a citation after every figure on a young people's page, in its paragraph: (document L92)",
          found: `${uncited.join(', ')} in "${paragraph.slice(last).trim().slice(0, 80)}", with no citation after ${uncited.length === 1 ? 'it' : 'them'}`,
        });
      offset += paragraph.length;
    }
  }
}
