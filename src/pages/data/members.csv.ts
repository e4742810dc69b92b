/** /data/members.csv: see the data catalogue (/data/#members) for what each column means. */
import type { APIRoute } from 'astro';
import { getSite } from '../../site/site.ts';
import { membersCsv } from '../../content-types/members/downloads.ts';

export const GET: APIRoute = () => new Response(membersCsv(getSite()), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
