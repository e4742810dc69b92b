/** Councillors (Popolo: Person with Memberships), stored in data/members.json. */
import { z } from 'zod';
import { citation, isoDate, partialDate, slug, text } from '../../shared/fields.ts';

export const roleSchema = z.strictObject({
  /** The role as the source names it: "Chair of the Council", "Cabinet Member for Finance", "Leader of the Council". */
  title: text,
  /** The body the role belongs to (an id in data/bodies.json), when there is one. */
  body: slug.optional(),
  from: partialDate.optional(),
  to: partialDate.optional(),
  /** The date on which the source shows the member holding the role, when it gives no start date. */
  asAt: isoDate.optional(),
  source: citation,
});

export const memberSchema = z.strictObject({
  /** Used in URLs: /members/<id>/. */
  id: slug,
  /** The name as the council publishes it, without "Councillor". */
  name: text,
  /** Other ways the sources write the name: "André González De Savage", "Dan Lister". Initials are worked out, not listed. */
  aliases: z.array(text).default([]),
  /** Letters after the name, e.g. "BEM". */
  postNominals: text.optional(),
  /** The council the member sits on (an id in data/organisations.json). */
  organisation: slug,
  /** Their party or group, and the ward they represent, only where a source gives them, each cited. */
  party: z.strictObject({ name: text, source: citation }).optional(),
  ward: z.strictObject({ name: text, source: citation }).optional(),
  roles: z.array(roleSchema).default([]),
  /** Where the member list comes from. */
  source: citation,
});

export const membersSchema = z.array(memberSchema);
export type Member = z.infer<typeof memberSchema>;
export type Role = z.infer<typeof roleSchema>;
