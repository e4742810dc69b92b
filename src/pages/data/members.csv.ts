/** /data/members.csv: see the data catalogue (/data/#members) for what each column means. */
import type { APIRoute } from 'astro';
import { getSite } from '../../lib/site.ts';
import { membersCsv } from '../../lib/catalogue.ts';

export const GET: APIRoute = () => new Response(membersCsv(getSite()), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
