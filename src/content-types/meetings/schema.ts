/**
 * Meetings (Open Civic Data: Event), one Markdown file each in content/meetings/. Each item is an
 * agenda item or minute; items with an outcome are decisions. Members are named as the source
 * writes them ("Cllr Z Smith", "Gonzalez de Savage") and resolved against data/members.json.
 */
import { z } from 'zod';
import { areaReference, citation, isoDate, slug, text } from '../../shared/fields.ts';

/** A reference to a member: the name as the source writes it, or the member's id. */
export const memberRef = text;

/** 24-hour clock time, "17:00". */
export const clockTime = z
  .string({ error: 'a time on the 24-hour clock, such as "17:00"' })
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time on the 24-hour clock, such as "17:00"');

export const outcomes = {
  agreed: 'Agreed',
  approved: 'Approved',
  adopted: 'Adopted',
  noted: 'Noted',
  'recommended-to-council': 'Recommended to Council',
  carried: 'Carried',
  'carried-as-amended': 'Carried as amended',
  lost: 'Lost',
  referred: 'Referred',
  withdrawn: 'Withdrawn',
  deferred: 'Deferred',
  pending: 'Pending: not yet decided',
  none: 'No decision needed',
} as const;
export type Outcome = keyof typeof outcomes;
const outcomeIds = Object.keys(outcomes) as [Outcome, ...Outcome[]];
export const outcome = z.enum(outcomeIds, { error: `one of: ${outcomeIds.join(', ')}` });

export const itemKinds = {
  apologies: 'Apologies',
  declarations: 'Declarations of interest',
  minutes: 'Minutes of the last meeting',
  announcements: 'Announcements',
  'public-participation': 'Public participation',
  decision: 'Decision',
  report: 'Report',
  motion: 'Motion',
  'opposition-priority-business': 'Opposition priority business',
  'urgent-business': 'Urgent business',
  exclusion: 'Exclusion of the press and public',
} as const;
export type ItemKind = keyof typeof itemKinds;
const itemKindIds = Object.keys(itemKinds) as [ItemKind, ...ItemKind[]];

export const declarationSchema = z.strictObject({
  member: memberRef,
  /** The interest as declared, in plain words. */
  interest: text,
});

/** An exempt item or appendix (Local Government Act 1972, Schedule 12A): only its title and the reason are published. */
export const exemptSchema = z.strictObject({
  title: text,
  /** Why it is exempt, in plain words: "information about the financial or business affairs of any particular person". */
  reason: text,
  /** The paragraph of Schedule 12A, when the source gives it. */
  paragraph: z.int({ error: 'a whole number from 1 to 7' }).min(1).max(7).optional(),
  /**
   * Anything an author keeps about the exempt content. Never published: the build checks every page,
   * feed, calendar, download and the search index for it and fails if it appears.
   */
  confidential: text.optional(),
});

export const voteSchema = z
  .strictObject({
    /** How the vote was taken, as the minutes record it. "not recorded" when they do not say. */
    method: z.enum(['not recorded', 'show of hands', 'recorded vote', 'without a vote', 'not yet held'], {
      error: 'one of: not recorded, show of hands, recorded vote, without a vote, not yet held',
    }),
    for: z.int().min(0).optional(),
    against: z.int().min(0).optional(),
    abstentions: z.int().min(0).optional(),
    /** Names as recorded, for a recorded vote. */
    names: z
      .strictObject({
        for: z.array(memberRef).default([]),
        against: z.array(memberRef).default([]),
        abstained: z.array(memberRef).default([]),
      })
      .optional(),
    source: citation.optional(),
  })
  .superRefine((vote, ctx) => {
    const hasCounts =
      vote.for !== undefined ||
      vote.against !== undefined ||
      vote.abstentions !== undefined ||
      vote.names !== undefined;
    if (hasCounts && !['show of hands', 'recorded vote'].includes(vote.method))
      ctx.addIssue({
        code: 'custom',
        path: ['method'],
        message:
          'a method of "show of hands" or "recorded vote", because counts or names are given (never record a tally the minutes do not give)',
        input: vote.method,
      });
    if (hasCounts && !vote.source)
      ctx.addIssue({
        code: 'custom',
        path: ['source'],
        message: 'a source reference for the counts',
        input: undefined,
      });
  });

export const amendmentSchema = z.strictObject({
  mover: memberRef,
  seconder: memberRef.optional(),
  /** What the amendment changed, in plain words. */
  summary: text,
  /** Whether the motion's proposer accepted it; leave out when the minutes do not say. */
  acceptedByProposer: z.boolean().optional(),
  outcome: outcome.optional(),
  source: citation,
});

export const proceduralMotionSchema = z.strictObject({
  /** What it proposed, in plain words: "refer the motion to the Place Overview and Scrutiny Committee". */
  summary: text,
  /** The body it referred the matter to, when it did (an id in data/bodies.json). */
  referTo: slug.optional(),
  mover: memberRef,
  seconder: memberRef.optional(),
  outcome,
  source: citation,
});

export const motionSchema = z.strictObject({
  /** The motion's number on the agenda, when it has one. */
  number: z.int().min(1).optional(),
  proposer: memberRef,
  seconder: memberRef.optional(),
  /** What the motion asked for, in plain words. */
  summary: text,
  amendments: z.array(amendmentSchema).default([]),
  procedural: z.array(proceduralMotionSchema).default([]),
  vote: voteSchema.default({ method: 'not recorded' }),
});

