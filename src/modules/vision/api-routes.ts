import type { FastifyInstance, FastifyRequest } from 'fastify';
import { principalOf } from '../../plugins/auth.js';
import { can } from '../../plugins/permissions.js';
import { problemResponses } from '../../web/openapi.js';
import { sendCachedJson } from '../../web/page.js';
import { answerComment, addComment } from './commands/comments.js';
import { createVision } from './commands/create-vision.js';
import { endorse, withdrawEndorsement } from './commands/endorsements.js';
import { closeRound, openRound, startNextRound, updateRound } from './commands/rounds.js';
import { writeEndorsementKpi } from './commands/write-kpi.js';
import { ENDORSEMENT_KPI, LIMITS } from './constants.js';
import { requires } from './permissions.js';
import { presentComment, presentRound, presentVision } from './presenters.js';
import { commentById, getVision, listVisions, pickRound, roundWithSections } from './queries/vision.js';
import { filteredCount } from './read-model.js';
import type { VisionReads } from './reads.js';
import {
  commentsQuery, codeParams, commentBody, createVisionBody, endorseBody, endorsementParams, idParams, kpiBody, roundParams, updateRoundBody, answerBody,
  type AnswerInput, type CodeParams, type CommentInput, type CommentsQuery, type CreateVisionInput, type EndorseInput, type EndorsementParams,
  type IdParams, type KpiInput, type RoundParams, type UpdateRoundInput,
} from './schemas.js';
import {
  commentPageSchema, commentSchema, kpiWriteSchema, roundSchema, visionListSchema, visionSchema,
} from './response-schemas.js';
import { inTransaction } from './transaction.js';

const tags = ['vision'];

