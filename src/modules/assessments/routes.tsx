import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, notFound } from '../../plugins/errors.js';
import { viewContext } from '../../web/context.js';
import { h } from '../../web/jsx.js';
import { sendPage } from '../../web/page.js';
import { currentModelId, loadModel } from '../maturity/model.js';
import { answeringState } from './answering.js';
import { setPartFinished } from './commands/finish-part.js';
import { joinAssessment } from './commands/join-assessment.js';
import { saveDimension } from './commands/save-dimension.js';
import { startAssessment } from './commands/start-assessment.js';
import { submitAssessment } from './commands/submit-assessment.js';
import { formFromAnswer, readDimensionForm } from './form-mapping.js';
import { assessmentFor, organisationFor, requireAnswerRight, requireManageRight, type AssessmentContext } from './guard.js';
import { requires } from './permissions.js';
import { presentSummary } from './presenters.js';
import { listAssessments, respondentsOf } from './queries.js';
import { questionsOf } from './questions.js';
import { dimensionParams, idParams, type DimensionParams, type IdParams } from './schemas.js';
import { inTransaction } from './transaction.js';
import { DimensionPage } from './views/dimension.js';
import { OverviewPage } from './views/overview.js';
import { StartPage, type StartOffer } from './views/start.js';

const NOTICES = new Set(['started', 'finished', 'reopened', 'saved']);

/** `?saved=x` after a redirect names the confirmation to show. */
function noticeOf(request: FastifyRequest): string | undefined {
  const saved = (request.query as Record<string, unknown>)?.saved;
  return typeof saved === 'string' && NOTICES.has(saved) ? `assessments.notice.${saved}` : undefined;
}

/** A refusal a page can explain (bad input, conflict, not allowed here); anything else goes to the error page. */
function refusal(err: unknown, reply: FastifyReply): { code: string; detail: string } {
  if (!(err instanceof AppError) || (err.status !== 400 && err.status !== 409)) throw err;
  reply.code(err.status);
  return { code: err.code, detail: err.detail };
}

