/**
 * Checks that need more than one file: references between content, grades on their scale,
 * citations of known documents, and ids used twice.
 */
import { join, relative } from 'node:path';
import type { Problem } from './errors.ts';
import type { SiteContent, SitePaths } from './load.ts';
import { citedDocument } from '../schemas/common.ts';

function duplicates<T>(items: T[], key: (item: T) => string): Map<string, number[]> {
  const seen = new Map<string, number[]>();
  items.forEach((item, index) => seen.set(key(item), [...(seen.get(key(item)) ?? []), index]));
  return new Map([...seen].filter(([, indexes]) => indexes.length > 1));
}

function list(values: string[]): string {
  return values.length <= 1 ? (values[0] ?? '') : `${values.slice(0, -1).join(', ')} or ${values.at(-1)}`;
}

export function crossCheck(site: SiteContent, paths: SitePaths): Problem[] {
  const problems: Problem[] = [];
  const dataFile = (name: string) => relative(paths.root, join(paths.data, name));
  const organisations = new Map(site.organisations.map((o) => [o.id, o]));
  const scales = new Map(site.scales.map((s) => [s.id, s]));
  const sources = new Set(site.sources.map((s) => s.id));
  const knownOrganisations = [...organisations.keys()];

  const checkCitation = (file: string, field: string, reference: string | undefined) => {
    if (reference && !sources.has(citedDocument(reference)))
      problems.push({ file, field, expected: `a citation of a document in ${dataFile('sources.json')} (${list([...sources])})`, found: `"${reference}"` });
  };
  const checkOrganisation = (file: string, field: string, id: string) => {
    if (!organisations.has(id))
      problems.push({ file, field, expected: `the id of an organisation in ${dataFile('organisations.json')}`, found: `"${id}", which is not one of them (known: ${knownOrganisations.join(', ')})` });
  };

  for (const [name, items] of [
    ['organisations.json', site.organisations],
    ['grading-scales.json', site.scales],
    ['sources.json', site.sources],
  ] as const) {
    for (const [id, indexes] of duplicates(items as { id: string }[], (item) => item.id))
      problems.push({ file: dataFile(name), field: `${indexes[1]! + 1} → id`, expected: 'an id used by one entry only', found: `"${id}", also used by entry ${indexes[0]! + 1}` });
  }

  site.organisations.forEach((organisation, i) => {
    organisation.relations.forEach((relation, j) => checkOrganisation(dataFile('organisations.json'), `${i + 1} → relations → ${j + 1} → organisation`, relation.organisation));
    checkCitation(dataFile('organisations.json'), `${i + 1} → existed → source`, organisation.existed.source);
    const { from, to } = organisation.existed;
    if (from && to && to < from)
      problems.push({ file: dataFile('organisations.json'), field: `${i + 1} → existed → to`, expected: `a date after it was set up (${from})`, found: `"${to}"` });
  });
  site.scales.forEach((scale, i) => {
    for (const [label] of duplicates(scale.grades, (g) => g.label.toLowerCase()))
      problems.push({ file: dataFile('grading-scales.json'), field: `${i + 1} → grades`, expected: 'each grade named once', found: `"${label}" more than once` });
    for (const [rank] of duplicates(scale.grades, (g) => String(g.rank)))
      problems.push({ file: dataFile('grading-scales.json'), field: `${i + 1} → grades`, expected: 'each rank used once', found: `rank ${rank} more than once` });
  });
  site.sources.forEach((source, i) => checkOrganisation(dataFile('sources.json'), `${i + 1} → publisher`, source.publisher));

  for (const { file, data } of site.inspections) {
    checkOrganisation(file, 'organisation', data.organisation);
    data.inspectorates.forEach((id, i) => {
      checkOrganisation(file, `inspectorates → ${i + 1}`, id);
      const organisation = organisations.get(id);
      if (organisation && organisation.kind !== 'inspectorate')
        problems.push({ file, field: `inspectorates → ${i + 1}`, expected: 'an organisation of kind "inspectorate"', found: `"${id}", which is a ${organisation.kind}` });
    });
    if (!sources.has(data.report.source))
      problems.push({ file, field: 'report → source', expected: `a document id in ${dataFile('sources.json')} (${list([...sources])})`, found: `"${data.report.source}"` });
    checkCitation(file, 'dates → source', data.dates.source);
    const scale = data.scale ? scales.get(data.scale) : undefined;
    if (data.scale && !scale)
      problems.push({ file, field: 'scale', expected: `a grading scale id in ${dataFile('grading-scales.json')} (${list([...scales.keys()])})`, found: `"${data.scale}"` });
    data.judgementGroups.forEach((group, g) =>
      group.judgements.forEach((judgement, j) => {
        const field = `judgementGroups → ${g + 1} → judgements → ${j + 1}`;
        checkCitation(file, `${field} → source`, judgement.source);
        if (scale && !scale.grades.some((grade) => grade.label === judgement.grade))
          problems.push({
            file,
            field: `${field} → grade`,
            expected: `a grade on the scale "${scale.name}": ${list(scale.grades.map((grade) => `"${grade.label}"`))}`,
            found: `"${judgement.grade}"`,
          });
      }),
    );
    data.findings.forEach((finding, i) => checkCitation(file, `findings → ${i + 1} → source`, finding.source));
    data.areasForImprovement.forEach((area, i) => checkCitation(file, `areasForImprovement → ${i + 1} → source`, area.source));
    data.keyFigures.forEach((figure, i) => checkCitation(file, `keyFigures → ${i + 1} → source`, figure.source));
    data.inconsistencies.forEach((item, i) => checkCitation(file, `inconsistencies → ${i + 1} → source`, item.source));
  }
  return problems;
}
