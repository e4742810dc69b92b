/** /data/<id>.csv: every dataset of the data catalogue, from the content types that make them. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../site/site.ts';
import { catalogueDatasets } from '../../publish/datasets.ts';
import type { Dataset } from '../../content-types/content-type.ts';

export const getStaticPaths = (() =>
  catalogueDatasets(getSite()).map((dataset) => ({
    params: { dataset: dataset.id },
    props: { dataset },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ dataset: Dataset }> = ({ props }) =>
  new Response(props.dataset.csv(), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
