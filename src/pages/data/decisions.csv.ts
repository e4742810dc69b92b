/** /data/decisions.csv: see the data catalogue (/data/#decisions) for what each column means. */
import type { APIRoute } from 'astro';
import { getSite } from '../../site/site.ts';
import { decisionsCsv } from '../../content-types/meetings/downloads.ts';

export const GET: APIRoute = () => new Response(decisionsCsv(getSite()), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
