/** Every councillor as the catalogue's members dataset (/data/members.csv and .json). */
import type { SiteContent } from '../../site/content.ts';
import { list, toCsv, toJson, type Cell } from '../../publish/catalogue.ts';
import { sortName } from './model.ts';
import { organisationName } from '../organisations/model.ts';

/** What each column of members.csv means. Lantern holds no party, ward or contact details, so there are none. */
export const memberColumns = {
  id: "The member's id on this site, as in their page address",
  name: 'The name as the council publishes it, without "Councillor"',
  aliases: 'Other ways the sources write the name, separated by "; "; empty when there are none',
  post_nominals: 'Letters after the name, such as BEM; otherwise empty',
  organisation: 'The id of the council the member sits on',
  organisation_name: 'The name of the council the member sits on',
  roles:
    'Roles the sources show the member holding, separated by "; ", each with when: (as at YYYY-MM-DD) for the day a source shows it, or (from ... to ...); empty when the sources show none',
  role_sources: 'The document and lines each role comes from, in the same order, separated by "; "',
  member_url: "The member's page on this site",
  source: 'The document and line of the member list the member comes from (see Sources)',
} as const;
export type MemberColumn = keyof typeof memberColumns;

/** One row per member, by surname, as the list of councillors orders them. */
export function memberRows(site: SiteContent): Record<MemberColumn, Cell>[] {
  const when = (role: { from?: string; to?: string; asAt?: string }) => {
    if (role.from || role.to)
      return ` (${[role.from && `from ${role.from}`, role.to && `to ${role.to}`].filter(Boolean).join(' ')})`;
    return role.asAt ? ` (as at ${role.asAt})` : '';
  };
  return [...site.members]
    .sort((a, b) => sortName(a).localeCompare(sortName(b)))
    .map((member) => ({
      id: member.id,
      name: member.name,
      aliases: list(member.aliases),
      post_nominals: member.postNominals ?? null,
      organisation: member.organisation,
      organisation_name: organisationName(site.organisations, member.organisation),
      roles: list(member.roles.map((role) => `${role.title}${when(role)}`)),
      role_sources: list(member.roles.map((role) => role.source)),
      member_url: `/members/${member.id}/`,
      source: member.source,
    }));
}

export const membersCsv = (site: SiteContent): string => toCsv(memberColumns, memberRows(site));
export const membersJson = (site: SiteContent): string =>
  toJson('members', 'Councillors', memberColumns, memberRows(site));
