/**
 * Helplines for children and young people: national ones that Lantern ships (src/national/helplines.json),
 * and a site's own in data/helplines.json (which replaces one with the same id). Shown on the young
 * people's hub and in content notes. Only real, public services, with the address that confirms the
 * number. They are the only phone numbers the privacy guard lets through.
 */
import { z } from 'zod';
import { slug, text } from '../../shared/fields.ts';

export const helplineSchema = z
  .strictObject({
    id: slug,
    name: text,
    /** Who it is for and what it helps with, in plain words. */
    for: text,
    /** The number as the service publishes it: "0800 1111". */
    phone: z
      .string()
      .regex(/^[0-9 ]{3,15}$/, 'a phone number of digits and spaces, such as "0800 1111"')
      .optional(),
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
