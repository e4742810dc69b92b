/** Improvement actions grouped and counted, in words. */
import type { ImprovementAction, Rag } from './schema.ts';
import { listInWords } from '../../shared/numbers.ts';

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
