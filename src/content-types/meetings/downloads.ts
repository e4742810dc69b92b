/** Every decision and motion as the catalogue's decisions dataset (/data/decisions.csv and .json). Exempt items are never read here, so an author's confidential notes cannot reach a download. */
import type { SiteContent } from '../../site/content.ts';
import { list, toCsv, toJson, type Cell } from '../../publish/catalogue.ts';
import { allDecisions, meetingUrl, outcomeInWords } from './model.ts';
import { withoutCitations } from '../../shared/citations.ts';

/** What each column of decisions.csv means. */
export const decisionColumns = {
  key: "The decision's id on this site: the meeting's file name and the item's id (wnc-cabinet-2023-10-10/item-5), or urgency/ and the file name for an urgency decision",
  title: 'The item or decision as the record titles it',
  date: 'The day of the meeting, or the day the urgency decision was taken (YYYY-MM-DD)',
  body: 'The id of the body that took it, such as wnc-cabinet; urgency for a decision taken by one member under the urgency procedure',
  body_name: 'The body\'s short name, such as Cabinet; "Urgency decision" for an urgency decision',
  kind: 'decision; motion (including opposition priority business); or urgency decision',
  meeting_status:
    'held; scheduled (the meeting, and so the decision, is still to come); cancelled; or taken, for an urgency decision',
  where_taken: 'Where it was taken, in words: the meeting and the minute or agenda item',
  outcome:
    'The outcome in words, such as Approved, Carried as amended, Lost, Referred, or Pending: not yet decided',
  outcome_note: "What a reader must know about the outcome, in this site's words; otherwise empty",
  topics: 'The topics it is filed under, by name, separated by "; "; empty when it has none',
  vote_method:
    'For a motion, how the vote was taken as the minutes record it: not recorded, show of hands, recorded vote, without a vote, or not yet held. Empty for other decisions and urgency decisions, for which this site records no vote',
  votes_for:
    'Votes for the motion, only when the minutes give the count; empty when they do not (never a guessed 0)',
  votes_against: 'Votes against the motion, only when the minutes give the count; empty when they do not',
  abstentions: 'Abstentions, only when the minutes give the count; empty when they do not',
  vote_source: 'The document and lines the vote counts come from; empty when there are no counts',
  summary:
    "What it was about, in this site's own words (citations taken out; the source column says where the record stands)",
  url: "The decision's page on this site",
  meeting_url:
    'The page of the meeting it was taken at; empty for an urgency decision, which is taken outside a meeting',
  source: 'The document and lines where the record of the decision stands (see Sources)',
} as const;
export type DecisionColumn = keyof typeof decisionColumns;

const decisionKinds = { decision: 'decision', motion: 'motion', urgency: 'urgency decision' } as const;

/** One row per decision and motion, including urgency decisions, newest first (the decision register's order). */
export function decisionRows(site: SiteContent): Record<DecisionColumn, Cell>[] {
  const topicName = (id: string) => site.topics.find((t) => t.id === id)?.name ?? id;
  return allDecisions(site).map((decision) => {
    const [prefix, id] = decision.key.split('/') as [string, string];
    const common = {
      key: decision.key,
      title: decision.title,
      date: decision.date,
      body: decision.body,
      body_name: decision.bodyName,
      kind: decisionKinds[decision.kind],
      meeting_status: decision.meetingStatus,
      where_taken: decision.where,
      outcome: outcomeInWords(decision.outcome),
      topics: list(decision.topics.map(topicName)),
      summary: withoutCitations(decision.summary) || null,
      url: decision.url,
    };
    if (decision.kind === 'urgency') {
      const urgent = site.urgencyDecisions.find((u) => u.slug === id)!.data;
      return {
        ...common,
        outcome_note: null,
        vote_method: null,
        votes_for: null,
        votes_against: null,
        abstentions: null,
        vote_source: null,
        meeting_url: null,
        source: urgent.source,
      };
    }
    const item = site.meetings.find((m) => m.slug === prefix)!.data.items.find((i) => i.id === id)!;
    const vote = item.motion?.vote;
    return {
      ...common,
      outcome_note: item.outcomeNote ?? null,
      vote_method: vote?.method ?? null,
      votes_for: vote?.for ?? null,
      votes_against: vote?.against ?? null,
      abstentions: vote?.abstentions ?? null,
      vote_source: vote?.source ?? null,
      meeting_url: meetingUrl(prefix),
      source: item.source,
    };
  });
}

export const decisionsCsv = (site: SiteContent): string => toCsv(decisionColumns, decisionRows(site));
export const decisionsJson = (site: SiteContent): string =>
  toJson('decisions', 'Decisions and motions', decisionColumns, decisionRows(site));