/** The pages: an organisation's assessments, answering one dimension at a time, finishing, submitting. */
export async function assessmentRoutes(app: FastifyInstance) {
  const db = app.db;

  // --- an organisation's assessments ------------------------------------------------------------
  const startPage = async (request: FastifyRequest, reply: FastifyReply, id: number, error?: { code: string; detail: string }) => {
    const { organisation, rights } = await organisationFor(request, id, 'assessments.view');
    const records = await listAssessments(db, id);
    const respondents = await respondentsOf(db, records.map((r) => r.id));
    const items = [];
    for (const r of records) {
      const model = await loadModel(db, r.modelId);
      const total = model ? questionsOf(model, r.kind).reduce((n, g) => n + g.questions.length, 0) : 0;
      items.push(presentSummary(r, total, respondents, rights));
    }
    const modelId = await currentModelId(db);
    const model = modelId === undefined ? undefined : await loadModel(db, modelId);
    const count = (kind: 'quick' | 'full') => (model ? questionsOf(model, kind).reduce((n, g) => n + g.questions.length, 0) : 0);
    const offer: StartOffer | null = model ? { modelVersion: model.version, quick: count('quick'), full: count('full') } : null;
    return sendPage(reply, <StartPage ctx={viewContext(request)} organisation={organisation} rights={rights} items={items} offer={offer} notice={noticeOf(request)} error={error} />);
  };

  app.get('/organisations/:id/assessments', { ...requires('assessments.view'), schema: { params: idParams } }, async (request, reply) =>
    startPage(request, reply, (request.params as IdParams).id));

  app.post('/organisations/:id/assessments', { ...requires('assessments.start'), schema: { params: idParams } }, async (request, reply) => {
    const { id } = request.params as IdParams;
    const { rights, userId } = await organisationFor(request, id, 'assessments.start');
    requireManageRight({ rights });
    const kind = (request.body as Record<string, unknown> | undefined)?.kind;
    try {
      if (kind !== 'quick' && kind !== 'full') throw new AppError('VALIDATION_FAILED', 400, 'kind: must be quick or full', [{ field: 'kind', message: 'must be quick or full', code: 'enum' }]);
      const assessmentId = await inTransaction(db, (tx) => startAssessment(tx, userId, id, kind));
      return reply.redirect(`/assessments/${assessmentId}?saved=started`, 303);
    } catch (err) {
      return startPage(request, reply, id, refusal(err, reply));
    }
  });

  // --- answering ----------------------------------------------------------------------------------
  /** The first visit of a member makes them a respondent of an open assessment. */
  const answering = async (request: FastifyRequest, id: number) => {
    const ctx = await assessmentFor(request, id, 'assessments.answer');
    requireAnswerRight(ctx);
    let state = await answeringState(db, ctx);
    if (!state.me.joined && ctx.assessment.status === 'open') {
      await inTransaction(db, (tx) => joinAssessment(tx, ctx.userId, id));
      state = await answeringState(db, ctx);
    }
    return { ctx, state };
  };

  const overview = async (request: FastifyRequest, reply: FastifyReply, id: number, error?: { code: string; detail: string }) => {
    const { ctx, state } = await answering(request, id);
    return sendPage(reply, <OverviewPage ctx={viewContext(request)} assessment={ctx.assessment} model={ctx.model} groups={state.groups} rights={ctx.rights}
      progress={state.progress} me={state.me} respondents={state.respondents} notice={noticeOf(request)} error={error} />);
  };

  app.get('/assessments/:id', { ...requires('assessments.answer'), schema: { params: idParams } }, async (request, reply) => overview(request, reply, (request.params as IdParams).id));

  for (const [verb, finished] of [['finish', true], ['reopen', false]] as const) {
    app.post(`/assessments/:id/${verb}`, { ...requires('assessments.answer'), schema: { params: idParams } }, async (request, reply) => {
      const { id } = request.params as IdParams;
      const ctx = await assessmentFor(request, id, 'assessments.answer');
      requireAnswerRight(ctx);
      try {
        await inTransaction(db, (tx) => setPartFinished(tx, ctx.userId, id, finished));
        return reply.redirect(`/assessments/${id}?saved=${finished ? 'finished' : 'reopened'}`, 303);
      } catch (err) {
        return overview(request, reply, id, refusal(err, reply));
      }
    });
  }

  app.post('/assessments/:id/submit', { ...requires('assessments.submit'), schema: { params: idParams } }, async (request, reply) => {
    const { id } = request.params as IdParams;
    const ctx = await assessmentFor(request, id, 'assessments.submit');
    requireManageRight(ctx);
    try {
      await inTransaction(db, (tx) => submitAssessment(tx, ctx.userId, id));
      return reply.redirect(`/assessments/${id}/results`, 303);
    } catch (err) {
      return overview(request, reply, id, refusal(err, reply));
    }
  });

  // --- one dimension ------------------------------------------------------------------------------
  const dimensionPage = async (request: FastifyRequest, reply: FastifyReply, ctx: AssessmentContext, code: string,
    input?: { forms: ReturnType<typeof readDimensionForm>['forms']; errors: AppError['fields']; stale: number[] }) => {
    const state = await answeringState(db, ctx);
    const group = state.groups.find((g) => g.dimension.code === code);
    if (!group) throw notFound('dimension', code);
    const forms = input?.forms ?? Object.fromEntries(group.questions.map((q) => [q.id, formFromAnswer(state.answers.get(q.id))]));
    for (const qid of input?.stale ?? []) {
      // The next save deliberately overwrites the other version: continue from it.
      forms[qid] = { ...forms[qid]!, version: String(state.answers.get(qid)?.version ?? 0) };
    }
    const locked = ctx.assessment.status === 'submitted' ? 'submitted' : state.me.finishedAt ? 'finished' : null;
    return sendPage(reply, <DimensionPage ctx={viewContext(request)} assessment={ctx.assessment} group={group} groups={state.groups} levels={ctx.model.levels}
      progress={state.progress} forms={forms} errors={input?.errors ?? []} stale={input?.stale ?? []} locked={locked} notice={noticeOf(request)} />);
  };

  app.get('/assessments/:id/dimensions/:code', { ...requires('assessments.answer'), schema: { params: dimensionParams } }, async (request, reply) => {
    const { id, code } = request.params as DimensionParams;
    const { ctx } = await answering(request, id);
    return dimensionPage(request, reply, ctx, code);
  });

  app.post('/assessments/:id/dimensions/:code', { ...requires('assessments.answer'), schema: { params: dimensionParams } }, async (request, reply) => {
    const { id, code } = request.params as DimensionParams;
    const ctx = await assessmentFor(request, id, 'assessments.answer');
    requireAnswerRight(ctx);
    const state = await answeringState(db, ctx);
    const group = state.groups.find((g) => g.dimension.code === code);
    if (!group) throw notFound('dimension', code);
    const parsed = readDimensionForm(request.body, group.questions, state.answers);
    const next = (request.body as Record<string, unknown> | undefined)?.next;
    const target = typeof next === 'string' && state.groups.some((g) => g.dimension.code === next) ? next : code;
    try {
      if (parsed.errors.length) throw new AppError('VALIDATION_FAILED', 400, 'invalid', parsed.errors);
      await inTransaction(db, (tx) => saveDimension(tx, ctx.userId, id, code, parsed.entries));
      return reply.redirect(`/assessments/${id}/dimensions/${target}?saved=saved`, 303);
    } catch (err) {
      refusal(err, reply);
      const e = err as AppError;
      if (e.code === 'ASSESSMENT_ANSWERS_STALE') {
        const stale = (e.extra.stale as Array<{ questionId: number }>).map((s) => s.questionId);
        return dimensionPage(request, reply, ctx, code, { forms: parsed.forms, errors: [], stale });
      }
      if (e.fields.length && e.code === 'VALIDATION_FAILED') return dimensionPage(request, reply, ctx, code, { forms: parsed.forms, errors: e.fields, stale: [] });
      // Submitted or finished meanwhile: the page explains it and shows the stored answers.
      return dimensionPage(request, reply, ctx, code);
    }
  });
}