/** The JSON API of the vision and its consultation rounds. */
export async function visionApiRoutes(app: FastifyInstance, { reads }: { reads: VisionReads }) {
  const base = app.config.publicBase;
  const seesDrafts = (request: FastifyRequest) => can(principalOf(request.user), 'vision.viewDrafts');
  // A write is visible to the writer's next read at once (the onSend hook bumps the area again).
  const changed = () => app.readModels.catalog.touch('vision');
  const round = async (request: FastifyRequest, code: string, n?: number) => {
    const vision = await reads.vision(code, seesDrafts(request));
    const r = await roundWithSections(app.db, pickRound(vision, n));
    const model = await reads.roundModel(r.id);
    return presentRound(base, vision, r, model.stats(), model.endorsements());
  };

  app.get('/api/vision', {
    schema: { tags, summary: 'Visions with their consultation rounds (drafts only for the transition team)', response: { 200: visionListSchema } },
  }, async (request) => {
    request.authorize('vision.read');
    const items = (await listVisions(app.db, seesDrafts(request))).map((v) => presentVision(base, v));
    return { items, total: items.length };
  });

  app.post('/api/vision', {
    ...requires('vision.edit'),
    schema: { tags, summary: 'Create a vision; its first round starts as a draft', body: createVisionBody, response: { 201: visionSchema, ...problemResponses(400, 401, 403, 409) } },
  }, async (request, reply) => {
    const user = request.authorize('vision.edit')!;
    const code = await inTransaction(app.db, (tx) => createVision(tx, user.id, request.body as CreateVisionInput));
    changed();
    return reply.code(201).header('location', `/api/vision/${code}`).send(presentVision(base, await getVision(app.db, code, true)));
  });

  app.post('/api/vision/kpi-measurements', {
    ...requires('vision.writeKpi'),
    schema: {
      tags, summary: `Write the year's measurement of the KPI ${ENDORSEMENT_KPI} (endorsing organisations, total and per subsector); running it again replaces it`,
      body: kpiBody, response: { 200: kpiWriteSchema, ...problemResponses(400, 401, 403, 409) },
    },
  }, async (request) => {
    const user = request.authorize('vision.writeKpi')!;
    const result = await inTransaction(app.db, (tx) => writeEndorsementKpi(tx, user.id, (request.body as KpiInput).year));
    app.readModels.responses.invalidateTags(['kpi:*', `kpi:${ENDORSEMENT_KPI}`]);
    app.readModels.catalog.touch('monitoring');
    return { kpi: ENDORSEMENT_KPI, ...result };
  });

  app.get('/api/vision/:code', {
    schema: { tags, summary: 'The latest round of a vision: its text, comment counts, participation by subsector and province, endorsements', params: codeParams, response: { 200: roundSchema, ...problemResponses(404) } },
  }, async (request, reply) => {
    request.authorize('vision.read');
    const { code } = request.params as CodeParams;
    // Drafts differ by reader; everything else is the same for everyone and cached per address.
    if (seesDrafts(request)) return round(request, code);
    return sendCachedJson(request, reply, () => round(request, code), ['vision', 'maturity']);
  });

  app.get('/api/vision/:code/rounds/:n', {
    schema: { tags, summary: 'One round (version) of a vision, also after it closed', params: roundParams, response: { 200: roundSchema, ...problemResponses(400, 404) } },
  }, async (request, reply) => {
    request.authorize('vision.read');
    const { code, n } = request.params as RoundParams;
    if (seesDrafts(request)) return round(request, code, n);
    return sendCachedJson(request, reply, () => round(request, code, n), ['vision', 'maturity']);
  });

  app.post('/api/vision/:code/rounds', {
    ...requires('vision.edit'),
    schema: { tags, summary: 'Start the next round as a draft copy of the latest text (the latest round must be closed)', params: codeParams, response: { 201: roundSchema, ...problemResponses(401, 403, 404, 409) } },
  }, async (request, reply) => {
    const user = request.authorize('vision.edit')!;
    const { code } = request.params as CodeParams;
    const n = await inTransaction(app.db, (tx) => startNextRound(tx, user.id, code));
    changed();
    return reply.code(201).header('location', `/api/vision/${code}/rounds/${n}`).send(await round(request, code, n));
  });

  app.put('/api/vision/:code/rounds/:n', {
    ...requires('vision.edit'),
    schema: { tags, summary: 'Edit the text of a draft round (send the version you started from)', params: roundParams, body: updateRoundBody, response: { 200: roundSchema, ...problemResponses(400, 401, 403, 404, 409) } },
  }, async (request) => {
    const user = request.authorize('vision.edit')!;
    const { code, n } = request.params as RoundParams;
    await inTransaction(app.db, (tx) => updateRound(tx, user.id, code, n, request.body as UpdateRoundInput));
    changed();
    return round(request, code, n);
  });

  for (const [action, run, summary] of [
    ['open', openRound, 'Open a draft round for comments and endorsements (refused while comments of earlier rounds are unanswered)'],
    ['close', closeRound, 'Close the open round: it accepts no more comments or endorsements'],
  ] as const) {
    app.post(`/api/vision/:code/rounds/:n/${action}`, {
      ...requires('vision.edit'),
      schema: { tags, summary, params: roundParams, response: { 200: roundSchema, ...problemResponses(400, 401, 403, 404, 409) } },
    }, async (request) => {
      const user = request.authorize('vision.edit')!;
      const { code, n } = request.params as RoundParams;
      await inTransaction(app.db, (tx) => run(tx, user.id, code, n));
      changed();
      return round(request, code, n);
    });
  }

  app.get('/api/vision/:code/rounds/:n/comments', {
    schema: {
      tags, summary: 'Comments of a round with the transition team\'s answers, 20 per page, filtered by section and answered or not',
      params: roundParams, querystring: commentsQuery, response: { 200: commentPageSchema, ...problemResponses(400, 404) },
    },
  }, async (request) => {
    request.authorize('vision.read');
    const { code, n } = request.params as RoundParams;
    const q = request.query as CommentsQuery;
    const r = pickRound(await reads.vision(code, seesDrafts(request)), n);
    const status = q.status ?? 'all';
    const model = await reads.roundModel(r.id);
    const total = filteredCount(model.stats(), q.section, status);
    const page = q.page ?? 1;
    const items = model.page(q.section, status, page).map(presentComment);
    return { items, total, page, pages: Math.max(1, Math.ceil(total / LIMITS.commentsPage)) };
  });

  app.post('/api/vision/:code/rounds/:n/comments', {
    ...requires('vision.comment'),
    schema: {
      tags, summary: 'Comment on a section of the open round (optionally on behalf of your organisation), with an optional proposed text',
      params: roundParams, body: commentBody, response: { 201: commentSchema, ...problemResponses(400, 401, 403, 404, 409) },
    },
  }, async (request, reply) => {
    const user = request.authorize('vision.comment')!;
    const { code, n } = request.params as RoundParams;
    const id = await inTransaction(app.db, (tx) => addComment(tx, user, code, n, request.body as CommentInput));
    changed();
    return reply.code(201).header('location', `/vision/${code}/rounds/${n}#comment-${id}`).send(presentComment(await commentById(app.db, id)));
  });

  app.put('/api/vision/comments/:id/answer', {
    ...requires('vision.answer'),
    schema: {
      tags, summary: 'Answer a comment: adopted, adapted or not adopted, with a reason (send the version you started from)',
      params: idParams, body: answerBody, response: { 200: commentSchema, ...problemResponses(400, 401, 403, 404, 409) },
    },
  }, async (request) => {
    const user = request.authorize('vision.answer')!;
    const { id } = request.params as IdParams;
    await inTransaction(app.db, (tx) => answerComment(tx, user.id, id, request.body as AnswerInput));
    changed();
    return presentComment(await commentById(app.db, id));
  });

  app.post('/api/vision/:code/rounds/:n/endorsements', {
    ...requires('vision.endorse'),
    schema: {
      tags, summary: 'Endorse the open version for your organisation (organisation owners only; one endorsement per organisation and version)',
      params: roundParams, body: endorseBody, response: { 201: roundSchema, ...problemResponses(400, 401, 403, 404, 409) },
    },
  }, async (request, reply) => {
    const user = request.authorize('vision.endorse')!;
    const { code, n } = request.params as RoundParams;
    await inTransaction(app.db, (tx) => endorse(tx, user, code, n, (request.body as EndorseInput).organisationId));
    changed();
    return reply.code(201).send(await round(request, code, n));
  });

  app.delete('/api/vision/:code/rounds/:n/endorsements/:organisationId', {
    ...requires('vision.endorse'),
    schema: { tags, summary: "Withdraw your organisation's endorsement while the round is open", params: endorsementParams, response: { 200: roundSchema, ...problemResponses(400, 401, 403, 404, 409) } },
  }, async (request) => {
    const user = request.authorize('vision.endorse')!;
    const { code, n, organisationId } = request.params as EndorsementParams;
    await inTransaction(app.db, (tx) => withdrawEndorsement(tx, user, code, n, organisationId));
    changed();
    return round(request, code, n);
  });
}
