/** /data/judgements.csv: see the data catalogue (/data/#judgements) for what each column means. */
import type { APIRoute } from 'astro';
import { getSite } from '../../site/site.ts';
import { judgementsCsv } from '../../content-types/inspections/downloads.ts';

export const GET: APIRoute = () => new Response(judgementsCsv(getSite()), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
