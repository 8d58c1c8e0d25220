import type { FastifyRequest } from 'fastify';
import { AppError, notFound, unauthenticated } from '../../plugins/errors.js';
import { canAnswer, canManage, canSeeAnswers, canSeeResults, isOwner, rememberedAccess, type OrganisationAccess } from '../organisations/access.js';
import { loadModel, type MaturityModel } from '../maturity/model.js';
import { noAnswerAccess, notManager } from './errors.js';
import { findAssessment, findOrganisation, type AssessmentRecord, type OrganisationRecord } from './queries.js';

/** What the current account may do with one assessment, as the pages and the API both need it. */
export interface Rights {
  /** Sees the combined result (members, invited coaches, the team with consent). */
  results: boolean;
  /** Sees individual answers and who answered what: members only. */
  answers: boolean;
  answer: boolean;
  manage: boolean;
  /** Changes the organisation's consent (linked from the privacy statement). */
  owner: boolean;
}

export const rightsOf = (access: OrganisationAccess): Rights =>
  ({ results: canSeeResults(access), answers: canSeeAnswers(access), answer: canAnswer(access), manage: canManage(access), owner: isOwner(access) });

/** The rights as a short key, for pages kept per set of rights. */
export const rightsKey = (r: Rights): string => [r.results, r.answers, r.answer, r.manage, r.owner].map((b) => (b ? 1 : 0)).join('');

export interface AssessmentContext { assessment: AssessmentRecord; model: MaturityModel; rights: Rights; userId: number }

/**
 * The assessment if this account may see anything of it. To everyone else it does not exist
 * (404): an assessment id says nothing about whom it belongs to.
 */
export async function assessmentFor(request: FastifyRequest, id: number, action: string): Promise<AssessmentContext> {
  const user = request.authorize(action);
  if (!user) throw unauthenticated();
  const db = request.server.db;
  const assessment = await findAssessment(db, id);
  if (!assessment) throw notFound('assessment', id);
  const rights = rightsOf(await rememberedAccess(request.server.readModels.catalog, db, user, assessment.organisationId));
  if (!rights.results) throw notFound('assessment', id);
  const model = await loadModel(db, assessment.modelId);
  if (!model) throw notFound('maturity model', assessment.modelId);
  return { assessment, model, rights, userId: user.id };
}

export function requireAnswerRight(ctx: { rights: Rights }): void {
  if (!ctx.rights.answer) throw noAnswerAccess();
}

export function requireManageRight(ctx: { rights: Rights }): void {
  if (!ctx.rights.manage) throw notManager();
}

export interface OrganisationContext { organisation: OrganisationRecord; rights: Rights; userId: number }

/** The organisation's assessment list: members, invited coaches and the consenting team; others are refused. */
export async function organisationFor(request: FastifyRequest, id: number, action: string): Promise<OrganisationContext> {
  const user = request.authorize(action);
  if (!user) throw unauthenticated();
  const db = request.server.db;
  const organisation = await findOrganisation(db, id);
  if (!organisation) throw notFound('organisation', id);
  const rights = rightsOf(await rememberedAccess(request.server.readModels.catalog, db, user, id));
  if (!rights.results) throw new AppError('ASSESSMENT_ORGANISATION_CLOSED', 403, `Only members of organisation ${id}, coaches it invited and (with its consent) the transition team see its assessments`);
  return { organisation, rights, userId: user.id };
}
