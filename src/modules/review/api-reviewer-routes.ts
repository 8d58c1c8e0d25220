import type { FastifyInstance } from 'fastify';
import { problemResponses } from '../../web/openapi.js';
import { declareConflict } from './commands/declare-conflict.js';
import { saveScores } from './commands/save-scores.js';
import { inTransaction } from './commands/shared.js';
import { requires } from './guard.js';
import { scoresOf } from './queries.js';
import type { RankingIndex } from './read-model.js';
import { reviewDetail, workspace } from './reads.js';
import { declarationSchema, reviewDetailSchema, scoresResultSchema, workspaceSchema } from './response-schemas.js';
import { declareBody, idParams, scoresBody, type DeclareBody, type IdParams, type ScoresBody } from './schemas.js';

const tags = ['review'];

/** The reviewer's JSON API: its calls, declarations of conflicts of interest, scores. */
export async function reviewerApiRoutes(app: FastifyInstance, { index }: { index: RankingIndex }) {
  app.get('/api/review', {
    ...requires('review.score'),
    schema: { tags, summary: "The reviewer's calls and their applications (a conflicted one shows only that a conflict was declared)", response: { 200: workspaceSchema, ...problemResponses(401, 403) } },
  }, async (request) => {
    const user = request.authorize('review.score')!;
    const calls = await workspace(app.db, user.id);
    return { calls: calls.map((c) => ({ code: c.code, title: c.title, isDemo: c.isDemo, closesAt: c.closesAt, applications: c.applications })) };
  });

  app.get('/api/review/applications/:id', {
    ...requires('review.score'),
    schema: {
      tags, summary: 'An application as its reviewer reads it, with the own scores (after declaring no conflict; 403 when conflicted, 404 when not assigned)',
      params: idParams, response: { 200: reviewDetailSchema, ...problemResponses(401, 403, 404, 409) },
    },
  }, async (request) => {
    const user = request.authorize('review.score')!;
    const d = await reviewDetail(app.db, user.id, (request.params as IdParams).id);
    return { ...d, answers: d.answers.map(({ field: _f, ...a }) => a), annex: d.annex.map(({ field: _f, ...a }) => a) };
  });

  app.post('/api/review/applications/:id/declaration', {
    ...requires('review.score'),
    schema: {
      tags, summary: 'Declare whether you have a conflict of interest with this application (a member of a consortium organisation is conflicted)',
      params: idParams, body: declareBody, response: { 201: declarationSchema, ...problemResponses(400, 401, 403, 404, 409) },
    },
  }, async (request, reply) => {
    const user = request.authorize('review.score')!;
    const { id } = request.params as IdParams;
    const body = request.body as DeclareBody;
    const { callId } = await inTransaction(app.db, (tx) => declareConflict(tx, user, id, body));
    await index.refreshCall(callId);
    return reply.code(201).send({ id, conflicted: body.conflicted });
  });

  app.put('/api/review/applications/:id/scores', {
    ...requires('review.score'),
    schema: {
      tags, summary: 'Save scores as a draft, or submit the review (every criterion needs a score 0-10 and a motivation; all or nothing)',
      params: idParams, body: scoresBody, response: { 200: scoresResultSchema, ...problemResponses(400, 401, 403, 404, 409) },
    },
  }, async (request) => {
    const user = request.authorize('review.score')!;
    const { id } = request.params as IdParams;
    const result = await inTransaction(app.db, (tx) => saveScores(tx, user, id, request.body as ScoresBody));
    await index.refreshCall(result.callId);
    const scores = (await scoresOf(app.db, id, user.id)).map((s) => ({ criterion: s.criterion_code, score: s.score, motivation: s.motivation }));
    return { id, submitted: result.submitted, reviewClosed: result.reviewClosed, scores };
  });
}
