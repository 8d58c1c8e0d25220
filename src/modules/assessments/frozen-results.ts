import type { FastifyRequest } from 'fastify';
import type { Catalog } from '../../catalog/catalog.js';
import type { Db } from '../../db/database.js';
import { notFound, unauthenticated } from '../../plugins/errors.js';
import { loadModel } from '../maturity/model.js';
import { rememberedAccess } from '../organisations/access.js';
import { notSubmitted } from './errors.js';
import { assessmentFor, rightsOf, type Rights } from './guard.js';
import { findAssessment, type AssessmentRecord } from './queries.js';
import { gatherResults, type ResultsData } from './results-data.js';

interface Held {
  /** The assessment row with its organisation's name and consent, valid while 'access' is unchanged. */
  assessment: AssessmentRecord;
  access: string;
  /** Everything a member sees (respondents included); others get the same without respondents. */
  data: Promise<ResultsData>;
}

const ALL: Rights = { results: true, answers: true, answer: false, manage: false, owner: false };
const LIMIT = 5000;

/**
 * A submitted assessment never changes: its answers, respondents and combined result are frozen
 * at submission, and published model versions never change either. So its results are gathered
 * once and kept (the most recently read LIMIT of them, per database). What can change is read
 * afresh when it may have: the organisation's name and consent, and who may see it, both after
 * any write that touches access (organisations, members, invitations, coaches).
 */
const byDatabase = new WeakMap<Db, Map<number, Held>>();

export async function submittedResults(request: FastifyRequest, id: number): Promise<ResultsData & { rights: Rights; version: string }> {
  const user = request.authorize('assessments.view');
  if (!user) throw unauthenticated();
  const db = request.server.db;
  const catalog: Catalog = request.server.readModels.catalog;
  const held = heldFor(db);
  const access = catalog.stamp(['access']);
  let entry = held.get(id);
  if (!entry || entry.access !== access) {
    const assessment = await findAssessment(db, id);
    if (!assessment) throw notFound('assessment', id);
    if (assessment.status !== 'submitted') {
      // Not frozen yet: the ordinary path, which refuses with the right reason.
      const ctx = await assessmentFor(request, id, 'assessments.view');
      throw ctx.assessment.status !== 'submitted' ? notSubmitted(id) : notFound('assessment', id);
    }
    entry = { assessment, access, data: entry?.data ?? gather(db, assessment) };
    entry.data.catch(() => { if (held.get(id) === entry) held.delete(id); });
    held.delete(id);
    held.set(id, entry);
    if (held.size > LIMIT) held.delete(held.keys().next().value!);
  } else {
    held.delete(id);
    held.set(id, entry);
  }
  const rights = rightsOf(await rememberedAccess(catalog, db, user, entry.assessment.organisationId));
  if (!rights.results) throw notFound('assessment', id);
  const data = await entry.data;
  return {
    ...data,
    assessment: entry.assessment,
    dimensions: rights.answers ? data.dimensions : data.dimensions.map((d) => ({ ...d, respondents: null })),
    rights,
    /** Changes whenever anything shown may have: the organisation and access are read afresh after access writes. */
    version: entry.access,
  };
}

async function gather(db: Db, assessment: AssessmentRecord): Promise<ResultsData> {
  const model = await loadModel(db, assessment.modelId);
  if (!model) throw notFound('maturity model', assessment.modelId);
  return gatherResults(db, assessment, model, ALL);
}

function heldFor(db: Db): Map<number, Held> {
  let held = byDatabase.get(db);
  if (!held) { held = new Map(); byDatabase.set(db, held); }
  return held;
}
