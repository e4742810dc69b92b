/** What a plan's page shows: improvement actions grouped and counted, and what the plan links to in other files. */
import type { ImprovementAction, Plan, Rag } from './schema.ts';
import type { FinanceTable } from './finance-schema.ts';
import type { RiskRegister } from './risk-schema.ts';
import type { Kpi } from '../kpis/schema.ts';
import type { Meeting } from '../meetings/schema.ts';
import type { Entry, SiteContent } from '../../site/content.ts';
import { listInWords } from '../../shared/numbers.ts';
import { formatDate } from '../../shared/dates.ts';
import { byDataId, bySlug, lookup } from '../../shared/indexes.ts';
import { kpiIn } from '../kpis/model.ts';
import { bodyOf, itemAddress, outcomeInWords } from '../meetings/model.ts';

export const ragWords: Record<Rag, string> = {
  red: 'red',
  amber: 'amber',
  green: 'green',
  'not rated': 'not rated',
};

export const directionWords: Record<ImprovementAction['direction'], string> = {
  up: '↑ Improving',
  same: '↔ No change',
  down: '↓ Getting worse',
  'not stated': 'Not stated',
};

/** Actions by theme, in the order the plan gives them. */
export function themesOf(actions: ImprovementAction[]): { theme: string; actions: ImprovementAction[] }[] {
  const themes: { theme: string; actions: ImprovementAction[] }[] = [];
  for (const action of actions) {
    const theme = action.theme ?? 'Actions';
    const held = themes.find((t) => t.theme === theme);
    if (held) held.actions.push(action);
    else themes.push({ theme, actions: [action] });
  }
  return themes;
}

function countsInWords<T extends string>(values: T[], words: (value: T) => string): string {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return listInWords([...counts].map(([value, n]) => `${n} ${words(value)}`));
}

/** "33 green", "25 improving and 8 no change": the ratings counted from the actions themselves. */
export function actionCounts(actions: ImprovementAction[]): {
  total: number;
  delivery: string;
  outcome: string;
  direction: string;
} {
  return {
    total: actions.length,
    delivery: countsInWords(
      actions.map((a) => a.ragDelivery),
      (r) => ragWords[r],
    ),
    outcome: countsInWords(
      actions.map((a) => a.ragOutcome),
      (r) => ragWords[r],
    ),
    direction: countsInWords(
      actions.map((a) => a.direction),
      (d) => directionWords[d].replace(/^\S+ /, '').toLowerCase(),
    ),
  };
}

/** What a plan links to in other files, found once for its page. */
export interface PlanLinks {
  kpis: Kpi[];
  /** The meeting that approved it, and where on the site to read that decision. */
  approvedAt?: { meeting: Entry<Meeting>; href: string };
  /** Where councillors considered it, with what each meeting did (or that it has not decided yet). */
  considered: { href: string; meeting: string; title: string; outcome: string }[];
  finance: FinanceTable[];
  risks: RiskRegister[];
}

export function planLinks(site: SiteContent, plan: Plan): PlanLinks {
  const meeting = (slug: string) => lookup(site.meetings, bySlug, slug, 'meeting');
  const item = (slug: string, id: string) => lookup(meeting(slug).data.items, (i) => i.id, id, 'item');
  const approved = plan.approved;
  return {
    kpis: plan.kpis.map((id) => kpiIn(site, id).kpi),
    approvedAt: approved?.meeting
      ? {
          meeting: meeting(approved.meeting),
          href: approved.item
            ? itemAddress(approved.meeting, item(approved.meeting, approved.item))
            : `/meetings/${approved.meeting}/`,
        }
      : undefined,
    considered: plan.considered.map(({ meeting: slug, item: id }) => {
      const m = meeting(slug);
      const it = item(slug, id);
      return {
        href: itemAddress(slug, it),
        meeting: `${bodyOf(site, m.data.body).name}, ${formatDate(m.data.date)}`,
        title: it.title,
        outcome: it.outcome ? outcomeInWords(it.outcome) : 'No decision recorded',
      };
    }),
    finance: plan.finance.map((id) => lookup(site.finance, byDataId, id, 'finance table').data),
    risks: plan.risks.map((id) => lookup(site.risks, byDataId, id, 'risk register').data),
  };
}

/** The plans and reports that say councillors considered them at this item of a meeting. */
export function plansConsideredAt(site: SiteContent, meeting: string, item: string): Entry<Plan>[] {
  return site.plans.filter((p) => p.data.considered.some((c) => c.meeting === meeting && c.item === item));
}
