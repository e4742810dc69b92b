/** Meetings: every name leads to one member, every reference to a body, topic, document or urgency decision that exists. */
import type { CheckContext } from '../checking.ts';
import { checkIdsOnce } from '../checking.ts';
import type { SiteContent } from '../../site/content.ts';
import { memberReferences } from '../members/checks.ts';

/** A check of a list of topic ids. */
export function topicReferences(site: SiteContent, c: CheckContext) {
  const topics = new Set(site.topics.map((t) => t.id));
  return (file: string, field: string, ids: string[]) =>
    ids.forEach((id, i) => {
      if (!topics.has(id))
        c.problems.push({
          file,
          field: `${field} → ${i + 1}`,
          expected: `a topic id in ${c.dataFile('topics.json')} (${[...topics].join(', ')})`,
          found: `"${id}"`,
        });
    });
}

export function checkMeetings(site: SiteContent, c: CheckContext): void {
  const { problems, dataFile, invalid, citation: checkCitation } = c;
  const { member: checkMember, body: checkBody } = memberReferences(site, c);
  const checkTopics = topicReferences(site, c);
  const urgency = new Set(site.urgencyDecisions.map((u) => u.slug));
  checkIdsOnce(c, 'topics.json', site.topics);
  for (const { file, data } of site.meetings) {
    checkBody(file, 'body', data.body);
    if (!site.sources.some((s) => s.id === data.source))
      problems.push({
        file,
        field: 'source',
        expected: `a document id in ${dataFile('sources.json')}`,
        found: `"${data.source}"`,
      });
    if (data.decisionNotice) checkCitation(file, 'decisionNotice → source', data.decisionNotice.source);
    if (data.attendance) {
      checkCitation(file, 'attendance → source', data.attendance.source);
      for (const list of ['present', 'apologies', 'alsoPresent'] as const)
        data.attendance[list].forEach((name, i) =>
          checkMember(file, `attendance → ${list} → ${i + 1}`, name),
        );
      data.attendance.substitutes.forEach((s, i) => {
        checkMember(file, `attendance → substitutes → ${i + 1} → member`, s.member);
        checkMember(file, `attendance → substitutes → ${i + 1} → for`, s.for);
      });
    }
    if (data.publicParticipation)
      checkCitation(file, 'publicParticipation → source', data.publicParticipation.source);
    data.items.forEach((item, i) => {
      const at = `items → ${i + 1} (${item.id})`;
      checkCitation(file, `${at} → source`, item.source);
      checkMember(file, `${at} → presenter`, item.presenter);
      checkMember(file, `${at} → seconder`, item.seconder);
      item.declarations.forEach((d, j) =>
        checkMember(file, `${at} → declarations → ${j + 1} → member`, d.member),
      );
      checkTopics(file, `${at} → topics`, item.topics);
      item.urgencyDecisions.forEach((id, j) => {
        if (!urgency.has(id) && !invalid.has(`urgency-decisions/${id}`))
          problems.push({
            file,
            field: `${at} → urgencyDecisions → ${j + 1}`,
            expected: 'the file name of an urgency decision in content/urgency-decisions/',
            found: `"${id}"`,
          });
      });
      if (item.motion) {
        const m = item.motion;
        checkMember(file, `${at} → motion → proposer`, m.proposer);
        checkMember(file, `${at} → motion → seconder`, m.seconder);
        m.amendments.forEach((a, j) => {
          checkMember(file, `${at} → motion → amendments → ${j + 1} → mover`, a.mover);
          checkMember(file, `${at} → motion → amendments → ${j + 1} → seconder`, a.seconder);
          checkCitation(file, `${at} → motion → amendments → ${j + 1} → source`, a.source);
        });
        m.procedural.forEach((p, j) => {
          checkMember(file, `${at} → motion → procedural → ${j + 1} → mover`, p.mover);
          checkMember(file, `${at} → motion → procedural → ${j + 1} → seconder`, p.seconder);
          checkBody(file, `${at} → motion → procedural → ${j + 1} → referTo`, p.referTo);
          checkCitation(file, `${at} → motion → procedural → ${j + 1} → source`, p.source);
        });
        checkCitation(file, `${at} → motion → vote → source`, m.vote.source);
        for (const side of ['for', 'against', 'abstained'] as const)
          m.vote.names?.[side].forEach((name, j) =>
            checkMember(file, `${at} → motion → vote → names → ${side} → ${j + 1}`, name),
          );
      }
    });
  }
}