export const itemSchema = z
  .strictObject({
    /** The anchor on the meeting page and the decision's address: lower case, e.g. "minute-146" or "item-10". */
    id: slug,
    /** The minute number, when the item is a minute. */
    minute: z.int().min(1).optional(),
    /** The agenda item number, e.g. "10" or "13.2". */
    agendaItem: z
      .string()
      .regex(/^\d+(\.\d+)?[a-z]?$/, 'an agenda item number such as "10" or "13.2"')
      .optional(),
    /** Pages of the agenda pack, e.g. "9-24". */
    pages: z
      .string()
      .regex(/^\d+(-\d+)?$/, 'a page or page range such as "9-24"')
      .optional(),
    title: text,
    kind: z.enum(itemKindIds, { error: `one of: ${itemKindIds.join(', ')}` }),
    /** What the item was about, in plain words. */
    summary: text.optional(),
    /** Who presented the report or proposal. */
    presenter: memberRef.optional(),
    seconder: memberRef.optional(),
    declarations: z.array(declarationSchema).default([]),
    /** What was resolved, in plain words, as lettered parts when the source letters them. */
    resolution: z
      .array(
        z.strictObject({
          label: z
            .string()
            .regex(/^[a-z0-9]{1,4}$/, 'a short label such as "a" or "1"')
            .optional(),
          text,
        }),
      )
      .default([]),
    reasons: z.array(text).default([]),
    alternatives: z.array(text).default([]),
    outcome,
    /** A word on the outcome a reader needs, e.g. "subject to valuation and due diligence". */
    outcomeNote: text.optional(),
    keyDecision: z.boolean().optional(),
    /** Decided under the urgency procedure, so not subject to call-in. */
    notSubjectToCallIn: z.boolean().optional(),
    /** Topic ids from data/topics.json. */
    topics: z.array(slug).default([]),
    /** The areas for improvement of an inspection the item is about: "northamptonshire-2019-ilacs#1a". */
    concerns: z.array(areaReference).default([]),
    motion: motionSchema.optional(),
    exempt: z.array(exemptSchema).default([]),
    /** Urgency decisions reported to this item (ids of files in content/urgency-decisions/). */
    urgencyDecisions: z.array(slug).default([]),
    /** Where the record stands in the source; "not recorded" facts are simply left out. */
    source: citation,
  })
  .superRefine((item, ctx) => {
    if ((item.kind === 'motion' || item.kind === 'opposition-priority-business') && !item.motion)
      ctx.addIssue({
        code: 'custom',
        path: ['motion'],
        message: 'the motion (proposer, summary, amendments, vote), because the item is a motion',
        input: undefined,
      });
  });

export const meetingSchema = z
  .strictObject({
    /** The body that met (an id in data/bodies.json). */
    body: slug,
    date: isoDate,
    /** When it started; leave out when not recorded. */
    start: clockTime.optional(),
    /** When it closed; leave out when not recorded, and say why in endNote. */
    end: clockTime.optional(),
    /** E.g. "The minutes give the closing time as 'Time Not Specified'." */
    endNote: text.optional(),
    venue: text,
    status: z.enum(['scheduled', 'held', 'cancelled'], { error: 'one of: scheduled, held, cancelled' }),
    /** One or two sentences: what the meeting did. */
    summary: text,
    /** Cabinet decision summaries: when published, and the call-in dates. */
    decisionNotice: z
      .strictObject({
        published: isoDate,
        callInDeadline: isoDate,
        earliestImplementation: isoDate,
        /** What the notice says about urgent decisions not subject to call-in, e.g. "None" or "N/A". */
        notSubjectToCallIn: text,
        source: citation,
      })
      .optional(),
    attendance: z
      .strictObject({
        present: z.array(memberRef).default([]),
        apologies: z.array(memberRef).default([]),
        substitutes: z.array(z.strictObject({ member: memberRef, for: memberRef })).default([]),
        alsoPresent: z.array(memberRef).default([]),
        source: citation,
      })
      .optional(),
    /** Officers present: senior officers by name and role; other staff by role only. */
    officers: z.array(z.strictObject({ name: text.optional(), role: text })).default([]),
    publicParticipation: z
      .strictObject({
        petitions: z.int().min(0),
        speakers: z.int().min(0),
        /** What the speakers addressed, never who they were. */
        subjects: z.array(text).default([]),
        source: citation,
      })
      .optional(),
    items: z.array(itemSchema).min(1, 'at least one item'),
    /** The document the record comes from (an id in data/sources.json). */
    source: slug,
  })
  .superRefine((meeting, ctx) => {
    if (meeting.status !== 'held' && meeting.attendance)
      ctx.addIssue({
        code: 'custom',
        path: ['attendance'],
        message: 'no attendance, because the meeting has not been held',
        input: meeting.status,
      });
    if (meeting.status === 'scheduled')
      meeting.items.forEach((item, i) => {
        if (item.outcome !== 'pending' && item.outcome !== 'none')
          ctx.addIssue({
            code: 'custom',
            path: ['items', i, 'outcome'],
            message: 'pending, because the meeting has not been held yet',
            input: item.outcome,
          });
      });
    const seen = new Set<string>();
    meeting.items.forEach((item, i) => {
      if (seen.has(item.id))
        ctx.addIssue({
          code: 'custom',
          path: ['items', i, 'id'],
          message: 'an id used by one item only',
          input: item.id,
        });
      seen.add(item.id);
    });
  });

export type Meeting = z.infer<typeof meetingSchema>;
export type Item = z.infer<typeof itemSchema>;
export type Motion = z.infer<typeof motionSchema>;
export type Exempt = z.infer<typeof exemptSchema>;
