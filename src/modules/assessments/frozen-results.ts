import type { FastifyRequest } from 'fastify';
import type { Catalog } from '../../catalog/catalog.js';
import type { Db } from '../../db/database.js';
import { notFound, unauthenticated } from '../../plugins/errors.js';
import { loadModel } from '../maturity/model.js';
import { rememberedAccess } from '../organisations/access.js';
import { notSubmitted } from './errors.js';
import { assessmentFor, rightsOf, type Rights } from './guard.js';
import { sql } from 'kysely';
import type { AssessmentRecord } from './queries.js';
import { composeResults, type ResultsData, type ResultsSource } from './results-data.js';
import type { MaturityModel } from '../maturity/model.js';

interface Held {
  /** The assessment row with its organisation's name and consent, valid while 'access' is unchanged. */
  assessment: AssessmentRecord;
  access: string;
  /**
   * Everything a member sees (respondents included); others get the same without respondents.
   * Made on first read: an organisation's other results come along with the first one read, and
   * most of them may never be opened.
   */
  data: Promise<ResultsData> | null;
  /** What `data` is made from, until it is made. */
  row: FrozenRow | null;
}

const ALL: Rights = { results: true, answers: true, answer: false, manage: false, owner: false };
const LIMIT = 20_000;

/**
 * A submitted assessment never changes: its answers, respondents and combined result are frozen
 * at submission, and published model versions never change either. So its results are gathered
 * once and kept (the most recently read LIMIT of them, per database: a few kB each, as the model's
 * texts are shared). What can change is read
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
    // One query for the assessment and, unless already held, everything its results are made of;
    // a result not held yet comes with the organisation's other submitted results, which the
    // same readers open next (progress over time): one query per organisation, not per result.
    const rows = await frozenRows(db, id, !entry);
    const row = rows.find((r) => r.assessment.id === id);
    if (!row) throw notFound('assessment', id);
    for (const other of rows) {
      if (other === row || other.assessment.status !== 'submitted' || held.has(other.assessment.id)) continue;
      held.set(other.assessment.id, { assessment: other.assessment, access, data: null, row: other });
    }
    const { assessment } = row;
    if (assessment.status !== 'submitted') {
      // Not frozen yet: the ordinary path, which refuses with the right reason.
      const ctx = await assessmentFor(request, id, 'assessments.view');
      throw ctx.assessment.status !== 'submitted' ? notSubmitted(id) : notFound('assessment', id);
    }
    // What is held already (made or not) stays; the row read without its source only renews the rest.
    entry = entry ? { ...entry, assessment, access } : { assessment, access, data: null, row };
    held.delete(id);
    held.set(id, entry);
    while (held.size > LIMIT) held.delete(held.keys().next().value!);
  } else {
    held.delete(id);
    held.set(id, entry);
  }
  let made = entry.data;
  if (!made) {
    const kept = entry;
    made = compose(db, kept.row!);
    kept.data = made;
    kept.row = null;
    made.catch(() => { if (held.get(id) === kept) held.delete(id); });
  }
  const rights = rightsOf(await rememberedAccess(catalog, db, user, entry.assessment.organisationId));
  if (!rights.results) throw notFound('assessment', id);
  const data = await made;
  return {
    ...data,
    assessment: entry.assessment,
    dimensions: rights.answers ? data.dimensions : data.dimensions.map((d) => ({ ...d, respondents: null })),
    rights,
    /** Changes whenever anything shown may have: the organisation and access are read afresh after access writes. */
    version: entry.access,
  };
}

interface FrozenRow { assessment: AssessmentRecord; modelKey: string; source: ResultsSource | null }

type Json = [unknown, unknown, unknown, unknown, unknown, unknown, unknown];

/**
 * The assessment and, with its source, the organisation's other submitted results: one call of
 * frozen_assessment_rows (migration 0033), whose plans the database keeps instead of planning
 * the statement on every first read.
 */
async function frozenRows(db: Db, id: number, withSource: boolean): Promise<FrozenRow[]> {
  const { rows } = await sql<{
    id: number; organisation_id: number; organisation_name: string; share_with_team: boolean; model_id: number; model_version: number;
    model_key: string; kind: AssessmentRecord['kind']; status: AssessmentRecord['status']; started_by: number | null; started_at: Date;
    submitted_at: Date | null; is_demo: boolean; version: number; results: Json[] | null; respondents: Json[] | null; answers: Json[] | null;
  }>`select * from frozen_assessment_rows(${id}::int, ${withSource}::boolean)`.execute(db);
  return rows.map((r) => ({
    assessment: {
      id: r.id, organisationId: r.organisation_id, organisationName: r.organisation_name, shareWithTeam: r.share_with_team,
      modelId: r.model_id, modelVersion: r.model_version, kind: r.kind, status: r.status, startedBy: r.started_by,
      startedAt: new Date(r.started_at), submittedAt: r.submitted_at === null ? null : new Date(r.submitted_at), isDemo: r.is_demo, version: r.version,
    },
    modelKey: r.model_key,
    source: r.results === null ? null : {
      results: r.results.map(([code, level, target, min, max, respondents, disagreement]) => ({
        dimensionCode: code as string, level: level as number, targetLevel: target as number | null, minLevel: min as number, maxLevel: max as number,
        respondents: respondents as number, disagreement: disagreement as boolean,
      })),
      respondents: (r.respondents ?? []).map(([userId, name, position, finishedAt]) => ({
        userId: userId as number, name: name as string, position: position as string, finishedAt: finishedAt === null ? null : new Date(finishedAt as string),
      })),
      answers: (r.answers ?? []).map(([userId, questionId, current, target, notApplicable]) => ({
        userId: userId as number, questionId: questionId as number, currentLevel: current as number | null, targetLevel: target as number | null, notApplicable: notApplicable as boolean,
      })),
    },
  }));
}

// A published model version never changes (its row version and publication time are in the key).
const models = new Map<string, Promise<MaturityModel | undefined>>();

async function compose(db: Db, row: FrozenRow): Promise<ResultsData> {
  let model = models.get(row.modelKey);
  if (!model) {
    models.set(row.modelKey, (model = loadModel(db, row.assessment.modelId)));
    model.catch(() => models.delete(row.modelKey));
  }
  const loaded = await model;
  if (!loaded) throw notFound('maturity model', row.assessment.modelId);
  return composeResults(row.assessment, loaded, ALL, row.source!);
}

function heldFor(db: Db): Map<number, Held> {
  let held = byDatabase.get(db);
  if (!held) { held = new Map(); byDatabase.set(db, held); }
  return held;
}
