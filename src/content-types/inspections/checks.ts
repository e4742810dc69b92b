/** Inspections and grading scales: known organisations, inspectorates and documents, and grades on their scale. */
import type { CheckContext } from '../checking.ts';
import { checkIdsOnce, duplicates, list } from '../checking.ts';
import type { SiteContent } from '../../site/content.ts';
import { areaId, areasByReference, inspectionDate } from './model.ts';

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

/** The fields that refer to an area for improvement: an action's answers, a later finding's follows, a meeting item's concerns, a KPI's measures. */
const referringFields = new Set(['answers', 'follows', 'concerns', 'measures']);

/**
 * Areas for improvement have ids used once within their inspection, and every reference to one
 * ("<inspection>#<id>") leads to it; a reference that does not names the areas that do exist.
 */
export function checkAreaReferences(
  site: SiteContent,
  c: CheckContext,
  files: readonly { file: string; data: unknown }[],
): void {
  for (const { file, data } of site.inspections) {
    const ids = data.areasForImprovement.map((area, i) => areaId(area, i));
    for (const [id, at] of duplicates(ids, (id) => id))
      c.problems.push({
        file,
        field: `areasForImprovement → ${at[1]! + 1} → id`,
        expected: 'an id used by one area for improvement of the inspection only',
        found: `"${id}", also the id of area ${at[0]! + 1}`,
      });
  }
  // A finding can only follow an inspection before it: compare as far as both dates go ("2019" and "2019-11" agree).
  const dates = new Map(site.inspections.map((i) => [i.slug, inspectionDate(i.data)]));
  for (const { file, slug, data } of site.inspections)
    data.findings.forEach((finding, f) =>
      finding.follows.forEach((reference, r) => {
        const followed = reference.split('#')[0]!;
        const [when, then] = [dates.get(slug) ?? '', dates.get(followed) ?? ''];
        const shared = Math.min(when.length, then.length);
        if (followed === slug || (shared > 0 && when.slice(0, shared) < then.slice(0, shared)))
          c.problems.push({
            file,
            field: `findings → ${f + 1} → follows → ${r + 1}`,
            expected: `an area for improvement of an earlier inspection than this one (${when || 'undated'})`,
            found: `"${reference}", ${followed === slug ? 'this inspection itself' : `an inspection of ${then}`}`,
          });
      }),
    );
  const areas = areasByReference(site.inspections);
  const inspections = new Set(site.inspections.map((i) => i.slug));
  const walk = (file: string, value: unknown, path: string[]): void => {
    if (Array.isArray(value)) return value.forEach((item, i) => walk(file, item, [...path, String(i + 1)]));
    if (!value || typeof value !== 'object') return;
    for (const [key, inner] of Object.entries(value)) {
      if (referringFields.has(key) && Array.isArray(inner))
        inner.forEach((reference, i) => {
          if (typeof reference !== 'string' || !reference.includes('#') || areas.has(reference)) return;
          const inspection = reference.split('#')[0]!;
          // An inspection that failed its own checks is reported already.
          if (c.invalid.has(`inspections/${inspection}`)) return;
          const known = [...areas.values()].filter((a) => a.inspection === inspection).map((a) => a.id);
          c.problems.push({
            file,
            field: [...path, key, String(i + 1)].join(' → '),
            expected: inspections.has(inspection)
              ? `an area for improvement of ${inspection}: ${known.length > 0 ? list(known.map((id) => `"${inspection}#${id}"`)) : 'it has none'}`
              : 'an area for improvement: the file name of an inspection in content/inspections/, "#" and the area\'s id',
            found: `"${reference}"${inspections.has(inspection) ? '' : ', and there is no such inspection'}`,
          });
        });
      walk(file, inner, [...path, key]);
    }
  };
  for (const { file, data } of files) walk(file, data, []);
}
