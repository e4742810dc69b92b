/**
 * A draft meeting from its minutes: the body, date, times and venue, who attended (each name resolved
 * against the site's members by the rules the content check uses; a name that matches nobody or
 * several is left as a gap, never guessed), officers (senior ones by name, other staff by role only),
 * public participation (how many spoke and on what, never who), and the numbered minutes in order,
 * with their kinds, presenters and seconders, motions (proposer, seconder, amendments, referrals, the
 * vote as the minutes give it), lettered resolutions and outcomes, each cited to its lines. What the
 * minutes say in words an author must put in their own is a gap quoting them. A summary of decisions
 * is read by decision-notice.ts. Pure.
 */
import { resolveMember } from '../content-types/members/names.ts';
import { gap } from '../shared/gaps.ts';
import { numberFromWord } from '../shared/numbers.ts';
import { findDate } from '../shared/dates.ts';
import { plainLine, type DocumentLine } from './document.ts';
import { draftNotice } from './decision-notice.ts';
import {
  bodyNamed,
  clockOf,
  councillorName,
  exemptIn,
  outcomeOf,
  place,
  voteIn,
  type DraftItem,
  type DraftMotion,
  type MeetingDraft,
  type MinutesContext,
} from './meeting-parts.ts';

export type { MeetingDraft, MinutesContext } from './meeting-parts.ts';

/** Senior officers are named (public office holders); other staff are given by role only. */
const seniorRole =
  /chief|director|head of|monitoring officer|section 151|s151|solicitor to the council|leader/i;

/** The kind of a minute, from its title. */
function kindOf(title: string): string {
  const t = title.toLowerCase();
  if (/^apologies/.test(t)) return 'apologies';
  if (/declarations? of interests?/.test(t)) return 'declarations';
  if (/^(confirmation of )?minutes/.test(t)) return 'minutes';
  if (/announcements/.test(t)) return 'announcements';
  if (/public participation|questions from the public|petitions/.test(t)) return 'public-participation';
  if (/opposition priority business/.test(t)) return 'opposition-priority-business';
  if (/^motions?\b/.test(t)) return 'motion';
  if (/urgent business/.test(t)) return 'urgent-business';
  if (/exclusion of (the )?press/.test(t)) return 'exclusion';
  if (/report|annual report/.test(t)) return 'report';
  return 'decision';
}

/** The numbered minutes: the longest run of headings numbered one after another ("138. Declarations…"). */
function minuteHeadings(lines: DocumentLine[]): { number: number; title: string; at: number }[] {
  const candidates = lines
    .map((line, at) => {
      const match = /^(\d{1,4})\.\s+(.{3,160})$/.exec(line.text);
      const title = match && plainLine(match[2]!);
      return match && title && /^[A-Z]/.test(title) ? { number: Number(match[1]), title, at } : undefined;
    })
    .filter((c): c is { number: number; title: string; at: number } => Boolean(c));
  let best: typeof candidates = [];
  for (const start of candidates) {
    const chain = [start];
    for (const next of candidates)
      if (next.at > chain.at(-1)!.at && next.number === chain.at(-1)!.number + 1) chain.push(next);
    if (chain.length > best.length) best = chain;
  }
  return best.length >= 2 ? best : [];
}

