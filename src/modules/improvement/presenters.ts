import type { Catalog } from '../../catalog/catalog.js';
import { translator } from '../../plugins/i18n.js';
import type { Flag } from './flags.js';
import type { DimensionMatches } from './matching.js';
import type { PlanView } from './plan-view.js';
import type { ProgressView } from './progress.js';
import type { ContactRequest } from './contacts.js';
import type { CoachingRecord, CoachRecord, ItemRecord } from './queries.js';
import type { Ranked } from './ranking.js';
import type { ResultContext } from './result-context.js';
import { reasonSentence } from './sentences.js';

/** API shapes: explicit fields only; individual answers never leave through this module. */
const nl = translator('nl');
const en = translator('en');

export function presentRanking(context: ResultContext, ranking: Ranked[], chosen?: ReadonlySet<string>) {
  const qText = (id: number, lang: 'nl' | 'en') => context.model.questions.get(id)?.text[lang] ?? '';
  return ranking.map((r) => {
    const dim = context.dimensions.find((d) => d.code === r.code)!;
    return {
      dimension: r.code, name: dim.name, level: r.level, target: r.target, gap: r.gap, relevance: r.relevance, score: r.score, rank: r.rank,
      suggested: r.suggested, ...(chosen ? { chosen: chosen.has(r.code) } : {}), nextLevel: dim.nextLevel,
      criticalItems: r.criticalItems.map((id) => context.model.questions.get(id)?.code ?? String(id)),
      reason: { nl: reasonSentence(nl, r, r.criticalItems.map((id) => qText(id, 'nl'))), en: reasonSentence(en, r, r.criticalItems.map((id) => qText(id, 'en'))) },
    };
  });
}

export const presentItem = (i: ItemRecord) => ({
  id: i.id, dimension: i.dimension, stepId: i.stepId, text: i.text, owner: i.owner, dueOn: i.dueOn, status: i.status,
  createdAt: i.createdAt, updatedAt: i.updatedAt, version: i.version,
});

export function presentMatches(dimension: string, m: DimensionMatches) {
  return {
    dimension,
    learning: m.learning.map((l) => ({
      id: l.id, title: l.title, summary: l.summary, kind: l.kind, provider: l.provider, providerActor: l.providerActor, startsOn: l.startsOn, endsOn: l.endsOn,
      place: l.place, online: l.online, url: l.url, isDemo: l.isDemo, dimension: l.dimension, levelFrom: l.levelFrom, levelTo: l.levelTo,
    })),
    actors: m.actors.map((a) => ({ code: a.code, name: a.name, kind: a.kind, expertise: a.expertise, servesSubsector: a.servesSubsector })),
    cases: m.cases.map((c) => ({ code: c.code, title: c.title, country: c.country })),
    peers: m.peers.map((p) => ({ id: p.id, name: p.name, subsector: p.subsector, municipality: p.municipality, sameSubsector: p.sameSubsector, level: p.level, isDemo: p.isDemo })),
  };
}

/** A request received: who asks (with the requester's address, to answer) and the answer given. */
export const presentReceived = (r: ContactRequest) => ({
  id: r.id, requestedAt: r.requestedAt, fromOrganisation: { id: r.from.id, name: r.from.name, isDemo: r.from.isDemo }, dimension: r.dimension, message: r.message,
  requester: r.requester, state: r.state, answeredAt: r.answeredAt, answeredBy: r.answeredBy ? r.answeredBy.name : null,
});

/** A request sent: the peer's owner who accepted is the contact; a waiting or declined request shows no address. */
export const presentSent = (r: ContactRequest) => ({
  id: r.id, requestedAt: r.requestedAt, peer: { id: r.to.id, name: r.to.name, isDemo: r.to.isDemo }, dimension: r.dimension, message: r.message,
  state: r.state, answeredAt: r.answeredAt, contact: r.state === 'accepted' && r.answeredBy ? r.answeredBy : null,
});

const assessmentRef = (c: ResultContext) => ({ assessmentId: c.assessment.id, kind: c.assessment.kind, submittedOn: c.assessment.submittedOn, modelVersion: c.model.version });

export function presentPlanView(view: PlanView) {
  const { plan, chooser } = view;
  return {
    organisation: { id: view.organisation.id, name: view.organisation.name, subsector: view.organisation.subsector, isDemo: view.organisation.isDemo },
    latestResult: view.latest ? { assessmentId: view.latest.id, kind: view.latest.kind, submittedOn: view.latest.submittedOn } : null,
    suggestions: chooser ? { basedOn: assessmentRef(chooser.context), defaultReassessOn: chooser.defaultReassessOn, ranking: presentRanking(chooser.context, chooser.ranking) } : null,
    plan: plan ? {
      id: plan.record.id, basedOn: assessmentRef(plan.context), reassessOn: plan.record.reassessOn,
      reassessment: { state: plan.reassess.state, days: plan.reassess.days },
      scenarioNote: plan.record.scenarioNote, version: plan.record.version, createdAt: plan.record.createdAt, updatedAt: plan.record.updatedAt,
      priorities: plan.priorities.map((p) => ({ dimension: p.dimension, relevance: p.relevance, reason: p.reason })),
      relevance: Object.fromEntries(plan.relevance),
      ranking: presentRanking(plan.context, plan.ranking, new Set(plan.priorities.map((p) => p.dimension))),
      items: plan.items.map(presentItem),
      comments: plan.comments.map((c) => ({ id: c.id, author: c.author, body: c.body, createdAt: c.createdAt })),
      matches: [...plan.matches.entries()].map(([d, m]) => presentMatches(d, m)),
    } : null,
    contactRequests: view.contactRequests.map(presentReceived),
    sentRequests: view.sentRequests.map(presentSent),
  };
}

export function presentFlag(f: Flag) {
  return { kind: f.kind, ...('dimension' in f ? { dimension: f.dimension } : {}), ...(f.kind === 'jump' ? { from: f.from, to: f.to } : {}),
    ...(f.kind === 'noEvidence' ? { level: f.level } : {}), ...(f.kind === 'disagreement' ? { min: f.min, max: f.max } : {}), ...(f.kind === 'allTop' ? { basis: f.basis } : {}) };
}

export function presentProgress(p: ProgressView) {
  return {
    modelVersion: p.modelVersion,
    assessments: p.assessments.map((a) => ({ id: a.id, kind: a.kind, submittedOn: a.submittedOn })),
    dimensions: p.dimensions.map((d) => ({ code: d.code, name: d.name, points: d.points })),
    flags: p.flags.map(presentFlag),
  };
}

export function presentCoach(catalog: Catalog, c: CoachRecord) {
  const actor = c.actorId !== null ? catalog.actors.get(c.actorId) : undefined;
  return { id: c.id, name: c.name, email: c.email, actor: actor ? { code: actor.code, name: actor.name } : null, invitedAt: c.invitedAt, invitedBy: c.invitedBy, withdrawnAt: c.withdrawnAt };
}

export function presentCoaching(catalog: Catalog, c: CoachingRecord) {
  const actor = c.actorId !== null ? catalog.actors.get(c.actorId) : undefined;
  return { invitationId: c.invitationId, organisation: { id: c.organisationId, name: c.name, subsector: c.subsector, isDemo: c.isDemo }, actor: actor ? { code: actor.code, name: actor.name } : null, invitedAt: c.invitedAt };
}
