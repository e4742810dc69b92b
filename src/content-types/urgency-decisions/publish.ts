import type { SiteContent } from '../../site/content.ts';
import { urn, type Publication } from '../../publish/publication.ts';
import { withoutCitations } from '../../shared/citations.ts';
import { organisationName } from '../organisations/model.ts';
import { topicName, urgencyUrl } from '../meetings/model.ts';
import { member } from '../members/model.ts';

/** An urgency decision is a decision in search and in the decisions feed. */
export function urgencyDecisionPublications(site: SiteContent): Publication[] {
  return site.urgencyDecisions.map(({ slug, data }): Publication => ({
    kind: 'Decision',
    title: data.title,
    url: urgencyUrl(slug),
    summary: withoutCitations(data.decision),
    date: data.date,
    organisation: organisationName(site.organisations, member(site, data.decisionMaker).organisation),
    body: 'Urgency decision',
    outcome: 'Approved',
    members: [...new Set([member(site, data.decisionMaker).name, member(site, data.consent.member).name])],
    topics: data.topics.map((id) => topicName(site, id)),
    id: urn('decision', `urgency/${slug}`),
  }));
}
