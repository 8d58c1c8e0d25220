import type { FastifyInstance } from 'fastify';
import { translator } from '../../plugins/i18n.js';
import { problemResponses } from '../../web/openapi.js';
import { currentModelId, loadModel } from '../maturity/model.js';
import { answeringState } from './answering.js';
import { setPartFinished } from './commands/finish-part.js';
import { saveAnswer } from './commands/save-answer.js';
import { startAssessment } from './commands/start-assessment.js';
import { submitAssessment } from './commands/submit-assessment.js';
import { assessmentFor, organisationFor, requireAnswerRight, requireManageRight } from './guard.js';
import { requires } from './permissions.js';
import { presentAnswer, presentModel, presentProgress, presentResults, presentSummary } from './presenters.js';
import { findAssessment, listAssessments, respondentsOf } from './queries.js';
import { questionsOf } from './questions.js';
import { detailSchema, listSchema, partSchema, resultsSchema, savedAnswerSchema, summarySchema } from './response-schemas.js';
import { resultsFor } from './results-routes.js';
import { answerBody, answerParams, idParams, startBody, type AnswerBody, type AnswerParams, type IdParams, type StartInput } from './schemas.js';
import { inTransaction } from './transaction.js';
import { RULE_KEYS } from './views/parts.js';

const tags = ['assessments'];
const nl = translator('nl');
const en = translator('en');
const RULES = RULE_KEYS.map((key) => ({ id: key.replace(/^assessments\.rule\./, ''), text: { nl: nl(key), en: en(key) } }));

