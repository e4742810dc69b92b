/** Inspections and the grading scales they use: where the files are, their checks and their pages. */
import type { ContentType } from '../content-type.ts';
import { hasSection } from '../../site/navigation.ts';
import { areasCsv, areasJson, judgementsCsv, judgementsJson } from './downloads.ts';
import { plural } from '../../shared/numbers.ts';
import { addedTo, byId } from '../../shared/indexes.ts';
import { gradingScalesSchema, type GradingScale } from './grading-scale-schema.ts';
import { inspectionSchema } from './schema.ts';
import { checkInspections } from './checks.ts';
import { inspectionPublications } from './publish.ts';

export const inspections: ContentType = {
  name: 'inspections',
  files: [
    {
      key: 'scales',
      kind: 'data-file',
      name: 'grading-scales.json',
      schema: gradingScalesSchema,
      empty: [],
      national: (lantern: GradingScale[], own: GradingScale[]) => addedTo(lantern, own, byId),
    },
    { key: 'inspections', kind: 'entries', name: 'inspections', schema: inspectionSchema },
  ],
  check: checkInspections,
  publications: inspectionPublications,
  datasets: (site) =>
    !hasSection(site, 'inspections')
      ? []
      : [
          { id: 'judgements', csv: () => judgementsCsv(site), json: () => judgementsJson(site) },
          ...(site.inspections.some((i) => i.data.areasForImprovement.length > 0)
            ? [{ id: 'areas-for-improvement', csv: () => areasCsv(site), json: () => areasJson(site) }]
            : []),
        ],
  counts: (site) => [
    plural(site.scales.length, 'grading scale'),
    plural(site.inspections.length, 'inspection'),
  ],
};
