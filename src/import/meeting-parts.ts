/**
 * The parts of a draft meeting, and reading what minutes and summaries of decisions say in words:
 * times, councillors' names, outcomes, votes, exempt appendices, the body named in a heading, and
 * where a part of the document is. Shared by minutes.ts and decision-notice.ts. Pure.
 */
import type { Body } from '../content-types/members/body-schema.ts';
import type { Member } from '../content-types/members/schema.ts';
import type { Outcome } from '../content-types/meetings/schema.ts';
import { gap } from '../shared/gaps.ts';
import { plainLine, type DocumentLine } from './document.ts';

export interface MinutesContext {
  sourceId: string;
  bodies: readonly Body[];
  members: Member[];
}

export interface DraftMotion {
  number?: number;
  proposer: string;
  seconder?: string;
  summary: string;
  amendments: {
    mover: string;
    seconder?: string;
    summary: string;
    acceptedByProposer?: boolean;
    source: string;
  }[];
  procedural: {
    summary: string;
    referTo?: string;
    mover: string;
    seconder?: string;
    outcome: Outcome;
    source: string;
  }[];
  vote: DraftVote;
}

export interface DraftVote {
  method: string;
  for?: number;
  against?: number;
  abstentions?: number;
  source?: string;
}

/**
 * The vote on a motion as the minutes give it: the counts where they give them ("32 for, 20 against and
 * 3 abstentions", or "For: 32" and so on), how it was taken where they say; otherwise "not recorded".
 * Never a count the minutes do not give.
 */
export function voteIn(lines: DocumentLine[], sourceId: string): DraftVote {
  const text = lines.map((l) => l.text).join('\n');
  const recorded = /recorded vote/i.test(text);
  const inLine =
    /(\d+)\s+(?:votes?\s+|members\s+|councillors\s+)?(?:voted\s+)?for,?\s+(?:and\s+)?(\d+)\s+(?:voted\s+)?against(?:,?\s+(?:and\s+|with\s+)?(\d+)\s+abstentions?)?/i;
  const labelled = (word: string) =>
    lines.find((l) => new RegExp(`^\\W*${word}\\W*[:\\s]\\s*(\\d+)\\b`, 'i').test(l.text));
  const countLine = lines.find((l) => inLine.test(l.text));
  let counts: { for?: number; against?: number; abstentions?: number; at: DocumentLine[] } | undefined;
  if (countLine) {
    const m = inLine.exec(countLine.text)!;
    counts = {
      for: Number(m[1]),
      against: Number(m[2]),
      ...(m[3] ? { abstentions: Number(m[3]) } : {}),
      at: [countLine],
    };
  } else {
    const [f, a, ab] = [labelled('for'), labelled('against'), labelled('abstain(?:ed|ing|tions?)?')];
    const number = (line: DocumentLine | undefined) =>
      line ? Number(/(\d+)/.exec(line.text.replace(/^\D*/, ''))![1]) : undefined;
    if (f && a)
      counts = {
        for: number(f),
        against: number(a),
        ...(ab ? { abstentions: number(ab) } : {}),
        at: [f, a, ...(ab ? [ab] : [])],
      };
  }
  if (!counts)
    return {
      method: recorded ? 'recorded vote' : /show of hands/i.test(text) ? 'show of hands' : 'not recorded',
    };
  const { at, ...numbers } = counts;
  return {
    method: recorded
      ? 'recorded vote'
      : /show of hands/i.test(text)
        ? 'show of hands'
        : gap(
            'how the vote was taken: "show of hands" or "recorded vote" (the minutes give counts but not which)',
          ),
    ...numbers,
    source: `${sourceId} ${[...new Set(at.map((l) => l.place))].join(', ')}`,
  };
}

export interface DraftItem {
  id: string;
  minute?: number;
  agendaItem?: string;
  title: string;
  kind: string;
  summary: string;
  presenter?: string;
  seconder?: string;
  resolution: { label?: string; text: string }[];
  outcome: string;
  declarations?: { member: string; interest: string }[];
  exempt?: { title: string; reason: string; paragraph?: number }[];
  motion?: DraftMotion;
  source: string;
}

export interface MeetingDraft {
  data: {
    body: string;
    date: string;
    start?: string;
    end?: string;
    endNote?: string;
    venue: string;
    status: 'held';
    summary: string;
    decisionNotice?: {
      published: string;
      callInDeadline: string;
      earliestImplementation: string;
      notSubjectToCallIn: string;
      source: string;
    };
    attendance?: {
      present: string[];
      apologies: string[];
      substitutes: { member: string; for: string }[];
      alsoPresent: string[];
      source: string;
    };
    officers: { name?: string; role: string }[];
    publicParticipation?: {
      petitions: number | string;
      speakers: number | string;
      subjects: string[];
      source: string;
    };
    items: DraftItem[];
    source: string;
  };
  /** Names in the minutes that lead to no one member, for the author. */
  unresolved: string[];
}