export async function assessmentApiRoutes(app: FastifyInstance) {
  const db = app.db;
  const questionCount = async (modelId: number, kind: 'quick' | 'full') => {
    const model = await loadModel(db, modelId);
    return model ? questionsOf(model, kind).reduce((n, g) => n + g.questions.length, 0) : 0;
  };
  const summary = async (id: number, rights: Parameters<typeof presentSummary>[3]) => {
    const a = (await findAssessment(db, id))!;
    return presentSummary(a, await questionCount(a.modelId, a.kind), await respondentsOf(db, [id]), rights);
  };

  app.get('/api/organisations/:id/assessments', {
    schema: { tags, summary: "An organisation's assessments with their respondents' progress (names for members only)", params: idParams, response: { 200: listSchema, ...problemResponses(401, 403, 404) } },
  }, async (request) => {
    const { id } = request.params as IdParams;
    const { organisation, rights } = await organisationFor(request, id, 'assessments.view');
    const records = await listAssessments(db, id);
    const respondents = await respondentsOf(db, records.map((r) => r.id));
    const items = [];
    for (const r of records) items.push(presentSummary(r, await questionCount(r.modelId, r.kind), respondents, rights));
    const modelId = await currentModelId(db);
    const model = modelId === undefined ? undefined : await loadModel(db, modelId);
    return {
      organisation: { id: organisation.id, name: organisation.name, shareWithTeam: organisation.shareWithTeam },
      canStart: rights.manage, currentModel: model ? { id: model.id, version: model.version } : null, items,
    };
  });

  app.post('/api/organisations/:id/assessments', {
    ...requires('assessments.start'),
    schema: {
      tags, summary: 'Start a quick scan or a full assessment on the current published model (owners and members)', params: idParams, body: startBody,
      response: { 201: summarySchema, ...problemResponses(400, 401, 403, 404, 409) },
    },
  }, async (request, reply) => {
    const { id } = request.params as IdParams;
    const ctx = await organisationFor(request, id, 'assessments.start');
    requireManageRight(ctx);
    const assessmentId = await inTransaction(db, (tx) => startAssessment(tx, ctx.userId, id, (request.body as StartInput).kind));
    return reply.code(201).header('location', `/api/assessments/${assessmentId}`).send(await summary(assessmentId, ctx.rights));
  });

  app.get('/api/assessments/:id', {
    schema: {
      tags, summary: 'One assessment with its questions, my answers and my progress (members of the organisation)', params: idParams,
      response: { 200: detailSchema, ...problemResponses(400, 401, 403, 404) },
    },
  }, async (request) => {
    const { id } = request.params as IdParams;
    const ctx = await assessmentFor(request, id, 'assessments.answer');
    requireAnswerRight(ctx);
    const state = await answeringState(db, ctx);
    const base = presentSummary(ctx.assessment, state.progress.total, state.respondents, ctx.rights);
    return {
      ...base, organisationName: ctx.assessment.organisationName,
      me: { finished: state.me.finishedAt !== null, finishedAt: state.me.finishedAt?.toISOString() ?? null, progress: presentProgress(state.progress) },
      ...presentModel(ctx.model, state.groups),
      answers: [...state.answers.values()].map(presentAnswer),
    };
  });

  app.put('/api/assessments/:id/answers/:questionId', {
    ...requires('assessments.answer'),
    schema: {
      tags, summary: 'Save my answer to one question (autosave). Send the version the edit starts from; resending the stored answer is accepted as is',
      params: answerParams, body: answerBody, response: { 200: savedAnswerSchema, ...problemResponses(400, 401, 403, 404, 409) },
    },
  }, async (request) => {
    const { id, questionId } = request.params as AnswerParams;
    const ctx = await assessmentFor(request, id, 'assessments.answer');
    requireAnswerRight(ctx);
    const body = request.body as AnswerBody;
    const evidence = body.evidenceUrl?.trim() ?? '';
    const { changed } = await inTransaction(db, (tx) => saveAnswer(tx, ctx.userId, id, questionId, {
      currentLevel: body.currentLevel ?? null, targetLevel: body.targetLevel ?? null, notApplicable: body.notApplicable ?? false,
      note: (body.note ?? '').replace(/\r\n/g, '\n').trim(), evidenceUrl: evidence === '' ? null : evidence, version: body.version,
    }));
    const state = await answeringState(db, ctx);
    return { answer: presentAnswer(state.answers.get(questionId)!), changed, progress: presentProgress(state.progress) };
  });

  for (const [verb, finished] of [['finish', true], ['reopen', false]] as const) {
    app.post(`/api/assessments/:id/${verb}`, {
      ...requires('assessments.answer'),
      schema: {
        tags, summary: finished ? 'Mark my part of the assessment finished (counted when it is submitted)' : 'Reopen my part to change answers (until the assessment is submitted)',
        params: idParams, response: { 200: partSchema, ...problemResponses(401, 403, 404, 409) },
      },
    }, async (request) => {
      const { id } = request.params as IdParams;
      const ctx = await assessmentFor(request, id, 'assessments.answer');
      requireAnswerRight(ctx);
      const at = await inTransaction(db, (tx) => setPartFinished(tx, ctx.userId, id, finished));
      return { finished: at !== null, finishedAt: at?.toISOString() ?? null };
    });
  }

  app.post('/api/assessments/:id/submit', {
    ...requires('assessments.submit'),
    schema: {
      tags, summary: 'Submit: combine the finished respondents\' answers into the result (scoring rules in the response\'s rules) and freeze the assessment (owners and members)',
      params: idParams, response: { 200: resultsSchema, ...problemResponses(401, 403, 404, 409) },
    },
  }, async (request) => {
    const { id } = request.params as IdParams;
    const ctx = await assessmentFor(request, id, 'assessments.submit');
    requireManageRight(ctx);
    await inTransaction(db, (tx) => submitAssessment(tx, ctx.userId, id));
    const data = await resultsFor(request, id);
    return presentResults(data, RULES);
  });

  app.get('/api/assessments/:id/results', {
    ...requires('assessments.view'),
    schema: {
      tags, summary: 'The combined result per dimension, what it means and what the next level asks (members, invited coaches, the team with consent)',
      params: idParams, response: { 200: resultsSchema, ...problemResponses(400, 401, 404, 409) },
    },
  }, async (request) => presentResults(await resultsFor(request, (request.params as IdParams).id), RULES));

}
