/**
 * A draft meeting from a summary of the decisions an executive took ("Summary of the decisions taken at
 * the meeting of the Cabinet held on …"): the call-in dates, and each agenda item with what was
 * resolved, its outcome and its exempt appendices. Pure.
 */
import { gap } from '../shared/gaps.ts';
import { findDate } from '../shared/dates.ts';
import { plainLine, type DocumentLine } from './document.ts';
import {
  bodyNamed,
  exemptIn,
  outcomeOf,
  place,
  type DraftItem,
  type MeetingDraft,
  type MinutesContext,
} from './meeting-parts.ts';

/**
 * A summary of the decisions an executive took ("Summary of the decisions taken at the meeting of the
 * Cabinet held on …"): the call-in dates, and each agenda item with what was resolved.
 */
export function draftNotice(lines: DocumentLine[], at: number, context: MinutesContext): MeetingDraft {
  const { sourceId } = context;
  const heading = [plainLine(lines[at]!.text), plainLine(lines[at + 1]?.text ?? '')].join(' ');
  const field = (pattern: RegExp) => {
    const line = lines.slice(at, at + 12).find((l) => pattern.test(l.text));
    return line && { line, value: line.text.slice(line.text.indexOf(':') + 1).trim() };
  };
  const published = field(/date of publication/i);
  const deadline = field(/deadline for (?:requests for )?call[- ]in/i);
  const earliest = field(/earliest date for implementation/i);
  const urgent = field(/not subject to the call[- ]in/i);
  const noticeLines = [published, deadline, earliest, urgent]
    .filter((f) => f !== undefined)
    .map((f) => f.line);
  const dateOr = (f: typeof published, what: string) => (f && findDate(f.value)) ?? gap(what);
  // The items: "Agenda Item 8 Northamptonshire Youth Justice Plan", each up to the next.
  const starts = lines
    .map((line, i) => ({
      i,
      match: /agenda item (\d+(?:\.\d+)?[a-z]?)\b\s*(.*?)(?:<\/p>|\t|$)/i.exec(line.text),
    }))
    .filter((s) => s.i > at && s.match);
  const items: DraftItem[] = starts.map(({ i, match }, k) => {
    let last = (starts[k + 1]?.i ?? lines.length) - 1;
    while (last > i && !lines[last]!.text) last--;
    const text = lines
      .slice(i, last + 1)
      .map((l) => l.text.replace(/<[^>]*>/g, ' '))
      .join('\n');
    const resolved =
      /resolved:?([\s\S]*?)(?:reasons? resolved|alternative (?:options|actions)|$)/i.exec(text)?.[1] ?? '';
    // A title the PDF put on the line after "Agenda Item 13".
    const title =
      plainLine(match![2]!) ||
      plainLine(lines.slice(i + 1).find((l) => l.text)?.text ?? '') ||
      gap('the item’s title');
    const outcome =
      outcomeOf(resolved) ??
      gap(
        'the outcome: one of agreed, approved, adopted, noted, recommended-to-council, deferred, withdrawn',
      );
    return {
      id: `item-${match![1]!.toLowerCase().replace('.', '-')}`,
      agendaItem: match![1]!,
      title,
      kind: /^minutes$/i.test(title) ? 'minutes' : outcome === 'noted' ? 'report' : 'decision',
      summary: gap('what the item was about and what was decided, in your own words'),
      resolution: resolved.trim()
        ? [{ text: gap(`what was resolved, in your own words: “${plainLine(resolved).slice(0, 400)}”`) }]
        : [],
      outcome,
      ...(exemptIn(text, title).length > 0 ? { exempt: exemptIn(text, title) } : {}),
      source: place(sourceId, lines, i, last),
    };
  });
  return {
    unresolved: [],
    data: {
      body: bodyNamed(heading, context.bodies),
      date: findDate(heading) ?? gap('the date of the meeting (2024-03-14)'),
      venue: gap('where the meeting was held (a summary of decisions does not say)'),
      status: 'held',
      summary: gap('one or two sentences: what the meeting did, in your own words'),
      decisionNotice: {
        published: dateOr(published, 'when the summary was published'),
        callInDeadline: dateOr(deadline, 'the deadline for call-in'),
        earliestImplementation: dateOr(earliest, 'the earliest date the decisions can be carried out'),
        notSubjectToCallIn:
          urgent?.value || gap('what the summary says of urgent decisions not subject to call-in'),
        source:
          noticeLines.length > 0
            ? place(sourceId, lines, lines.indexOf(noticeLines[0]!), lines.indexOf(noticeLines.at(-1)!))
            : gap('the lines that give the call-in dates'),
      },
      officers: [],
      items,
      source: sourceId,
    },
  };
}
