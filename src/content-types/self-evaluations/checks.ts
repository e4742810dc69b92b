/** Self-evaluations: what every written document is checked for, and the inspection they start from exists. */
import type { CheckContext } from '../checking.ts';
import type { SiteContent } from '../../site/content.ts';
import { checkWrittenDocument } from '../plans/checks.ts';

export function checkSelfEvaluations(site: SiteContent, c: CheckContext): void {
  for (const entry of site.selfEvaluations) checkWrittenDocument(site, c, entry);
  for (const { file, data } of site.selfEvaluations)
    if (
      data.baselineInspection &&
      !site.inspections.some((i) => i.slug === data.baselineInspection) &&
      !c.invalid.has(`inspections/${data.baselineInspection}`)
    )
      c.problems.push({
        file,
        field: 'baselineInspection',
        expected: 'the file name of an inspection in content/inspections/',
        found: `"${data.baselineInspection}"`,
      });
}
