/**
 * The build's checks of young people's pages: every full version has one; every headline item is
 * explained or left out with a reason; the reading grade; the glossary and the words to avoid.
 */
import type { Entry, SiteContent } from '../../site/content.ts';
import type { CheckContext } from '../checking.ts';
import type { Problem } from '../../shared/problems.ts';
import { fullVersionKinds, type YoungPeopleVersion } from './schema.ts';
import type { Glossary, GlossaryTerm, WordToAvoid } from './glossary-schema.ts';
import { defaultReadingGrade, hardestSentences, readability, readableText } from './readability.ts';
import { avoidedWordsIn, termsFor, unknownAbbreviations, formsOf } from './glossary.ts';
import { fullVersions } from './model.ts';
import { isGap } from '../../shared/gaps.ts';

/** Everything an author wrote for a young people's page, as the words a reader reads. */
export function versionText(
  data: {
    title: string;
    summary: string;
    covers?: YoungPeopleVersion['covers'];
    leftOut?: YoungPeopleVersion['leftOut'];
  },
  body: string,
): string {
  const parts = [
    data.title,
    data.summary,
    ...(data.covers ?? []).flatMap((c) => [c.heading ?? '', c.says]),
    ...(data.leftOut ?? []).map((l) => l.reason),
  ];
  // A gap an importer left is reported as a gap, not read as the page's words.
  const written = (text: string) => !isGap(text);
  return [
    readableText(parts.filter(Boolean).filter(written).join('\n')),
    readableText(body.split('\n').filter(written).join('\n')),
  ].join('\n\n');
}

const quote = (items: string[]): string => items.map((item) => `"${item}"`).join(', ');

/** The reading grade, abbreviation and words-to-avoid checks for one page's text. */
export function wordingProblems(
  file: string,
  page: string,
  text: string,
  limit: number,
  terms: GlossaryTerm[],
  glossary: Glossary,
  avoid: WordToAvoid[],
  scope: string,
): Problem[] {
  const problems: Problem[] = [];
  const score = readability(text);
  if (score.grade > limit)
    problems.push({
      file,
      field: 'the whole page',
      expected: `a Flesch-Kincaid reading grade of ${limit} or below for ${page} (about age ${limit + 5}); shorter sentences and shorter words bring it down`,
      found: `grade ${score.grade}. Hardest sentences: ${hardestSentences(score)
        .map((s) => `"${s.text}" (grade ${s.grade})`)
        .join('; ')}`,
    });
  const unknown = unknownAbbreviations(text, terms, glossary.plainAbbreviations);
  if (unknown.length)
    problems.push({
      file,
      field: 'the words',
      expected: `plain words, or jargon that data/glossary.json explains ${scope}`,
      found: `${quote(unknown)}, which the glossary does not explain`,
    });
  for (const { word, found } of avoidedWordsIn(text, avoid))
    problems.push({
      file,
      field: 'the words',
      expected: `no words from data/words-to-avoid.json: write "${word.instead}" instead of "${word.words}" (${word.why})`,
      found: `"${found}"`,
    });
  return problems;
}

