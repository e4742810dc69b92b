/**
 * What a content type tells the rest of Lantern: where its files are and their schemas (for loading
 * and for Astro's collections), its checks across files, and its pages for search, feeds, the
 * sitemap and JSON-LD. src/content-types/registry.ts lists every type; loading, checking and
 * publishing loop over that list.
 */
import type { z } from 'zod';
import type { SiteContent } from '../site/content.ts';
import type { CheckContext } from './checking.ts';
import type { Publication } from '../publish/publication.ts';

/** One kind of file a type reads: where it is, its schema, and where it goes in the site. */
interface Part {
  key: keyof SiteContent;
  schema: z.ZodType;
  name: string;
}

/** data/<name>: one JSON file; `empty` stands in for it when it cannot be read, so other checks go on. */
export interface DataFilePart extends Part {
  kind: 'data-file';
  empty: unknown;
  /** A site may leave the file out (it has no meetings, say): `empty` stands in, with no problem. */
  optional?: boolean;
  /**
   * Lantern ships this file with national reference data (src/national/<name>); a site's own file,
   * which it need not have, adds to it and replaces what it names again. Given both, the site's list.
   */
  national?: (lantern: never, own: never) => unknown;
  /** Lantern's entries that nothing else on the site names by id are left out (an inspectorate a site has no report of gets no page). */
  nationalOnlyWhenNamed?: boolean;
}

/** data/<name>/*.json: one JSON file per item. */
export interface DataFolderPart extends Part {
  kind: 'data-folder';
}

/** content/<name>/*.md and *.mdx: one page per file, the file's name its address. */
export interface EntriesPart extends Part {
  kind: 'entries';
}

/** content/<name>: one Markdown page the site must have; `missing` says what it holds, for when it is not there. */
export interface PagePart extends Part {
  kind: 'page';
  missing: string;
}

export type FilePart = DataFilePart | DataFolderPart | EntriesPart | PagePart;

/** A dataset of the data catalogue, at /data/<id>.csv and /data/<id>.json. */
export interface Dataset {
  id: string;
  csv(): string;
  json(): string;
  /** For a dataset an author's file makes (a KPI framework): the file and the field that names it. */
  from?: { file: string; field: string };
}

export interface ContentType {
  /** The folder in src/content-types/. */
  name: string;
  files: FilePart[];
  /** Checks across files, run once every file has passed its schema. */
  check?: (site: SiteContent, c: CheckContext) => void;
  /** The type's pages a reader might look for; `earlier` holds the pages of the types listed before it. */
  publications?: (site: SiteContent, earlier: readonly Publication[]) => Publication[];
  /** The type's datasets in the data catalogue. */
  datasets?: (site: SiteContent) => Dataset[];
  /** What the content check says it found: "12 inspections". */
  counts: (site: SiteContent) => string[];
}
