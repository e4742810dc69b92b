/** A councillor's record, worked out from the meetings and urgency decisions: attendance, and what they proposed, seconded, presented, declared, took or consented to. */
import type { Member } from './schema.ts';
import type { Item, Meeting, Outcome } from '../meetings/schema.ts';
import type { UrgencyDecision } from '../urgency-decisions/schema.ts';
import type { Entry, SiteContent } from '../../site/content.ts';
import { resolveMember } from './names.ts';
import { bodyOf, meetingsNewestFirst } from '../meetings/model.ts';
import { remembered } from '../../shared/remembered.ts';

/** Every member's involvements, worked out once per site: a member's page asks for theirs. */
const involvementsMemo = new WeakMap<SiteContent, Map<string, Involvement[]>>();

export function member(site: SiteContent, reference: string): Member {
  const result = resolveMember(reference, site.members);
  if (!('member' in result)) throw new Error(`Unresolved member "${reference}"`);
  return result.member;
}

export type Attendance = 'present' | 'apologies' | 'substitute' | 'also present' | 'not recorded';

/** A member's attendance at every held meeting of a body they belong to; "not recorded" where the record gives none. */
export function attendanceRecord(
  site: SiteContent,
  person: Member,
): { meeting: Entry<Meeting>; status: Attendance }[] {
  return meetingsNewestFirst(site)
    .filter(
      ({ data }) => data.status === 'held' && bodyOf(site, data.body).organisation === person.organisation,
    )
    .filter(
      ({ data }) =>
        bodyOf(site, data.body).kind === 'council' || person.roles.some((r) => r.body === data.body),
    )
    .map((meeting) => {
      const attendance = meeting.data.attendance;
      if (!attendance) return { meeting, status: 'not recorded' as const };
      const is = (name: string) => member(site, name).id === person.id;
      if (attendance.present.some(is)) return { meeting, status: 'present' as const };
      if (attendance.apologies.some(is)) return { meeting, status: 'apologies' as const };
      if (attendance.substitutes.some((s) => is(s.member))) return { meeting, status: 'substitute' as const };
      if (attendance.alsoPresent.some(is)) return { meeting, status: 'also present' as const };
      return { meeting, status: 'not recorded' as const };
    });
}

export interface Involvement {
  meeting: Entry<Meeting>;
  item: Item;
  /** "proposed the motion", "seconded an amendment", "presented", "declared an interest: ..." */
  what: string;
  /** What became of the motion or amendment they moved or seconded, when the minutes say. */
  outcome?: Outcome;
}

/** Everything a member proposed, seconded, presented or declared, in meeting order. */
export function involvements(site: SiteContent, person: Member): readonly Involvement[] {
  return remembered(involvementsMemo, site, everyonesInvolvements).get(person.id) ?? [];
}

/** Every member's involvements, by member id, from one pass over the meetings. */
function everyonesInvolvements(site: SiteContent): Map<string, Involvement[]> {
  const byMember = new Map<string, Involvement[]>();
  for (const meeting of meetingsNewestFirst(site)) {
    for (const item of meeting.data.items) {
      const add = (name: string | undefined, what: string, outcome?: Outcome) => {
        if (name === undefined) return;
        const id = member(site, name).id;
        const list = byMember.get(id) ?? [];
        // One line per thing done: a member who presented an item and seconded its motion has two.
        list.push({ meeting, item, what, ...(outcome && { outcome }) });
        byMember.set(id, list);
      };
      add(item.presenter, 'presented the item');
      add(item.seconder, 'seconded the proposal');
      const motion = item.motion;
      if (motion) {
        add(motion.proposer, 'proposed the motion', item.outcome);
        add(motion.seconder, 'seconded the motion', item.outcome);
        for (const amendment of motion.amendments) {
          add(amendment.mover, 'moved an amendment', amendment.outcome);
          add(amendment.seconder, 'seconded an amendment', amendment.outcome);
        }
        for (const procedural of motion.procedural) {
          add(procedural.mover, `moved: ${procedural.summary}`, procedural.outcome);
          add(procedural.seconder, `seconded: ${procedural.summary}`, procedural.outcome);
        }
      }
      for (const declaration of item.declarations)
        add(declaration.member, `declared an interest: ${declaration.interest}`);
    }
  }
  return byMember;
}

/** Urgency decisions a member took or consented to. */
export function urgencyInvolvements(
  site: SiteContent,
  person: Member,
): { entry: Entry<UrgencyDecision>; what: string }[] {
  return site.urgencyDecisions.flatMap((entry) => {
    const out: { entry: Entry<UrgencyDecision>; what: string }[] = [];
    if (member(site, entry.data.decisionMaker).id === person.id)
      out.push({ entry, what: 'took the decision' });
    if (member(site, entry.data.consent.member).id === person.id)
      out.push({ entry, what: 'agreed it could not wait, as scrutiny chair' });
    return out;
  });
}

/** Surname for sorting: the last word of the name, or the words after the first for "de Savage" style names. */
export function sortName(person: Member): string {
  const parts = person.name.split(' ');
  const lowerStart = parts.findIndex((part, i) => i > 0 && /^(de|van|von|da|di|le|la)$/i.test(part));
  const surname = lowerStart > 0 ? parts.slice(lowerStart - 1).join(' ') : parts.at(-1)!;
  return `${surname} ${person.name}`.toLowerCase();
}

/** Who holds a role on a body, in the order of data/members.json. */
export function rolesOn(
  site: SiteContent,
  body: string,
): { member: Member; role: Member['roles'][number] }[] {
  return site.members.flatMap((m) =>
    m.roles.filter((r) => r.body === body).map((role) => ({ member: m, role })),
  );
}
