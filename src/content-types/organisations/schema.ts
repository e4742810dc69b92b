/** Organisations: councils, the children's trust and the inspectorates. Stored in data/organisations.json. */
import { z } from 'zod';
import { citation, partialDate, slug, text } from '../../shared/fields.ts';

export const organisationKinds = {
  council: 'Council',
  'childrens-trust': "Children's services trust",
  inspectorate: 'Inspectorate',
  'youth-justice-service': 'Youth justice service',
} as const;

export const relationKinds = {
  serves: 'provides services for',
  'served-by': 'has services provided by',
  succeeded: 'took over from',
  'succeeded-by': 'was replaced by',
  'part-of': 'is part of',
} as const;

const keys = <T extends Record<string, string>>(record: T) =>
  Object.keys(record) as [keyof T & string, ...(keyof T & string)[]];

export const relationSchema = z.strictObject({
  /** How this organisation relates to the other. */
  kind: z.enum(keys(relationKinds), { error: `one of: ${Object.keys(relationKinds).join(', ')}` }),
  /** The other organisation's id. */
  organisation: slug,
  /** Anything a reader needs to know about the relation, in plain words. */
  note: text.optional(),
});

export const organisationSchema = z.strictObject({
  /** Used in URLs and references from other content. */
  id: slug,
  /** Full name, as the organisation writes it. */
  name: text,
  /** A shorter name for tight spaces, such as "NCT". */
  shortName: text.optional(),
  kind: z.enum(keys(organisationKinds), { error: `one of: ${Object.keys(organisationKinds).join(', ')}` }),
  /** The place it serves or covers, e.g. "West Northamptonshire" or "England". */
  area: text,
  /** When it existed: from is required when known, to only for bodies that have ended. */
  existed: z.strictObject({
    from: partialDate.optional(),
    to: partialDate.optional(),
    /** Where the dates come from, when a source on the site gives them. */
    source: citation.optional(),
  }),
  /** Two or three sentences in plain words on what it does. */
  description: text,
  /** Its own website. */
  website: z.url({ error: 'a web address starting with http:// or https://' }).optional(),
  relations: z.array(relationSchema).default([]),
});

export const organisationsSchema = z.array(organisationSchema);
export type Organisation = z.infer<typeof organisationSchema>;
export type OrganisationKind = keyof typeof organisationKinds;
