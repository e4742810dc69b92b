/** Urgency decisions: the decision maker and the consenting chair are members, and the meeting it was reported to exists. */
import type { CheckContext } from '../checking.ts';
import type { SiteContent } from '../../site/content.ts';
import { memberReferences } from '../members/checks.ts';
import { topicReferences } from '../meetings/checks.ts';

export function checkUrgencyDecisions(site: SiteContent, c: CheckContext): void {
  const { problems, invalid, citation: checkCitation } = c;
  const { member: checkMember } = memberReferences(site, c);
  const checkTopics = topicReferences(site, c);
  const meetings = new Map(site.meetings.map((m) => [m.slug, m]));
  for (const { file, data } of site.urgencyDecisions) {
    checkCitation(file, 'source', data.source);
    checkMember(file, 'decisionMaker', data.decisionMaker);
    checkMember(file, 'consent → member', data.consent.member);
    data.declarations.forEach((d, j) => checkMember(file, `declarations → ${j + 1} → member`, d.member));
    checkTopics(file, 'topics', data.topics);
    data.reportedTo.forEach((r, j) => {
      const meeting = meetings.get(r.meeting);
      if (!meeting) {
        if (!invalid.has(`meetings/${r.meeting}`))
          problems.push({
            file,
            field: `reportedTo → ${j + 1} → meeting`,
            expected: 'the file name of a meeting in content/meetings/',
            found: `"${r.meeting}"`,
          });
      } else if (!meeting.data.items.some((item) => item.id === r.item))
        problems.push({
          file,
          field: `reportedTo → ${j + 1} → item`,
          expected: `the id of an item of ${meeting.file} (${meeting.data.items.map((item) => item.id).join(', ')})`,
          found: `"${r.item}"`,
        });
    });
  }
}