/** Every check on young people's pages and the words they use. */
export function checkYoungPeople(site: SiteContent, c: CheckContext): void {
  const { problems, invalid } = c;
  const { glossary, wordsToAvoid } = site;
  const fulls = fullVersions(site);
  const versionsOf = new Map<string, Entry<YoungPeopleVersion>[]>();
  const organisations = new Set(site.organisations.map((o) => o.id));

  glossary.terms.forEach((term, i) =>
    term.organisations.forEach((id, j) => {
      if (!organisations.has(id))
        problems.push({
          file: c.dataFile('glossary.json'),
          field: `terms → ${i + 1} → organisations → ${j + 1}`,
          expected: 'the id of an organisation in data/organisations.json',
          found: `"${id}"`,
        });
    }),
  );
  // Two terms with the same form must never both apply to one page.
  const scopes = ['', ...organisations];
  const clashes = new Set<string>();
  for (const scope of scopes) {
    const seen = new Map<string, number>();
    termsFor(glossary, scope).forEach((term) => {
      const index = glossary.terms.indexOf(term);
      for (const form of formsOf(term)) {
        const earlier = seen.get(form.toLowerCase());
        if (earlier !== undefined && earlier !== index && !clashes.has(form.toLowerCase())) {
          clashes.add(form.toLowerCase());
          problems.push({
            file: c.dataFile('glossary.json'),
            field: `terms → ${index + 1}`,
            expected: `"${form}" defined once for any one organisation (scope each definition with "organisations")`,
            found: `also defined by term ${earlier + 1}${scope ? ` for ${scope}` : ''}`,
          });
        }
        seen.set(form.toLowerCase(), index);
      }
    });
  }
  const definitions = readability(glossary.terms.map((t) => t.means).join('\n\n'));
  if (definitions.grade > defaultReadingGrade)
    problems.push({
      file: c.dataFile('glossary.json'),
      field: 'terms → means',
      expected: `definitions with a reading grade of ${defaultReadingGrade} or below, since they are shown on young people's pages`,
      found: `grade ${definitions.grade}. Hardest: ${hardestSentences(definitions)
        .map((s) => `"${s.text}" (grade ${s.grade})`)
        .join('; ')}`,
    });

  for (const entry of site.youngPeople) {
    const { file, data, body } = entry;
    const full = fulls.find((f) => f.kind === data.of.kind && f.id === data.of.id);
    if (!full) {
      if (!invalid.has(`${fullVersionKinds[data.of.kind].folder}/${data.of.id}`)) {
        const known = fulls.filter((f) => f.kind === data.of.kind).map((f) => f.id);
        problems.push({
          file,
          field: 'of → id',
          expected: `the file name of one of the ${fullVersionKinds[data.of.kind].label}s in content/${fullVersionKinds[data.of.kind].folder}/ (${known.join(', ') || 'there are none'})`,
          found: `"${data.of.id}"`,
        });
      }
      continue;
    }
    const key = `${full.kind}/${full.id}`;
    versionsOf.set(key, [...(versionsOf.get(key) ?? []), entry]);

    const expected = new Map([...full.headline, ...full.optional].map((item) => [item.key, item]));
    const accounted = new Map<string, string>();
    const account = (field: string, item: string) => {
      if (!expected.has(item))
        problems.push({
          file,
          field,
          expected: `a headline item of ${full.file}: ${[...expected.keys()].map((key) => `"${key}"`).join(', ') || 'it has none'}`,
          found: `"${item}"`,
        });
      else if (accounted.has(item))
        problems.push({
          file,
          field,
          expected: 'each headline item explained or left out once',
          found: `"${item}", also in ${accounted.get(item)}`,
        });
      else accounted.set(item, field);
    };
    data.covers.forEach((c, i) => account(`covers → ${i + 1} → item`, c.item));
    data.leftOut.forEach((l, i) => account(`leftOut → ${i + 1} → item`, l.item));
    const missing = full.headline.filter((item) => !accounted.has(item.key));
    if (missing.length)
      problems.push({
        file,
        field: 'covers',
        expected: `every headline item of ${full.file} (each judgement, strategic priority, charted KPI, and area for improvement that something on the site answers) explained in "covers" or listed in "leftOut" with a reason`,
        found: `${missing.length} missing: ${missing.map((m) => `"${m.key}" (${m.label}${m.grade ? `: ${m.grade}` : ''})`).join(', ')}`,
      });

    const terms = termsFor(glossary, full.organisation);
    problems.push(
      ...wordingProblems(
        file,
        `/young-people/${entry.slug}/`,
        versionText(data, body),
        data.readingGrade ?? defaultReadingGrade,
        terms,
        glossary,
        wordsToAvoid,
        `for ${full.organisation}`,
      ),
    );
  }

  for (const full of fulls) {
    const versions = versionsOf.get(`${full.kind}/${full.id}`) ?? [];
    if (versions.length === 0)
      problems.push({
        file: full.file,
        field: '',
        expected: `a young people's version in content/young-people/, with "of: { kind: ${full.kind}, id: ${full.id} }" in its front matter`,
        found: 'none',
      });
    if (versions.length > 1)
      problems.push({
        file: versions[1]!.file,
        field: 'of',
        expected: `one young people's version of ${full.file}`,
        found: `another besides ${versions[0]!.file}`,
      });
  }

  site.localHelp.forEach((help, i) => {
    if (!organisations.has(help.organisation))
      problems.push({
        file: c.dataFile('local-help.json'),
        field: `${i + 1} → organisation`,
        expected: 'the id of an organisation in data/organisations.json',
        found: `"${help.organisation}"`,
      });
  });
  const ids = site.localHelp.map((help) => help.id);
  ids.forEach((id, i) => {
    if (ids.indexOf(id) !== i)
      problems.push({
        file: c.dataFile('local-help.json'),
        field: `${i + 1} → id`,
        expected: 'an id no other service in the file has',
        found: `"${id}", as service ${ids.indexOf(id) + 1} has`,
      });
  });

  const hub = site.youngPeopleHub;
  if (hub) {
    // The hub shows the helplines and local help too: they are read by the same readers.
    const text = [
      versionText(hub.data, hub.body),
      ...site.helplines.map((h) => `${h.name}. ${h.for}`),
      ...site.localHelp.map((h) => `${h.name}. ${h.for} ${h.reach}`),
    ].join('\n\n');
    problems.push(
      ...wordingProblems(
        hub.file,
        '/young-people/',
        text,
        hub.data.readingGrade ?? defaultReadingGrade,
        termsFor(glossary, ''),
        glossary,
        wordsToAvoid,
        'for every organisation',
      ),
    );
  }
}
