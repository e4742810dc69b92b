/**
 * Which pages cite each source document, for the list of sources: worked out from every citation on
 * the site (site/citations.ts) and the file each is written in, joined with the page that file makes.
 */
import type { SiteContent } from './content.ts';
import type { Publication } from '../publish/publication.ts';
import type { SiteCitation } from './citations.ts';
import { citedDocument } from '../shared/fields.ts';

export interface CitingPage {
  url: string;
  title: string;
}

/** The address of the page a file makes, where it makes one page: "content/inspections/x.md" → "/inspections/x/". */
function pageOfFile(file: string, field: string, site: SiteContent): string | undefined {
  const path = file.replace(/\\/g, '/');
  const entry = /(?:^|\/)content\/([a-z0-9-]+)\/([a-z0-9-]+)\.mdx?$/.exec(path);
  if (entry)
    return entry[1] === 'pages' ? (entry[2] === 'home' ? '/' : `/${entry[2]}/`) : `/${entry[1]}/${entry[2]}/`;
  if (/(?:^|\/)content\/young-people-hub\.md$/.test(path)) return '/young-people/';
  const framework = /(?:^|\/)data\/kpis\/([a-z0-9-]+)\.json$/.exec(path);
  if (framework) {
    // A KPI's own figures are on its page; the framework's, on its owner's performance page.
    const data = site.kpiFrameworks.find((f) => f.file === file)?.data;
    const kpi = /^kpis → (\d+)/.exec(field);
    if (data && kpi) return `/kpis/${data.kpis[Number(kpi[1]) - 1]!.id}/`;
    return data ? `/performance/${data.framework.organisation}/` : undefined;
  }
  if (/(?:^|\/)data\/organisations\.json$/.test(path)) return '/organisations/';
  if (/(?:^|\/)data\/members\.json$/.test(path)) return '/members/';
  return undefined;
}

/** Each document's citing pages, by title; a page's title from its publication, or the section's name. */
export function citingPages(
  site: SiteContent,
  citations: readonly SiteCitation[],
  publicationAt: (url: string) => Publication | undefined,
): Map<string, CitingPage[]> {
  const sections: Record<string, string> = {
    '/': 'Home page',
    '/about/': 'About this site',
    '/young-people/': 'For young people',
    '/organisations/': 'Organisations',
    '/members/': 'Councillors',
  };
  const pages = new Map<string, Map<string, CitingPage>>();
  const performance = (url: string) => {
    const owner = /^\/performance\/([a-z0-9-]+)\/$/.exec(url)?.[1];
    return owner
      ? `Performance: ${site.organisations.find((o) => o.id === owner)?.name ?? owner}`
      : undefined;
  };
  for (const { file, field, reference } of citations) {
    const url = pageOfFile(file, field, site);
    if (!url) continue;
    const title = publicationAt(url)?.title ?? sections[url] ?? performance(url);
    if (!title) continue;
    const document = citedDocument(reference);
    const ofDocument = pages.get(document) ?? new Map<string, CitingPage>();
    ofDocument.set(url, { url, title });
    pages.set(document, ofDocument);
  }
  return new Map(
    [...pages].map(([document, found]) => [
      document,
      [...found.values()].sort((a, b) => a.title.localeCompare(b.title) || a.url.localeCompare(b.url)),
    ]),
  );
}
