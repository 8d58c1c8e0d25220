import { conflict } from '../../plugins/errors.js';

/** The module's own error codes; pages translate them through `error.<code>` in messages/. */
export const stale = (what: string, id: string | number, currentVersion: number, sent: number) =>
  conflict('CYCLE_STALE', `${what} ${id} was changed by someone else (version ${currentVersion}, your edit started from ${sent})`, { currentVersion });

export const taken = (code: string, detail: string, field: string) => conflict(code, detail, { field });

export const planAdopted = (id: number) =>
  conflict('CYCLE_PLAN_ADOPTED', `Plan ${id} is adopted; its period is frozen in the baseline (re-baseline it under a decision instead)`);
export const planAlreadyAdopted = (id: number) => conflict('CYCLE_PLAN_ALREADY_ADOPTED', `Plan ${id} is already adopted`);
export const planNotAdopted = (id: number) => conflict('CYCLE_PLAN_NOT_ADOPTED', `Plan ${id} is not adopted yet: adopt it before re-baselining`);
export const rollOverAnnualOnly = (id: number) => conflict('CYCLE_ROLL_OVER_ANNUAL_ONLY', `Plan ${id} is a multi-year plan; only annual plans roll over`);
export const planExists = (line: string, year: number) =>
  conflict('CYCLE_PLAN_EXISTS', `Action line ${line} already has a plan of this kind for ${year}`, { field: 'yearFrom' });
export const decisionLinked = (action: number, decision: number) =>
  conflict('CYCLE_DECISION_LINKED', `Decision ${decision} is already linked to action ${action}`, { field: 'decisionId' });
