import type { WorkflowActorRole, WorkflowStepKind } from '../../db/schema-calls.js';
import type { Role } from '../../plugins/permissions.js';

/**
 * A call's workflow is data (call_workflow_steps): the steps an application goes through after
 * submission, in order, and who acts in each. This file holds the rules that read it.
 */
export interface WorkflowStep { position: number; code: string; kind: WorkflowStepKind; actorRole: WorkflowActorRole; label: { nl: string; en: string } }

/** Used when a call configured no steps: screening, review, decision by the team. */
export const DEFAULT_STEPS: readonly WorkflowStep[] = [
  { position: 1, code: 'eligibility', kind: 'eligibility', actorRole: 'transition_team', label: { nl: 'Ontvankelijkheid', en: 'Eligibility' } },
  { position: 2, code: 'review', kind: 'review', actorRole: 'reviewer', label: { nl: 'Beoordeling', en: 'Review' } },
  { position: 3, code: 'decision', kind: 'decision', actorRole: 'transition_team', label: { nl: 'Beslissing', en: 'Decision' } },
];

export const OPEN_STATUSES: ReadonlySet<string> = new Set(['submitted', 'in_review']);

export function stepsOrDefault(steps: readonly WorkflowStep[]): readonly WorkflowStep[] {
  return steps.length ? [...steps].sort((a, b) => a.position - b.position) : DEFAULT_STEPS;
}

/** The step an application waits in; null once it left the workflow (decided, ineligible, withdrawn). */
export function currentStep(steps: readonly WorkflowStep[], app: { status: string; current_step: string | null }): WorkflowStep | null {
  if (!OPEN_STATUSES.has(app.status)) return null;
  const all = stepsOrDefault(steps);
  return (app.current_step ? all.find((s) => s.code === app.current_step) : undefined) ?? all[0] ?? null;
}

export function nextStep(steps: readonly WorkflowStep[], code: string): WorkflowStep | null {
  const all = stepsOrDefault(steps);
  const i = all.findIndex((s) => s.code === code);
  return i >= 0 ? all[i + 1] ?? null : null;
}

/**
 * Who acts in a step: the transition team runs every step (an administrator too); the steering
 * committee acts in the steps whose actor role names it. Reviewers act only by scoring.
 */
export function mayAct(step: WorkflowStep, role: Role): boolean {
  if (role === 'admin' || role === 'transition_team') return true;
  return role === 'steering_committee' && step.actorRole === 'steering_committee';
}

/** The outcomes a step accepts from the team (a decision has its own command). */
export function outcomesFor(kind: WorkflowStepKind): ReadonlyArray<'passed' | 'failed' | 'noted'> {
  if (kind === 'eligibility') return ['passed', 'failed'];
  if (kind === 'review') return ['passed'];
  if (kind === 'decision') return [];
  return ['noted'];
}
