import type { Db } from '../../db/database.js';
import type { CurrentUser } from '../../plugins/auth.js';
import { AppError, notFound } from '../../plugins/errors.js';
import type { FormField } from '../calls/form-fields.js';
import { requireReadable } from './commands/reviewer-access.js';
import { draftLetter } from './letter.js';
import {
  applicationContent, applicationRow, callRecord, consortium, countedScores, decisionOf, inConsortium, reviewerCalls, reviewerItems, scoresOf,
  type ApplicationRow, type CallRecord,
} from './queries.js';
import { weightedScore, type CriterionAggregate } from './ranking.js';
import { currentStep } from './workflow.js';

/** Reads shared by the pages and the API: what a reviewer, the team and an applicant each may see. */

export async function workspace(db: Db, userId: number) {
  const calls = await reviewerCalls(db, userId);
  const items = await reviewerItems(db, userId, calls.map((c) => c.id));
  return calls.map((c) => ({
    ...c,
    applications: items.filter((i) => i.callId === c.id).map((i) => ({
      id: i.id, isDemo: i.isDemo, automaticConflict: i.automaticConflict, submitted: i.submitted,
      declaration: (i.conflicted === null ? 'pending' : i.conflicted ? 'conflicted' : 'no_conflict') as 'pending' | 'conflicted' | 'no_conflict',
      // A conflicted application shows nothing but the fact of the declaration.
      title: i.conflicted ? '' : i.title, partners: i.conflicted ? [] : i.partners,
    })),
  }));
}
export type Workspace = Awaited<ReturnType<typeof workspace>>;

const labelled = (fields: FormField[], answers: Record<string, unknown>) =>
  fields.map((f) => ({ key: f.key, label: { nl: f.label_nl, en: f.label_en }, value: (answers[f.key] ?? null) as string | number | boolean | string[] | null, field: f }));

export async function reviewDetail(db: Db, userId: number, applicationId: number) {
  const { app, call, review } = await requireReadable(db, userId, applicationId);
  const [content, partners, scores] = await Promise.all([applicationContent(db, app), consortium(db, app.id), scoresOf(db, app.id, userId)]);
  const step = currentStep(call.steps, app);
  return {
    id: app.id, call: call.code, callRecord: call, title: app.title, summary: content.summary, isDemo: app.is_demo,
    requested: app.requested_eur === null ? null : Number(app.requested_eur),
    partners: partners.map((p) => ({ organisationId: p.organisationId, name: p.name, subsector: p.subsector, role: p.role, isDemo: p.isDemo })),
    answers: labelled(content.fields, content.answers), annex: labelled(content.annexFields, content.annexAnswers),
    pathway: content.pathway, documents: content.documents,
    criteria: call.criteria.map((c) => ({ code: c.code, label: c.label, weight: c.weight })),
    scores: scores.map((s) => ({ criterion: s.criterion_code, score: s.score, motivation: s.motivation })),
    submitted: Boolean(review.submitted_at), reviewOpen: step?.kind === 'review',
  };
}
export type ReviewDetail = Awaited<ReturnType<typeof reviewDetail>>;

/** What a reviewer sees before declaring: title and consortium names only. */
export async function declarationView(db: Db, app: ApplicationRow) {
  const partners = await consortium(db, app.id);
  return { id: app.id, title: app.title, isDemo: app.is_demo, partners: partners.map((p) => p.name) };
}

export async function letterDrafts(db: Db, app: ApplicationRow, call: CallRecord, outcome: 'granted' | 'refused', amount: number | null) {
  const [scores, partners] = await Promise.all([countedScores(db, app.id), consortium(db, app.id)]);
  const per = new Map<string, CriterionAggregate>();
  for (const s of scores) {
    const g = per.get(s.criterion_code) ?? { sum: 0, count: 0, min: 10, max: 0 };
    per.set(s.criterion_code, { sum: g.sum + s.score, count: g.count + 1, min: Math.min(g.min, s.score), max: Math.max(g.max, s.score) });
  }
  const ws = weightedScore(call.criteria, per);
  const facts = {
    organisation: partners.find((p) => p.role === 'lead')?.name ?? partners[0]?.name ?? '', applicationTitle: app.title, callTitle: call.title,
    isDemo: app.is_demo, outcome, amount: outcome === 'granted' ? amount : null,
    weightedScore: ws === null ? null : Math.round(ws * 100) / 100, reviews: new Set(scores.map((s) => s.reviewer_id)).size,
    criteria: call.criteria, scores,
  };
  return { nl: draftLetter(facts, 'nl'), en: draftLetter(facts, 'en') };
}

const DECIDERS = new Set(['admin', 'transition_team', 'steering_committee']);

/** The decision and its letter: for the consortium's members and for those who decide; 404 before it exists. */
export async function decisionFor(db: Db, user: CurrentUser, applicationId: number) {
  const app = await applicationRow(db, applicationId);
  if (!DECIDERS.has(user.role) && !(await inConsortium(db, user.id, app.id))) {
    throw new AppError('FORBIDDEN', 403, 'Only members of the consortium read this decision');
  }
  const decision = await decisionOf(db, app.id);
  if (!decision) throw notFound('decision', applicationId);
  const [call, project] = await Promise.all([
    callRecord(db, { id: app.call_id }),
    db.selectFrom('projects').select(['code', 'starts_on', 'ends_on']).where('application_id', '=', app.id).executeTakeFirst(),
  ]);
  return {
    id: app.id, title: app.title, call, outcome: decision.outcome, amount: decision.amount_eur === null ? null : Number(decision.amount_eur),
    letter: { nl: decision.letter_nl, en: decision.letter_en }, decidedAt: new Date(decision.decided_at).toISOString(), decidedBy: decision.display_name,
    isDemo: app.is_demo,
    project: project ? { code: project.code, startsOn: String(project.starts_on).slice(0, 10), endsOn: String(project.ends_on).slice(0, 10) } : null,
  };
}
export type DecisionView = Awaited<ReturnType<typeof decisionFor>>;
