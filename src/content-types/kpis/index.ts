/** Performance measures (KPIs) and charts of other figures: where the files are, their checks and their pages. */
import type { ContentType } from '../content-type.ts';
import { kpisCsv } from './downloads.ts';
import { plural } from '../../shared/numbers.ts';
import { kpiFrameworkSchema } from './schema.ts';
import { customChartSchema } from './chart-schema.ts';
import { checkKpis } from './checks.ts';
import { kpiPublications } from './publish.ts';

export const kpis: ContentType = {
  name: 'kpis',
  files: [
    { key: 'kpiFrameworks', kind: 'data-folder', name: 'kpis', schema: kpiFrameworkSchema },
    { key: 'charts', kind: 'data-folder', name: 'charts', schema: customChartSchema },
  ],
  check: checkKpis,
  publications: kpiPublications,
  datasets: (site) =>
    site.kpiFrameworks.map(({ file, data }) => ({
      id: data.framework.id,
      csv: () => kpisCsv(data.kpis),
      // The framework as Lantern holds it: definitions, figures, benchmarks, sources.
      json: () => `${JSON.stringify(data, null, 2)}\n`,
      from: { file, field: 'framework → id' },
    })),
  counts: (site) => [
    `${plural(
      site.kpiFrameworks.reduce((n, f) => n + f.data.kpis.length, 0),
      'KPI',
    )} in ${plural(site.kpiFrameworks.length, 'framework')}`,
    plural(site.charts.length, 'other chart'),
  ],
};