export function draftMeeting(lines: DocumentLine[], context: MinutesContext): MeetingDraft {
  const { sourceId } = context;
  const notice = lines.findIndex((l) => /summary of (?:the )?decisions taken/i.test(l.text));
  if (notice !== -1) return draftNotice(lines, notice, context);
  const unresolved: string[] = [];
  /** A name as the minutes print it, when it leads to one member; otherwise a gap. */
  const memberRef = (name: string): string => {
    const resolution = resolveMember(name, context.members);
    if ('member' in resolution) return name;
    unresolved.push(name);
    return gap(
      resolution.problem === 'ambiguous'
        ? `which member: the minutes say "${name}", which could be ${resolution.candidates.map((m) => m.name).join(' or ')}`
        : `a member in data/members.json: the minutes say "${name}", which matches none`,
    );
  };

  // The heading: "Minutes of a meeting of the Council held at <venue> on <date> at <time>."
  const headerAt = lines.findIndex((l) => /minutes of (?:a|the) (?:\w+ )?meeting/i.test(l.text));
  const header = headerAt === -1 ? '' : plainLine(lines[headerAt]!.text);
  const named = [
    header,
    ...lines.slice(Math.max(0, headerAt - 3), headerAt).map((l) => plainLine(l.text)),
  ].join(' ');
  const body = bodyNamed(named, context.bodies);
  const date = findDate(header) ?? gap('the date of the meeting (2024-03-14)');
  const venue = /held (?:at|in) (.+?) on /i.exec(header)?.[1] ?? gap('where the meeting was held');
  const start = clockOf(/ on .*? at (.+)$/i.exec(header)?.[1] ?? '');
  const closing = lines.find((l) => /meeting (?:closed|ended|finished)/i.test(l.text));
  const end = closing ? clockOf(closing.text) : undefined;

  // Attendance: the lists under "Present:", "Apologies for Absence:" and the like, up to the first minute.
  const minutes = minuteHeadings(lines);
  const firstMinute = minutes[0]?.at ?? lines.length;
  const lists = new Map<string, { names: string[]; last: number; first: number }>();
  let current: string | undefined;
  for (let i = headerAt + 1; i < firstMinute; i++) {
    const text = plainLine(lines[i]!.text);
    const heading =
      /^(present|apologies(?: for absence)?|substitute members?|substitutes|also present|officers?(?: present)?(?: in attendance)?)\s*:?\s*$/i.exec(
        text,
      );
    if (heading) {
      current = heading[1]!.toLowerCase();
      lists.set(current, { names: [], first: i, last: i });
      continue;
    }
    if (current && text) {
      lists.get(current)!.names.push(text);
      lists.get(current)!.last = i;
    }
  }
  const listOf = (prefix: string) => [...lists.entries()].find(([key]) => key.startsWith(prefix))?.[1];
  const present = listOf('present');
  const apologies = listOf('apologies');
  const alsoPresent = listOf('also present');
  const substitutes = listOf('substitute');
  const attendanceLists = [present, apologies, alsoPresent, substitutes].filter((l) => l !== undefined);
  const attendance =
    present || apologies
      ? {
          present: (present?.names ?? []).map((n) => memberRef(councillorName(n))),
          apologies: (apologies?.names ?? []).map((n) => memberRef(councillorName(n))),
          substitutes: (substitutes?.names ?? []).map((n) => ({
            member: memberRef(councillorName(n)),
            for: gap(`whom ${councillorName(n)} stood in for`),
          })),
          alsoPresent: (alsoPresent?.names ?? []).map((n) => memberRef(councillorName(n))),
          source: place(
            sourceId,
            lines,
            Math.min(...attendanceLists.map((l) => l.first)),
            Math.max(...attendanceLists.map((l) => l.last)),
          ),
        }
      : undefined;
  // "Name (Role)" or "Name, Role"; a line that cannot be split is a gap, so no junior officer's name slips into a role.
  const officers = (listOf('officer')?.names ?? []).map((line) => {
    const match = /^(.+?)\s*\((.+)\)\s*$/.exec(line) ?? /^(.+?)\s*(?:,|\s[–-]\s)\s*(.+)$/.exec(line);
    if (!match)
      return {
        role: gap(
          "an officer's role: the minutes give a line that is not a name and a role (it is not copied, in case it names someone who is not a senior officer)",
        ),
      };
    const [name, role] = [match[1]!, match[2]!];
    return seniorRole.test(role) ? { name, role } : { role };
  });

  // The minutes, one item each (a minute of motions, one item per motion).
  const items: DraftItem[] = [];
  let participation: MeetingDraft['data']['publicParticipation'];
  minutes.forEach((minute, m) => {
    const endAt = (minutes[m + 1]?.at ?? (closing ? lines.indexOf(closing) : lines.length)) - 1;
    let last = endAt;
    while (last > minute.at && !lines[last]!.text) last--;
    const body = lines.slice(minute.at + 1, last + 1);
    const text = body.map((l) => l.text).join('\n');
    const kind = kindOf(minute.title);
    const base = { minute: minute.number, title: minute.title, kind };

    if (kind === 'public-participation') {
      // Counts only as the minutes give them: a number they do not give is a gap, never 0.
      const petitionWord = /no (?:requests to submit )?petitions/i.test(text)
        ? 'no'
        : /(\w+) petitions? (?:was|were) (?:received|presented|submitted)/i.exec(text)?.[1];
      const speakerWord = /(\w+) requests? to address/i.exec(text)?.[1];
      const subjects = body
        .map(
          (l) => /addressed .*? in relation to (.+?)(?: and commented| and said|[.,]|$)/i.exec(l.text)?.[1],
        )
        .filter((s): s is string => Boolean(s));
      participation = {
        petitions:
          (petitionWord && numberFromWord(petitionWord)) ??
          gap('how many petitions were presented, as a number'),
        speakers:
          (speakerWord && numberFromWord(speakerWord)) ??
          (subjects.length > 0 ? subjects.length : gap('how many members of the public spoke, as a number')),
        subjects: subjects.map((s) => gap(`what a speaker addressed, in your own words (never who): “${s}”`)),
        source: place(sourceId, lines, minute.at, last),
      };
    }

    // A minute of motions holds several, each under "Motion 1" and so on.
    const motionStarts =
      kind === 'motion'
        ? body.map((l, i) => (/^motion (\d+)\s*$/i.test(plainLine(l.text)) ? i : -1)).filter((i) => i >= 0)
        : [];
    const parts =
      motionStarts.length > 0
        ? motionStarts.map((at, k) => ({
            number: Number(/(\d+)/.exec(body[at]!.text)![1]),
            lines: body.slice(at, motionStarts[k + 1] ?? body.length),
          }))
        : [{ number: undefined as number | undefined, lines: body }];
    for (const part of parts) {
      const partText = part.lines.map((l) => l.text).join('\n');
      const from = lines.indexOf(part.lines[0] ?? lines[minute.at]!);
      let to = lines.indexOf(part.lines.at(-1) ?? lines[minute.at]!);
      while (to > from && !lines[to]!.text) to--;
      const item: DraftItem = {
        id: part.number === undefined ? `minute-${minute.number}` : `minute-${minute.number}-${part.number}`,
        ...base,
        summary: gap('what the item was about and what was decided, in your own words'),
        resolution: [],
        outcome: '',
        source: place(sourceId, lines, part.number === undefined ? minute.at : from, to),
      };
      const presented = /councillor ([\w' -]+?) presented (?:the|a) report/i.exec(partText);
      const seconded = /councillor ([\w' -]+?) seconded the report/i.exec(partText);
      if (presented) item.presenter = memberRef(presented[1]!);
      if (seconded) item.seconder = memberRef(seconded[1]!);
      // Declarations as the minutes give them: who, and the interest in words the author puts in their own.
      const declared = part.lines.flatMap((l) => {
        const match =
          /councillor ([\w' -]+?) declared (?:an? |their |his |her )?(.+?interest.*?)(?:\.|$)/i.exec(l.text);
        return match
          ? [
              {
                member: memberRef(match[1]!),
                interest: gap(`the interest as declared, in your own words: “${match[2]}”`),
              },
            ]
          : [];
      });
      if (declared.length > 0) item.declarations = declared;
      const exempt = exemptIn(partText, minute.title);
      if (exempt.length > 0) item.exempt = exempt;

      // A motion: "Councillor A proposed and Councillor B seconded:", its amendments and referrals.
      const proposedAt = part.lines.findIndex((l) =>
        /councillor .+ proposed and councillor .+ seconded:?\s*$/i.test(plainLine(l.text)),
      );
      if (proposedAt !== -1 || kind === 'motion' || kind === 'opposition-priority-business') {
        const who =
          proposedAt === -1
            ? undefined
            : /councillor (.+?) proposed and councillor (.+?) seconded/i.exec(part.lines[proposedAt]!.text);
        const motion: DraftMotion = {
          ...(part.number !== undefined ? { number: part.number } : {}),
          proposer: who ? memberRef(who[1]!) : gap('who proposed the motion'),
          ...(who ? { seconder: memberRef(who[2]!) } : {}),
          summary: gap('what the motion asked for, in your own words'),
          amendments: [],
          procedural: [],
          vote: voteIn(part.lines, sourceId),
        };
        part.lines.forEach((line, i) => {
          const amendment = /councillor (.+?) proposed and councillor (.+?) seconded the amendment/i.exec(
            line.text,
          );
          if (amendment) {
            const accepted = part.lines.slice(i).some((l) => /accepted the amendment/i.test(l.text));
            motion.amendments.push({
              mover: memberRef(amendment[1]!),
              seconder: memberRef(amendment[2]!),
              summary: gap('what the amendment changed, in your own words'),
              ...(accepted ? { acceptedByProposer: true } : {}),
              source: `${sourceId} ${line.place}`,
            });
          }
          const referral =
            /councillor (.+?) proposed and councillor (.+?) seconded that the motion be referred to (?:the )?(.+?)\.?$/i.exec(
              line.text,
            );
          if (referral) {
            const target = context.bodies.find((b) =>
              referral[3]!.toLowerCase().includes(b.name.toLowerCase()),
            );
            // Its outcome is cited where the minutes give it, with the proposal.
            const decided = part.lines
              .slice(i)
              .find((l) => /proposal to refer .* was (carried|lost)/i.test(l.text));
            const result = decided && /was (carried|lost)/i.exec(decided.text)![1]!.toLowerCase();
            motion.procedural.push({
              summary: `refer the motion to the ${plainLine(referral[3]!)}`,
              ...(target ? { referTo: target.id } : {}),
              mover: memberRef(referral[1]!),
              seconder: memberRef(referral[2]!),
              outcome: result === 'carried' ? 'carried' : result === 'lost' ? 'lost' : 'pending',
              source: `${sourceId} ${[line.place, ...(decided && decided.place !== line.place ? [decided.place] : [])].join(', ')}`,
            });
          }
        });
        if (kind === 'motion' || kind === 'opposition-priority-business') {
          item.kind = kind;
          item.motion = motion;
        }
      }

      // What was resolved: lettered or numbered parts after "RESOLVED", quoted for the author to put in their own words.
      const resolvedAt = part.lines.findIndex((l) => /^resolved\b/i.test(plainLine(l.text)));
      if (resolvedAt !== -1) {
        const after = part.lines
          .slice(resolvedAt + 1)
          .filter((l) => l.text && !/^(council|cabinet)\s*:?$/i.test(plainLine(l.text)));
        const sameLine = plainLine(part.lines[resolvedAt]!.text).replace(/^resolved\s*:?\s*/i, '');
        for (const l of sameLine ? [{ ...part.lines[resolvedAt]!, text: sameLine }, ...after] : after) {
          const lettered = /^[-•*]?\s*\(?([a-z0-9]{1,3})\)\s+(.*)$/i.exec(l.text);
          const words = plainLine(lettered ? lettered[2]! : l.text.replace(/^[-•*]\s*/, ''));
          item.resolution.push({
            ...(lettered ? { label: lettered[1]!.toLowerCase() } : {}),
            text: gap(`what was resolved, in your own words: “${words}”`),
          });
        }
      }
      const noneAdvised = /^none (?:advised|declared|received)\.?$/im.test(partText);
      item.outcome =
        (kind === 'declarations' ||
        kind === 'urgent-business' ||
        kind === 'public-participation' ||
        kind === 'apologies'
          ? noneAdvised || kind !== 'urgent-business'
            ? 'none'
            : undefined
          : (outcomeOf(
              resolvedAt !== -1
                ? part.lines
                    .slice(resolvedAt)
                    .map((l) => l.text)
                    .join(' ')
                : partText,
            ) ?? outcomeOf(partText))) ??
        gap(
          `the outcome: one of agreed, approved, adopted, noted, carried, carried-as-amended, lost, referred, withdrawn, deferred, none`,
        );
      if (item.kind === 'decision' && item.outcome === 'noted') item.kind = 'report';
      items.push(item);
    }
  });

  return {
    unresolved: [...new Set(unresolved)],
    data: {
      body,
      date,
      ...(start ? { start } : {}),
      ...(end ? { end } : {}),
      ...(closing && !end
        ? { endNote: `The minutes do not give the closing time: they say "${plainLine(closing.text)}".` }
        : {}),
      venue,
      status: 'held',
      summary: gap('one or two sentences: what the meeting did, in your own words'),
      ...(attendance ? { attendance } : {}),
      officers,
      ...(participation ? { publicParticipation: participation } : {}),
      items,
      source: sourceId,
    },
  };
}

/** Whether a draft found what every set of minutes has: its heading, or numbered minutes. */
export function looksLikeMinutes(draft: MeetingDraft): boolean {
  return draft.data.items.length > 0;
}
