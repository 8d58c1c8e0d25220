import type { Catalog } from '../../catalog/catalog.js';
import { actionProgress, budgetFlags, effectiveWeights, isAtRisk, isOverdue, type PlanFigures } from './progress.js';
import type {
  ActionDetail, ActionLineWithFigures, ActionRecord, ConformityRecord, DecisionRef, MilestoneRecord, PlanDetail, PlanWithFigures,
} from './queries.js';

/** API shapes: explicit fields, references by code, derived figures beside the stored ones. */

export function actorRef(catalog: Catalog, id: number | null) {
  const actor = id !== null ? catalog.actors.get(id) : undefined;
  return actor ? { code: actor.code, name: actor.name } : null;
}

const ratio = (x: number | null) => (x === null ? null : Math.round(x * 10000) / 10000);

export function presentFigures(f: PlanFigures) {
  return { progress: ratio(f.progress), actionCount: f.actions, atRisk: f.atRisk, done: f.done, stopped: f.stopped, budget: f.budget };
}

export function presentDecision(d: DecisionRef) {
  return { id: d.id, code: d.code, title: d.title, decidedOn: d.decidedOn, status: d.status };
}

export function presentPlanSummary(p: PlanWithFigures, lineCode: string, base: string) {
  return {
    id: p.id, uri: `${base}/plans/${p.id}`, actionLine: lineCode, kind: p.kind, yearFrom: p.yearFrom, yearTo: p.yearTo, status: p.status,
    adoptedAt: p.adoptedAt, adoptedByDecisionId: p.adoptedByDecisionId, rolledFromPlanId: p.rolledFromPlanId,
    ...presentFigures(p.figures), isDemo: p.isDemo, version: p.version, createdAt: p.createdAt, updatedAt: p.updatedAt,
  };
}

export function presentActionLine(catalog: Catalog, l: ActionLineWithFigures, base: string, withPlans: boolean) {
  const pillars = [...new Set(l.challenges.map((c) => catalog.challenge(c)?.pillar).filter((p): p is number => p !== undefined))].sort();
  const current = l.currentPlan;
  return {
    id: l.id, code: l.code, uri: `${base}/action-lines/${l.code}`, title: l.title, description: l.description,
    owner: actorRef(catalog, l.ownerActorId), recommendations: l.recommendations, challenges: l.challenges, pillars,
    progress: ratio(current?.figures.progress ?? null), atRisk: current?.figures.atRisk ?? 0,
    currentPlan: current ? { id: current.id, year: current.yearFrom, status: current.status } : null,
    ...(withPlans ? { plans: l.plans.map((p) => presentPlanSummary(p, l.code, base)) } : {}),
    isDemo: l.isDemo, version: l.version, createdAt: l.createdAt, updatedAt: l.updatedAt,
  };
}

export function presentMilestone(m: MilestoneRecord, effectiveWeight: number, overdue: boolean) {
  return {
    id: m.id, actionId: m.actionId, title: m.title, dueOn: m.dueOn, doneOn: m.doneOn, weight: m.weight,
    effectiveWeight: Math.round(effectiveWeight * 10000) / 10000, overdue, version: m.version,
  };
}

export function presentActionSummary(catalog: Catalog, a: ActionRecord, base: string, today: string) {
  const flags = budgetFlags(a);
  return {
    id: a.id, uri: `${base}/actions/${a.id}`, planId: a.planId, code: a.code, title: a.title, status: a.status,
    responsibleActor: actorRef(catalog, a.responsibleActorId), startsOn: a.startsOn, endsOn: a.endsOn,
    budget: { planned: a.budgetPlanned, committed: a.budgetCommitted, spent: a.budgetSpent, ...flags },
    externalId: a.externalId, carriedFromActionId: a.carriedFromActionId,
    progress: ratio(actionProgress(a)), atRisk: isAtRisk(a, today), milestones: a.milestones.length,
    isDemo: a.isDemo, version: a.version,
  };
}

export function presentPlan(catalog: Catalog, d: PlanDetail, base: string) {
  return {
    ...presentPlanSummary(d.plan, d.line.code, base),
    actionLineTitle: d.line.title,
    adoptedBy: d.adoptedBy ? presentDecision(d.adoptedBy) : null,
    rolledFrom: d.rolledFrom, rolledTo: d.rolledTo,
    actions: d.actions.map((a) => ({ ...presentActionSummary(catalog, a, base, d.today), carriedTo: a.carriedTo })),
    baselines: d.baselines.map((b) => ({ version: b.version, frozenAt: b.frozenAt, decision: b.decision ? presentDecision(b.decision) : null, reason: b.reason, frozenBy: b.frozenBy })),
    comparison: d.comparison,
    asOf: d.today,
  };
}

export function presentAction(catalog: Catalog, d: ActionDetail, base: string) {
  const a = d.action;
  const weights = effectiveWeights(a.milestones.map((m) => m.weight));
  return {
    ...presentActionSummary(catalog, a, base, d.today),
    description: a.description,
    actionLine: { code: d.line.code, title: d.line.title },
    plan: { id: d.plan.id, kind: d.plan.kind, yearFrom: d.plan.yearFrom, yearTo: d.plan.yearTo, status: d.plan.status },
    contributors: a.contributorIds.map((id) => actorRef(catalog, id)).filter((x): x is { code: string; name: string } => x !== null),
    milestones: a.milestones.map((m, i) => presentMilestone(m, weights[i]!, a.status !== 'stopped' && isOverdue(m, d.today))),
    decisions: d.decisions.map(presentDecision),
    carriedFrom: d.carriedFrom, carriedTo: d.carriedTo,
    createdAt: a.createdAt, updatedAt: a.updatedAt, asOf: d.today,
  };
}

export function presentConformity(catalog: Catalog, c: ConformityRecord) {
  return {
    id: c.id, actor: actorRef(catalog, c.actorId), agreement: c.agreement, status: c.status, since: c.since, note: c.note, source: c.source,
    version: c.version, createdAt: c.createdAt, updatedAt: c.updatedAt,
  };
}
