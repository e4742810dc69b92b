/** KPIs and charts of other figures; and how other types check a KPI or chart they name. */
import { basename } from 'node:path';
import type { CheckContext } from '../checking.ts';
import { checkCitationsIn, checkIdIsFileName } from '../checking.ts';
import type { SiteContent } from '../../site/content.ts';
import { vegaLiteProblem } from '../../build/charts/vega-lite-check.ts';
import { customChartSpec, fieldsIn, fieldsMadeIn } from './custom-charts.ts';
import { chartReferences } from './chart-references.ts';

/** KPIs: one id each across all files, percentages that are percentages, one figure per period, known organisations and sources. */
export function checkKpis(site: SiteContent, c: CheckContext): void {
  const { problems, citation: checkCitation, organisation: checkOrganisation } = c;
  const seen = new Map<string, string>();
  for (const { file, data } of site.kpiFrameworks) {
    const expectedId = basename(file, '.json');
    if (data.framework.id !== expectedId)
      problems.push({
        file,
        field: 'framework → id',
        expected: `"${expectedId}", the file's name`,
        found: `"${data.framework.id}"`,
      });
    checkOrganisation(file, 'framework → organisation', data.framework.organisation);
    checkCitation(file, 'framework → source', data.framework.source);
    data.kpis.forEach((kpi, i) => {
      const at = `kpis → ${i + 1} (${kpi.id})`;
      const earlier = seen.get(kpi.id);
      if (earlier)
        problems.push({
          file,
          field: `${at} → id`,
          expected: 'an id used by one KPI only',
          found: `"${kpi.id}", also used in ${earlier}`,
        });
      seen.set(kpi.id, file);
      checkCitation(file, `${at} → source`, kpi.source);
      checkCitation(file, `${at} → polaritySource`, kpi.polaritySource);
      if (kpi.target) checkCitation(file, `${at} → target → source`, kpi.target.source);
      if (kpi.tolerance) checkCitation(file, `${at} → tolerance → source`, kpi.tolerance.source);
      const percent = (field: string, value: number | null) => {
        if (kpi.unit === 'percent' && value !== null && (value < 0 || value > 100))
          problems.push({
            file,
            field,
            expected: 'a percentage from 0 to 100, because the unit is percent',
            found: String(value),
          });
      };
      if (kpi.target) percent(`${at} → target → value`, kpi.target.value);
      const periods = new Set<string>();
      kpi.observations.forEach((o, j) => {
        percent(`${at} → observations → ${j + 1} → value`, o.value);
        checkCitation(file, `${at} → observations → ${j + 1} → source`, o.source);
        const key = `${o.period} (${o.basis})`;
        if (periods.has(key))
          problems.push({
            file,
            field: `${at} → observations → ${j + 1} → period`,
            expected: 'one figure per period',
            found: `a second figure for ${key}`,
          });
        periods.add(key);
      });
      kpi.benchmarks.forEach((b, j) => {
        percent(`${at} → benchmarks → ${j + 1} → value`, b.value);
        checkCitation(file, `${at} → benchmarks → ${j + 1} → source`, b.source);
      });
    });
  }

  checkCustomCharts(site, c);
}

/** Charts of other figures: the file's name, the organisation, the sources, and a spec Vega-Lite accepts that uses only the chart's columns. */
function checkCustomCharts(site: SiteContent, c: CheckContext): void {
  const { problems, organisation: checkOrganisation } = c;
  for (const { file, data } of site.charts) {
    checkIdIsFileName(c, file, 'id', data.id);
    checkOrganisation(file, 'organisation', data.organisation);
    checkCitationsIn(c, file, data);
    const fields = new Set([...data.columns.map((c) => c.field), ...fieldsMadeIn(data.spec)]);
    for (const field of new Set(fieldsIn(data.spec)))
      if (!fields.has(field))
        problems.push({
          file,
          field: 'spec',
          expected: `fields that are columns of the chart (${[...fields].join(', ')})`,
          found: `"${field}"`,
        });
    const problem = vegaLiteProblem(customChartSpec(data));
    if (problem)
      problems.push({
        file,
        field: 'spec',
        expected: 'a Vega-Lite spec that Vega-Lite accepts',
        found: problem,
      });
  }
}

/** A check of a KPI's id named by other content (a plan's measures, a chart in a body). */
export function kpiReferences(site: SiteContent, c: CheckContext) {
  const kpiIds = new Set(site.kpiFrameworks.flatMap((f) => f.data.kpis.map((k) => k.id)));
  return (field: string, file: string, id: string) => {
    if (!kpiIds.has(id))
      c.problems.push({
        file,
        field,
        expected: 'the id of a KPI in data/kpis/',
        found: `"${id}", which is not one (known: ${[...kpiIds].slice(0, 8).join(', ')}${kpiIds.size > 8 ? ', …' : ''})`,
      });
  };
}

/** Every <Chart> in an MDX body names a KPI or a chart in data/charts/ that exists. */
export function checkEmbeddedCharts(site: SiteContent, c: CheckContext, file: string, body: string): void {
  const knownKpis = kpiReferences(site, c);
  const charts = new Set(site.charts.map((chart) => chart.data.id));
  for (const { kind, id } of chartReferences(body)) {
    if (kind === 'kpi') knownKpis('a <Chart> in the body', file, id);
    else if (!charts.has(id))
      c.problems.push({
        file,
        field: 'a <Chart> in the body',
        expected: 'the id of a chart in data/charts/',
        found: `"${id}", which is not one (known: ${[...charts].join(', ') || 'none'})`,
      });
  }
}
