/**
 * Finance tables and risk registers as downloads: CSV (RFC 4180, CRLF line ends) and JSON holding
 * exactly the rows the pages show, each with its source. Risk scores are worked out, never stored.
 */
import type { FinanceTable } from './finance-schema.ts';
import type { RiskRating, RiskRegister } from './risk-schema.ts';
import { csv } from '../../shared/csv.ts';

/** One row per line of the table, one column per column of the source, then whether it is a total row and its source. */
export function financeCsv(table: FinanceTable): string {
  return csv([
    ['line', ...table.columns.map((c) => c.id), 'total_row', 'unit', 'source'],
    ...table.rows.map((row) => [row.line, ...row.values, row.total ? 'yes' : 'no', table.unit, row.source]),
  ]);
}

export function financeJson(table: FinanceTable): string {
  return `${JSON.stringify(table, null, 2)}\n`;
}

/** Likelihood × impact: the score the register ranks risks by. */
export function riskScore(rating: RiskRating): number {
  return rating.likelihood * rating.impact;
}

export function riskCsv(register: RiskRegister): string {
  const parts = (r: RiskRating) => [r.likelihood, r.impact, riskScore(r)];
  return csv([
    [
      'ref',
      'title',
      'owner',
      'initial_likelihood',
      'initial_impact',
      'initial_score',
      'current_likelihood',
      'current_impact',
      'current_score',
      'target_likelihood',
      'target_impact',
      'target_score',
      'source',
    ],
    ...register.risks.map((risk) => [
      risk.ref,
      risk.title,
      risk.owner ?? null,
      ...parts(risk.initial),
      ...parts(risk.current),
      ...parts(risk.target),
      risk.source,
    ]),
  ]);
}

export function riskJson(register: RiskRegister): string {
  const withScores = {
    ...register,
    risks: register.risks.map((risk) => ({
      ...risk,
      initial: { ...risk.initial, score: riskScore(risk.initial) },
      current: { ...risk.current, score: riskScore(risk.current) },
      target: { ...risk.target, score: riskScore(risk.target) },
    })),
  };
  return `${JSON.stringify(withScores, null, 2)}\n`;
}