/** "5.00 pm" → "17:00". */
export function clockOf(text: string): string | undefined {
  const match = /(\d{1,2})(?:[.:](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)/i.exec(text);
  if (!match) return undefined;
  let hour = Number(match[1]);
  const pm = match[3]!.toLowerCase().startsWith('p');
  if (hour === 12) hour = pm ? 12 : 0;
  else if (pm) hour += 12;
  return hour < 24 ? `${String(hour).padStart(2, '0')}:${match[2] ?? '00'}` : undefined;
}

/** A councillor's name as the minutes print it, without "Councillor" or the role after it: "Councillor John Shephard (Chairman)" → "John Shephard". */
export function councillorName(text: string): string {
  return plainLine(text)
    .replace(/^(councillors?|cllrs?\.?)\s+/i, '')
    .replace(/\s*\([^)]*\)\s*$/, '')
    .replace(/[.,;:]$/, '')
    .trim();
}

/** The outcome the minutes' words give, or undefined. */
export function outcomeOf(text: string): Outcome | undefined {
  const lower = text.toLowerCase();
  if (/proposal to refer .* was carried|motion (?:was|be) referred/.test(lower)) return 'referred';
  if (/motion as amended was carried|carried as amended/.test(lower)) return 'carried-as-amended';
  if (/(?:motion|proposal|amendment)[^.]* was lost|motion (?:was )?(?:fell|defeated)/.test(lower))
    return 'lost';
  if (/(?:motion|proposal)[^.]* was carried/.test(lower)) return 'carried';
  if (/was withdrawn|withdrawn from the agenda/.test(lower)) return 'withdrawn';
  if (/\bdeferred\b/.test(lower)) return 'deferred';
  if (/be adopted|\badopted\b/.test(lower)) return 'adopted';
  if (/recommend(?:ed|s)?\b[^.]{0,80}\bto (?:full )?council/.test(lower)) return 'recommended-to-council';
  if (/\bapproved?\b|\baccepted\b/.test(lower)) return 'approved';
  if (/\bagreed\b/.test(lower)) return 'agreed';
  if (/\bnoted\b/.test(lower)) return 'noted';
  return undefined;
}

export function place(sourceId: string, lines: DocumentLine[], from: number, to: number): string {
  const [a, b] = [lines[from]!, lines[to]!];
  if (a.place === b.place) return `${sourceId} ${a.place}`;
  if (a.place.startsWith('L') && b.place.startsWith('L')) return `${sourceId} ${a.place}-${b.place.slice(1)}`;
  return `${sourceId} ${a.place}, ${b.place}`;
}

/** A body named in a heading: the one whose name (or short name) is the longest found there, if only one is. */
export function bodyNamed(text: string, bodies: readonly Body[]): string {
  const found = bodies
    .flatMap((b) => [b.name, b.shortName].filter((n): n is string => Boolean(n)).map((name) => ({ b, name })))
    .filter(({ name }) => new RegExp(`\\b${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i').test(text))
    .sort((x, y) => y.name.length - x.name.length);
  const ids = [...new Set(found.map(({ b }) => b.id))];
  return found.length > 0 && found.filter(({ name }) => name.length === found[0]!.name.length).length === 1
    ? found[0]!.b.id
    : gap(`the body that met, an id in data/bodies.json${ids.length ? `: one of ${ids.join(', ')}` : ''}`);
}

/** Plain words for the paragraphs of Schedule 12A to the Local Government Act 1972. */
const exemptParagraphs: Record<number, string> = {
  1: 'information about a particular person',
  2: 'information that could identify a particular person',
  3: 'information about the financial or business affairs of any particular person, the council included',
  4: 'information about consultations or negotiations on labour relations',
  5: 'information covered by legal professional privilege',
  6: 'information about notices, orders or directions the council intends to give or make',
  7: 'information about preventing, investigating or prosecuting crime',
};

/**
 * The exempt appendices an item names ("exempt Appendix A"): their titles, and the reason only as the
 * document gives it (a paragraph of Schedule 12A); never what they say.
 */
export function exemptIn(
  text: string,
  title: string,
): { title: string; reason: string; paragraph?: number }[] {
  const appendices = [
    ...new Set(
      [...text.matchAll(/exempt appendi(?:x|ces) ([A-Z0-9]+)\b|appendix ([A-Z0-9]+) \(?exempt\)?/gi)].map(
        (m) => (m[1] ?? m[2])!.toUpperCase(),
      ),
    ),
  ];
  const paragraph = /paragraph (\d) of (?:part 1 of )?schedule 12a/i.exec(text)?.[1];
  return appendices.map((appendix) => ({
    title: `Appendix ${appendix}: ${title}`,
    reason: paragraph
      ? (exemptParagraphs[Number(paragraph)] ?? gap('why it is exempt, in plain words'))
      : gap('why it is exempt, as the document gives it; where it gives none, say so'),
    ...(paragraph ? { paragraph: Number(paragraph) } : {}),
  }));
}
