/** Meetings, and the decisions and motions taken at them, as pages a reader might look for. */
import type { SiteContent } from '../../site/content.ts';
import { urn, type Publication } from '../../publish/publication.ts';
import { withoutCitations } from '../../shared/citations.ts';
import { organisationName } from '../organisations/model.ts';
import {
  bodyOf,
  decisionKind,
  isDecision,
  itemUrl,
  meetingTitle,
  meetingUrl,
  outcomeInWords,
  topicName,
} from './model.ts';
import { member } from '../members/model.ts';

/** Every meeting, and every decision or motion of one. */
export function meetingPublications(site: SiteContent): Publication[] {
  return [...meetings(site), ...decisions(site)];
}

function meetings(site: SiteContent): Publication[] {
  return site.meetings.map(({ slug, data }) => ({
    kind: 'Meeting',
    title: meetingTitle(site, data),
    url: meetingUrl(slug),
    summary: `${data.status === 'scheduled' ? 'Scheduled. ' : data.status === 'cancelled' ? 'Cancelled. ' : ''}${withoutCitations(data.summary)}`,
    date: data.date,
    organisation: organisationName(site.organisations, bodyOf(site, data.body).organisation),
    body: bodyOf(site, data.body).shortName,
    members: [],
    topics: [],
    id: urn('meeting', slug),
    event: { start: data.start, end: data.end, venue: data.venue, status: data.status },
  }));
}

function decisions(site: SiteContent): Publication[] {
  const fromMeetings = site.meetings.flatMap(({ slug, data }) => {
    const body = bodyOf(site, data.body);
    return data.items.filter(isDecision).map((item): Publication => {
      const people = [
        item.presenter,
        item.seconder,
        item.motion?.proposer,
        item.motion?.seconder,
        ...(item.motion?.amendments.flatMap((a) => [a.mover, a.seconder]) ?? []),
      ]
        .filter((name): name is string => Boolean(name))
        .map((name) => member(site, name).name);
      return {
        kind: decisionKind(item) === 'motion' ? 'Motion' : 'Decision',
        title: item.title,
        url: itemUrl(slug, item.id),
        summary: withoutCitations(item.summary ?? item.motion?.summary ?? ''),
        date: data.date,
        organisation: organisationName(site.organisations, body.organisation),
        body: body.shortName,
        outcome: outcomeInWords(item.outcome),
        members: [...new Set(people)],
        topics: item.topics.map((id) => topicName(site, id)),
        id: urn('decision', `${slug}/${item.id}`),
      };
    });
  });
  return fromMeetings;
}
