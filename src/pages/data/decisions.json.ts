/** /data/decisions.json: the same rows as /data/decisions.csv, with what each column means. */
import type { APIRoute } from 'astro';
import { getSite } from '../../site/site.ts';
import { decisionsJson } from '../../content-types/meetings/downloads.ts';

export const GET: APIRoute = () => new Response(decisionsJson(getSite()), { headers: { 'content-type': 'application/json' } });
