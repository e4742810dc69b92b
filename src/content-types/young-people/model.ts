/**
 * Young people's versions: which full version each is for, the headline items it must account for,
 * and the checks the build makes (every full version has one; every headline item explained or left
 * out with a reason; reading grade; glossary and words to avoid).
 */
import type { Entry, SiteContent } from '../../site/load.ts';
import type { Problem } from '../../shared/problems.ts';
import { fullVersionKinds, type FullVersionKind, type YoungPeopleVersion } from './schema.ts';
import type { Glossary, GlossaryTerm, WordToAvoid } from './glossary-schema.ts';
import { defaultReadingGrade, hardestSentences, readability, readableText } from './readability.ts';
import { avoidedWordsIn, termsFor, unknownAbbreviations, formsOf } from './glossary.ts';
import { chartReferences } from '../kpis/chart-references.ts';
import { inspectionDate, oldestFirst } from '../inspections/model.ts';
import type { Inspection } from '../inspections/schema.ts';
import type { Organisation } from '../organisations/schema.ts';
import type { Status } from '../kpis/model.ts';

export interface HeadlineItem {
  /** What an author writes in covers or leftOut: "judgement/overall-effectiveness", "priority/<id>", "kpi/<id>". */
  key: string;
  kind: 'judgement' | 'priority' | 'kpi';
  /** The item as the full version names it. */
  label: string;
  /** The judgement's grade, or the KPI's id. */
  grade?: string;
  kpi?: string;
}

export interface FullVersion {
  kind: FullVersionKind;
  id: string;
  file: string;
  title: string;
  organisation: string;
  /** The document it is written from (an id in data/sources.json): citations of it show only the place. */
  source: string;
  /** The site address of the full version. */
  url: string;
  headline: HeadlineItem[];
}

