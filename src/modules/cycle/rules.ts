import type { FastifyRequest } from 'fastify';

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

/**
 * Route option that checks the permission before the body is validated, so that a visitor
 * without the right learns nothing about the payload rules (401/403 before 400).
 */
export function requires(action: string) {
  return { preValidation: async (request: FastifyRequest) => { request.authorize(action); } };
}
