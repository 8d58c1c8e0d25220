import type { FastifyInstance } from 'fastify';
import { problemResponses } from '../../web/openapi.js';
import { decide } from './commands/decide.js';
import { inTransaction } from './commands/shared.js';
import { requires } from './guard.js';
import { applicationRow, callRecord } from './queries.js';
import type { RankingIndex } from './read-model.js';
import { decisionFor, letterDrafts } from './reads.js';
import { decisionSchema, letterDraftSchema } from './response-schemas.js';
import { decideBody, idParams, letterQuery, type DecideBody, type IdParams, type LetterQuery } from './schemas.js';

const tags = ['review'];

/** Decisions with their letters, and the project a grant creates. */
export async function decisionApiRoutes(app: FastifyInstance, { index }: { index: RankingIndex }) {
  app.get('/api/applications/:id/decision', {
    ...requires('review.readDecision'),
    schema: { tags, summary: 'The decision and its letter (members of the consortium, and those who decide)', params: idParams, response: { 200: decisionSchema, ...problemResponses(401, 403, 404) } },
  }, async (request) => {
    const user = request.authorize('review.readDecision')!;
    const { call: _call, title: _title, ...d } = await decisionFor(app.db, user, (request.params as IdParams).id);
    return d;
  });

  app.get('/api/applications/:id/decision/draft', {
    ...requires('review.decide'),
    schema: { tags, summary: 'The generated draft letter (nl, en) for an outcome and amount, to edit before deciding', params: idParams, querystring: letterQuery, response: { 200: letterDraftSchema, ...problemResponses(400, 401, 403, 404) } },
  }, async (request) => {
    request.authorize('review.decide');
    const { id } = request.params as IdParams;
    const q = request.query as LetterQuery;
    const row = await applicationRow(app.db, id);
    const call = await callRecord(app.db, { id: row.call_id });
    const amount = q.outcome === 'granted' ? q.amount ?? null : null;
    return { outcome: q.outcome, amount, letter: await letterDrafts(app.db, row, call, q.outcome, amount) };
  });

  app.post('/api/applications/:id/decision', {
    ...requires('review.decide'),
    schema: {
      tags, summary: 'Decide in the decision step: granted (amount within the request, the maximum grant and the remaining budget; creates the project) or refused, with the letter',
      params: idParams, body: decideBody, response: { 201: decisionSchema, ...problemResponses(400, 401, 403, 404, 409) },
    },
  }, async (request, reply) => {
    const user = request.authorize('review.decide')!;
    const { id } = request.params as IdParams;
    const body = request.body as DecideBody;
    let letterNl = (body.letterNl ?? '').trim(), letterEn = body.letterEn;
    if (!letterNl || letterEn === undefined) {
      const row = await applicationRow(app.db, id);
      const drafts = await letterDrafts(app.db, row, await callRecord(app.db, { id: row.call_id }), body.outcome, body.amount ?? null);
      letterNl ||= drafts.nl;
      letterEn ??= drafts.en;
    }
    const { callId } = await inTransaction(app.db, (tx) => decide(tx, user, id, { ...body, letterNl, letterEn }));
    await index.refreshCall(callId);
    const { call: _call, title: _title, ...d } = await decisionFor(app.db, user, id);
    return reply.code(201).send(d);
  });
}
