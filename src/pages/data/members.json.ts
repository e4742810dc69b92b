/** /data/members.json: the same rows as /data/members.csv, with what each column means. */
import type { APIRoute } from 'astro';
import { getSite } from '../../site/site.ts';
import { membersJson } from '../../content-types/members/downloads.ts';

export const GET: APIRoute = () => new Response(membersJson(getSite()), { headers: { 'content-type': 'application/json' } });
