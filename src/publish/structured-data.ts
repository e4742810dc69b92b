/**
 * schema.org JSON-LD for each page: reports for inspections, plans and self-evaluations, events for
 * meetings, government organisations, councillors as people, KPIs as datasets, the site as a WebSite
 * with its search, and the breadcrumb trail. Addresses are absolute, from data/site.json.
 */
import type { SiteSettings } from '../site/settings-schema.ts';
import type { Publication } from './publications.ts';
import { londonToUtc } from '../shared/dates.ts';

type Ld = Record<string, unknown>;

export const absoluteUrl = (settings: Pick<SiteSettings, 'url'>, path: string): string =>
  new URL(path.replace(/^\//, ''), settings.url).href;

const government = (name: string): Ld => ({ '@type': 'GovernmentOrganization', name });

const eventStatus = {
  scheduled: 'https://schema.org/EventScheduled',
  held: 'https://schema.org/EventScheduled',
  cancelled: 'https://schema.org/EventCancelled',
} as const;

/** The JSON-LD that fits a page of this kind. */
export function publicationLd(p: Publication, settings: SiteSettings): Ld {
  const base: Ld = {
    '@context': 'https://schema.org',
    name: p.title,
    url: absoluteUrl(settings, p.url),
    inLanguage: 'en-GB',
  };
  if (p.summary) base.description = p.summary;
  switch (p.kind) {
    case 'Inspection':
    case 'Progress since an inspection':
    case 'Plan':
    case 'Self-evaluation':
    case "Young people's version":
      return {
        ...base,
        '@type': 'Report',
        ...(p.date && { datePublished: p.date }),
        ...(p.organisation && { about: government(p.organisation) }),
        ...(p.by
          ? { author: p.by.map(government) }
          : p.organisation && { author: government(p.organisation) }),
        ...(p.kind === "Young people's version" && {
          audience: {
            '@type': 'PeopleAudience',
            audienceType: 'Children and young people',
            suggestedMaxAge: 25,
          },
        }),
      };
    case 'Meeting': {
      const event = p.event!;
      const date = p.date!;
      return {
        ...base,
        '@type': 'Event',
        startDate: event.start ? londonToUtc(date, event.start) : date,
        ...(event.end && { endDate: londonToUtc(date, event.end) }),
        eventStatus: eventStatus[event.status],
        eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
        location: { '@type': 'Place', name: event.venue, address: event.venue },
        ...(p.organisation && { organizer: government(p.organisation) }),
      };
    }
    case 'Decision':
    case 'Motion':
      return {
        ...base,
        '@type': 'CreativeWork',
        genre: p.kind,
        ...(p.date && { dateCreated: p.date }),
        ...(p.organisation && { creator: government(p.organisation) }),
        ...(p.topics.length > 0 && { keywords: p.topics.join(', ') }),
      };
    case 'KPI':
      return {
        ...base,
        '@type': 'Dataset',
        ...(p.organisation && { creator: government(p.organisation) }),
        isAccessibleForFree: true,
        distribution: [
          {
            '@type': 'DataDownload',
            encodingFormat: 'text/csv',
            contentUrl: absoluteUrl(settings, `${p.url.slice(0, -1)}.csv`),
          },
          {
            '@type': 'DataDownload',
            encodingFormat: 'application/json',
            contentUrl: absoluteUrl(settings, `${p.url.slice(0, -1)}.json`),
          },
        ],
      };
    case 'Organisation':
      return { ...base, '@type': 'GovernmentOrganization' };
    case 'Councillor':
      return {
        ...base,
        '@type': 'Person',
        name: p.members[0] ?? p.title,
        jobTitle: 'Councillor',
        ...(p.organisation && { memberOf: government(p.organisation) }),
      };
  }
}

/** The site itself, with its search page as a SearchAction. */
export function websiteLd(settings: SiteSettings): Ld {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: settings.name,
    description: settings.tagline,
    url: settings.url,
    inLanguage: 'en-GB',
    publisher: { '@type': 'Organization', name: settings.publisher },
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: `${absoluteUrl(settings, '/search/')}?q={search_terms}` },
      'query-input': 'required name=search_terms',
    },
  };
}

export function breadcrumbLd(
  settings: SiteSettings,
  trail: { label: string; href: string }[],
  current: { label: string; path: string },
): Ld {
  const items = [
    ...trail.map((c) => ({ name: c.label, path: c.href })),
    { name: current.label, path: current.path },
  ];
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: item.name,
      item: absoluteUrl(settings, item.path),
    })),
  };
}

/** JSON for a <script type="application/ld+json"> block: "<" escaped so no text can close the element. */
export function ldJson(data: Ld | Ld[]): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
