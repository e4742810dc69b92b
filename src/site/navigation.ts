/** The site's main menu: every section that has something in it, in a fixed order; search and about always. */
import type { SiteContent } from './content.ts';

export interface NavItem {
  href: string;
  label: string;
  /** The section a page says it belongs to (Layout's `section`). */
  id: string;
}

const sections: (NavItem & { has: (site: SiteContent) => boolean })[] = [
  {
    href: '/organisations/',
    label: 'Organisations',
    id: 'organisations',
    has: (s) => s.organisations.length > 0,
  },
  { href: '/inspections/', label: 'Inspections', id: 'inspections', has: (s) => s.inspections.length > 0 },
  {
    href: '/plans/',
    label: 'Plans',
    id: 'plans',
    has: (s) => s.plans.length + s.selfEvaluations.length > 0,
  },
  { href: '/performance/', label: 'Performance', id: 'performance', has: (s) => s.kpiFrameworks.length > 0 },
  { href: '/meetings/', label: 'Meetings', id: 'meetings', has: (s) => s.meetings.length > 0 },
  {
    href: '/decisions/',
    label: 'Decisions',
    id: 'decisions',
    has: (s) => s.meetings.length + s.urgencyDecisions.length > 0,
  },
  { href: '/members/', label: 'Councillors', id: 'members', has: (s) => s.members.length > 0 },
  { href: '/young-people/', label: 'Young people', id: 'young-people', has: () => true },
  { href: '/search/', label: 'Search', id: 'search', has: () => true },
  { href: '/about/', label: 'About', id: 'about', has: () => true },
];

/** Whether a section has anything in it: its pages, menu entry, feeds and downloads are made only when it does. */
export function hasSection(site: SiteContent, id: string): boolean {
  return sections.find((section) => section.id === id)?.has(site) ?? false;
}

/** getStaticPaths of a section's index page (src/pages/<section>/[...index].astro): the page, or none when the section is empty. */
export function sectionIndex(site: SiteContent, id: string): { params: { index: undefined } }[] {
  return hasSection(site, id) ? [{ params: { index: undefined } }] : [];
}

export function navigation(site: SiteContent): NavItem[] {
  return sections.filter((section) => section.has(site)).map(({ href, label, id }) => ({ href, label, id }));
}
