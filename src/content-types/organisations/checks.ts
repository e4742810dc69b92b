/** Organisations and source documents: ids used once, relations to known organisations, sensible dates. */
import type { CheckContext } from '../checking.ts';
import { checkIdsOnce } from '../checking.ts';
import type { SiteContent } from '../../site/content.ts';

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
