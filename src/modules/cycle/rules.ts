
/** Message keys of the rules in progress.ts, in the order the pages and /api/cycle/rules show them. */
export const RULE_KEYS = [
  'cycle.rule.actionProgress',
  'cycle.rule.weights',
  'cycle.rule.noMilestones',
  'cycle.rule.status',
  'cycle.rule.planRollUp',
  'cycle.rule.stopped',
  'cycle.rule.lineRollUp',
  'cycle.rule.atRisk',
] as const;

export { requires } from '../../plugins/permissions.js';