/** "Children in care: Overall effectiveness" → "children-in-care-overall-effectiveness". */
export function keyPart(words: string): string {
  return words
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Every inspection, plan and self-evaluation on the site, with the headline items its young people's version must account for. */
export function fullVersions(
  site: Pick<SiteContent, 'inspections' | 'plans' | 'selfEvaluations' | 'kpiFrameworks'>,
): FullVersion[] {
  const kpiNames = new Map(
    site.kpiFrameworks.flatMap((f) => f.data.kpis.map((k) => [k.id, k.plainName] as const)),
  );
  const charted = (body: string): HeadlineItem[] =>
    // A chart of a KPI that does not exist is reported on the full version, not again here.
    [
      ...new Set(
        chartReferences(body)
          .filter((c) => c.kind === 'kpi' && kpiNames.has(c.id))
          .map((c) => c.id),
      ),
    ].map((id) => ({ key: `kpi/${id}`, kind: 'kpi', label: kpiNames.get(id)!, kpi: id }));
  const inspections = site.inspections.map(({ slug, file, data }): FullVersion => {
    const areas = data.judgementGroups.flatMap((g) => g.judgements.map((j) => keyPart(j.area)));
    const headline = data.judgementGroups.flatMap((group) =>
      group.judgements.map((j): HeadlineItem => {
        const repeated = areas.filter((a) => a === keyPart(j.area)).length > 1;
        return {
          key: repeated
            ? `judgement/${keyPart(group.title)}/${keyPart(j.area)}`
            : `judgement/${keyPart(j.area)}`,
          kind: 'judgement',
          label: repeated ? `${group.title}: ${j.area}` : j.area,
          grade: j.grade,
        };
      }),
    );
    return {
      kind: 'inspection',
      id: slug,
      file,
      title: data.title,
      organisation: data.organisation,
      source: data.report.source,
      url: `/inspections/${slug}/`,
      headline,
    };
  });
  const plans = site.plans.map(({ slug, file, data, body }): FullVersion => ({
    kind: 'plan',
    id: slug,
    file,
    title: data.title,
    organisation: data.organisation,
    source: data.source,
    url: `/plans/${slug}/`,
    headline: [
      ...data.priorities.map((p): HeadlineItem => ({
        key: `priority/${p.id}`,
        kind: 'priority',
        label: p.title,
      })),
      ...charted(body),
    ],
  }));
  const selfEvaluations = site.selfEvaluations.map(({ slug, file, data, body }): FullVersion => ({
    kind: 'self-evaluation',
    id: slug,
    file,
    title: data.title,
    organisation: data.organisation,
    source: data.source,
    url: `/self-evaluations/${slug}/`,
    headline: [
      ...data.priorities.map((p): HeadlineItem => ({
        key: `priority/${keyPart(p.title)}`,
        kind: 'priority',
        label: p.title,
      })),
      ...charted(body),
    ],
  }));
  return [...inspections, ...plans, ...selfEvaluations];
}

/** The young people's version of a full version, if it has one. */
export function versionOf(
  site: Pick<SiteContent, 'youngPeople'>,
  kind: FullVersionKind,
  id: string,
): Entry<YoungPeopleVersion> | undefined {
  return site.youngPeople.find((v) => v.data.of.kind === kind && v.data.of.id === id);
}

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
  return [readableText(parts.filter(Boolean).join('\n')), readableText(body)].join('\n\n');
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
export function checkYoungPeople(site: SiteContent, invalid: Set<string>): Problem[] {
  const problems: Problem[] = [];
  const { glossary, wordsToAvoid } = site;
  const fulls = fullVersions(site);
  const versionsOf = new Map<string, Entry<YoungPeopleVersion>[]>();
  const organisations = new Set(site.organisations.map((o) => o.id));

  glossary.terms.forEach((term, i) =>
    term.organisations.forEach((id, j) => {
      if (!organisations.has(id))
        problems.push({
          file: 'data/glossary.json',
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
            file: 'data/glossary.json',
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
      file: 'data/glossary.json',
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

    const expected = new Map(full.headline.map((item) => [item.key, item]));
    const accounted = new Map<string, string>();
    const account = (field: string, item: string) => {
      if (!expected.has(item))
        problems.push({
          file,
          field,
          expected: `a headline item of ${full.file}: ${full.headline.map((h) => `"${h.key}"`).join(', ') || 'it has none'}`,
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
        expected: `every headline item of ${full.file} (each judgement, strategic priority and charted KPI) explained in "covers" or listed in "leftOut" with a reason`,
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

  const hub = site.youngPeopleHub;
  if (hub) {
    const text = [versionText(hub.data, hub.body), ...site.helplines.map((h) => `${h.name}. ${h.for}`)].join(
      '\n\n',
    );
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
  return problems;
}

/** The organisation and those that took over from it, replaced it, or run its services: one line of succession. */
export function lineage(organisation: string, all: Organisation[]): string[] {
  const linked = (id: string): string[] => [
    ...(all.find((o) => o.id === id)?.relations ?? [])
      .filter((r) => r.kind !== 'part-of')
      .map((r) => r.organisation),
    ...all
      .filter((o) => o.relations.some((r) => r.organisation === id && r.kind !== 'part-of'))
      .map((o) => o.id),
  ];
  const found = new Set([organisation]);
  const queue = [organisation];
  while (queue.length) {
    for (const next of linked(queue.shift()!)) {
      if (found.has(next)) continue;
      found.add(next);
      queue.push(next);
    }
  }
  return [...found];
}

const regulatory = (inspection: Inspection) =>
  ['fostering-agency', 'adoption-agency', 'childrens-home'].includes(inspection.framework);

/**
 * What came after an inspection: later inspections of the same services (the organisation, those that
 * replaced it and those that run its services), oldest first. A regulatory inspection is followed by
 * later ones of the same kind; any other by later inspections of the whole service.
 */
export function laterInspections(
  site: Pick<SiteContent, 'inspections' | 'organisations'>,
  slug: string,
): Entry<Inspection>[] {
  const entry = site.inspections.find((i) => i.slug === slug);
  if (!entry) return [];
  const family = lineage(entry.data.organisation, site.organisations);
  const when = inspectionDate(entry.data);
  return oldestFirst(
    site.inspections
      .filter(
        (other) =>
          other.slug !== slug &&
          family.includes(other.data.organisation) &&
          inspectionDate(other.data) > when,
      )
      .filter((other) =>
        regulatory(entry.data) ? other.data.framework === entry.data.framework : !regulatory(other.data),
      ),
  );
}

/** A KPI's status for young readers; the mark repeats the words. */
export const youngStatusWords: Record<Status, string> = {
  met: '✓ It met the aim.',
  'within tolerance': '~ It was close to the aim.',
  'not met': '✗ It did not meet the aim.',
  'no target': 'There is no aim for this number.',
  'no value': 'There is no figure yet.',
};
