/**
 * Helplines for children and young people: national ones that Lantern ships (src/national/helplines.json),
 * and a site's own in data/helplines.json (which replaces one with the same id). Shown on the young
 * people's hub and in content notes. Only real, public services, with the address that confirms the
 * number. They are the only phone numbers the privacy guard lets through.
 */
import { z } from 'zod';
import { citation, slug, text } from '../../shared/fields.ts';

const phone = z.string().regex(/^[0-9 ]{3,15}$/, 'a phone number of digits and spaces, such as "0800 1111"');

export const helplineSchema = z
  .strictObject({
    id: slug,
    name: text,
    /** Who it is for and what it helps with, in plain words. */
    for: text,
    /** The number as the service publishes it: "0800 1111". */
    phone: phone.optional(),
    /** A text service: "Text SHOUT to 85258". */
    text: text.optional(),
    /** When it is open, as the service says. */
    hours: text.optional(),
    /** The service's own web address, where the number is published. */
    web: z.url({ error: 'a web address starting with https://' }),
  })
  .refine((line) => line.phone || line.text, {
    message: 'a phone number or a text service',
    path: ['phone'],
  });
export type Helpline = z.infer<typeof helplineSchema>;

export const helplinesSchema = z.array(helplineSchema);

/**
 * Help near you, in data/local-help.json: the services an organisation's own documents name for its
 * children and young people (its Children in Care Council, advocacy, the out-of-hours team), each
 * cited to the words that name it. A number or web address only where a source gives it; otherwise
 * `reach` says how a young person gets in touch (through their social worker, for one).
 */
export const localHelpSchema = z.strictObject({
  id: slug,
  /** The organisation whose service it is (an id in data/organisations.json). */
  organisation: slug,
  name: text,
  /** What it does for a young person, in plain words. */
  for: text,
  /** How to get in touch, in plain words, when the source gives no number ("Ask your social worker"). */
  reach: text,
  /** A public number, as the source gives it. */
  phone: phone.optional(),
  /** The service's own web address, as the source gives it. */
  web: z.url({ error: 'a web address starting with https://' }).optional(),
  /** Where a source names the service (and its number or address, if given): "doc L360". */
  source: citation,
});
export type LocalHelp = z.infer<typeof localHelpSchema>;

export const localHelpListSchema = z.array(localHelpSchema);
