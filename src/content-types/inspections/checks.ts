/** Inspections and grading scales: known organisations, inspectorates and documents, and grades on their scale. */
import type { CheckContext } from '../checking.ts';
import { checkIdsOnce, duplicates, list } from '../checking.ts';
import type { SiteContent } from '../../site/content.ts';

export function checkInspections(site: SiteContent, c: CheckContext): void {
  const { problems, dataFile, citation: checkCitation, organisation: checkOrganisation } = c;
  const organisations = new Map(site.organisations.map((o) => [o.id, o]));
  const scales = new Map(site.scales.map((s) => [s.id, s]));
  const sources = new Set(site.sources.map((s) => s.id));
  checkIdsOnce(c, 'grading-scales.json', site.scales);
  site.scales.forEach((scale, i) => {
    for (const [label] of duplicates(scale.grades, (g) => g.label.toLowerCase()))
      problems.push({
        file: dataFile('grading-scales.json'),
        field: `${i + 1} → grades`,
        expected: 'each grade named once',
        found: `"${label}" more than once`,
      });
    for (const [rank] of duplicates(scale.grades, (g) => String(g.rank)))
      problems.push({
        file: dataFile('grading-scales.json'),
        field: `${i + 1} → grades`,
        expected: 'each rank used once',
        found: `rank ${rank} more than once`,
      });
  });
  for (const { file, data } of site.inspections) {
    checkOrganisation(file, 'organisation', data.organisation);
    data.inspectorates.forEach((id, i) => {
      checkOrganisation(file, `inspectorates → ${i + 1}`, id);
      const organisation = organisations.get(id);
      if (organisation && organisation.kind !== 'inspectorate')
        problems.push({
          file,
          field: `inspectorates → ${i + 1}`,
          expected: 'an organisation of kind "inspectorate"',
          found: `"${id}", which is a ${organisation.kind}`,
        });
    });
    if (!sources.has(data.report.source))
      problems.push({
        file,
        field: 'report → source',
        expected: `a document id in ${dataFile('sources.json')} (${list([...sources])})`,
        found: `"${data.report.source}"`,
      });
    checkCitation(file, 'dates → source', data.dates.source);
    const scale = data.scale ? scales.get(data.scale) : undefined;
    if (data.scale && !scale)
      problems.push({
        file,
        field: 'scale',
        expected: `a grading scale id in ${dataFile('grading-scales.json')} (${list([...scales.keys()])})`,
        found: `"${data.scale}"`,
      });
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
    data.findings.forEach((finding, i) =>
      checkCitation(file, `findings → ${i + 1} → source`, finding.source),
    );
    data.areasForImprovement.forEach((area, i) =>
      checkCitation(file, `areasForImprovement → ${i + 1} → source`, area.source),
    );
    data.keyFigures.forEach((figure, i) =>
      checkCitation(file, `keyFigures → ${i + 1} → source`, figure.source),
    );
    data.inconsistencies.forEach((item, i) =>
      checkCitation(file, `inconsistencies → ${i + 1} → source`, item.source),
    );
  }
}
