/** /data/judgements.json: the same rows as /data/judgements.csv, with what each column means. */
import type { APIRoute } from 'astro';
import { getSite } from '../../site/site.ts';
import { judgementsJson } from '../../content-types/inspections/downloads.ts';

export const GET: APIRoute = () => new Response(judgementsJson(getSite()), { headers: { 'content-type': 'application/json' } });
