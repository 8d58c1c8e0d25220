import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { principalOf } from '../../plugins/auth.js';
import { AppError, invalid, type FieldError } from '../../plugins/errors.js';
import { can } from '../../plugins/permissions.js';
import { viewContext } from '../../web/context.js';
import { readForm, val } from '../../web/form-data.js';
import { h } from '../../web/jsx.js';
import { sendPage } from '../../web/page.js';
import { sendSharedPage } from '../../web/shared-page.js';
import { validateSchema } from '../../web/validate.js';
import { actOnStep } from './commands/act-on-step.js';
import { assignReviewer, unassignReviewer } from './commands/assign-reviewers.js';
import { closeReview } from './commands/close-review.js';
import { inTransaction } from './commands/shared.js';
import { requires } from './guard.js';
import { refusal, savedOf } from './page-errors.js';
import { rankingCsv } from './presenters.js';
import { applicationContent, applicationRow, callApplications, callRecord, consortium, reviewersOf, stepHistory } from './queries.js';
import type { RankingIndex } from './read-model.js';
import { callParams, idParams, pageQuery, reviewerParams, stepBody, type CallParams, type IdParams, type ReviewerParams, type StepBody } from './schemas.js';
import { OverviewPage } from './views/overview.js';
import { SAVED } from './views/parts.js';
import { RankingContent, RankingPage } from './views/ranking.js';
import { ReviewersPage } from './views/reviewers.js';
import { TeamApplicationPage, type StepFormState } from './views/team-application.js';
import { currentStep, stepsOrDefault } from './workflow.js';

/** Numbers the rendered states of rankings, so that a kept page is never taken for another state. */
let rankingStates = 0;

/** The team's pages: the call's review overview, one application's step, reviewers, the ranking. */
export async function teamRoutes(app: FastifyInstance, { index }: { index: RankingIndex }) {
  const allowed = (request: FastifyRequest, action: string) => can(principalOf(request.user), action);
  const perms = (request: FastifyRequest) => ({ manage: allowed(request, 'review.manage'), decide: allowed(request, 'review.decide') });

  const renderOverview = async (request: FastifyRequest, reply: FastifyReply, code: string, actionError?: string) => {
    const call = await callRecord(app.db, { code });
    return sendPage(reply, <OverviewPage ctx={viewContext(request)} call={call} steps={stepsOrDefault(call.steps)} rows={await callApplications(app.db, call.id)}
      can={perms(request)} notice={savedOf(request, SAVED)} actionError={actionError} />);
  };

  app.get('/calls/:code/review', { ...requires('review.rank'), schema: { params: callParams, querystring: pageQuery } }, async (request, reply) => {
    request.authorize('review.rank');
    return renderOverview(request, reply, (request.params as CallParams).code);
  });

  app.post('/calls/:code/review/close', { ...requires('review.manage'), schema: { params: callParams } }, async (request, reply) => {
    const user = request.authorize('review.manage')!;
    const { code } = request.params as CallParams;
    try {
      const result = await inTransaction(app.db, (tx) => closeReview(tx, user, code));
      await index.refreshCall(result.callId);
      return reply.redirect(`/calls/${code}/review?saved=closed`, 303);
    } catch (err) {
      return renderOverview(request, reply, code, refusal(request, reply, err).message);
    }
  });

  const renderApplication = async (request: FastifyRequest, reply: FastifyReply, id: number, extras: { form?: StepFormState; actionError?: string } = {}) => {
    const row = await applicationRow(app.db, id);
    const call = await callRecord(app.db, { id: row.call_id });
    const [history, partners, content] = await Promise.all([stepHistory(app.db, id), consortium(app.db, id), applicationContent(app.db, row)]);
    return sendPage(reply, <TeamApplicationPage ctx={viewContext(request)} call={call} steps={stepsOrDefault(call.steps)} step={currentStep(call.steps, row)}
      app={{ id: row.id, title: row.title, status: row.status, version: row.version, isDemo: row.is_demo, requested: row.requested_eur === null ? null : Number(row.requested_eur) }}
      history={history} partners={partners} content={content} can={perms(request)} form={extras.form} actionError={extras.actionError} notice={savedOf(request, SAVED)} />);
  };

  app.get('/calls/:code/review/:id', { ...requires('review.rank'), schema: { params: { ...idParams, required: ['code', 'id'], properties: { ...idParams.properties, code: callParams.properties.code } }, querystring: pageQuery } }, async (request, reply) => {
    request.authorize('review.rank');
    const { code, id } = request.params as CallParams & IdParams;
    const row = await applicationRow(app.db, id);
    const call = await callRecord(app.db, { id: row.call_id });
    if (call.code !== code) return reply.redirect(`/calls/${call.code}/review/${id}`, 301);
    return renderApplication(request, reply, id);
  });

  app.post('/applications/:id/steps', { ...requires('review.screen'), schema: { params: idParams } }, async (request, reply) => {
    const user = request.authorize('review.screen')!;
    const { id } = request.params as IdParams;
    const form = readForm(request.body, ['step', 'outcome', 'note', 'version']);
    const candidate = { step: val(form, 'step'), outcome: val(form, 'outcome') || undefined, note: val(form, 'note'), ...(/^\d+$/.test(val(form, 'version')) ? { version: Number(val(form, 'version')) } : {}) };
    try {
      const errors = validateSchema(stepBody, candidate);
      if (errors.length) throw new AppError('VALIDATION_FAILED', 400, 'invalid', errors);
      const { callId } = await inTransaction(app.db, (tx) => actOnStep(tx, user, id, candidate as StepBody));
      await index.refreshCall(callId);
      const call = await callRecord(app.db, { id: callId });
      return reply.redirect(`/calls/${call.code}/review/${id}?saved=acted`, 303);
    } catch (err) {
      const r = refusal(request, reply, err);
      return renderApplication(request, reply, id, { form: { outcome: val(form, 'outcome'), note: val(form, 'note'), errors: r.errors }, ...(r.message ? { actionError: r.message } : {}) });
    }
  });

  const renderReviewers = async (request: FastifyRequest, reply: FastifyReply, code: string, extras: { form?: { email: string; errors: FieldError[] }; actionError?: string } = {}) => {
    const call = await callRecord(app.db, { code });
    return sendPage(reply, <ReviewersPage ctx={viewContext(request)} call={call} reviewers={await reviewersOf(app.db, call.id)} form={extras.form} actionError={extras.actionError} notice={savedOf(request, SAVED)} />);
  };

  app.get('/calls/:code/reviewers', { ...requires('review.assign'), schema: { params: callParams, querystring: pageQuery } }, async (request, reply) => {
    request.authorize('review.assign');
    return renderReviewers(request, reply, (request.params as CallParams).code);
  });

  app.post('/calls/:code/reviewers', { ...requires('review.assign'), schema: { params: callParams } }, async (request, reply) => {
    const user = request.authorize('review.assign')!;
    const { code } = request.params as CallParams;
    const email = val(readForm(request.body, ['email']), 'email').trim();
    try {
      if (!email) throw invalid([{ field: 'email', message: 'is required', code: 'required' }]);
      await inTransaction(app.db, (tx) => assignReviewer(tx, user, code, { email }));
      return reply.redirect(`/calls/${code}/reviewers?saved=assigned`, 303);
    } catch (err) {
      const r = refusal(request, reply, err);
      return renderReviewers(request, reply, code, { form: { email, errors: r.errors }, ...(r.message ? { actionError: r.message } : {}) });
    }
  });

  app.post('/calls/:code/reviewers/:userId/remove', { ...requires('review.assign'), schema: { params: reviewerParams } }, async (request, reply) => {
    const user = request.authorize('review.assign')!;
    const { code, userId } = request.params as ReviewerParams;
    try {
      await inTransaction(app.db, (tx) => unassignReviewer(tx, user, code, userId));
      return reply.redirect(`/calls/${code}/reviewers?saved=removed`, 303);
    } catch (err) {
      return renderReviewers(request, reply, code, { actionError: refusal(request, reply, err).message });
    }
  });

  app.get('/calls/:code/ranking', { ...requires('review.rank'), schema: { params: callParams, querystring: pageQuery } }, async (request, reply) => {
    request.authorize('review.rank');
    const { lang, t } = request;
    // A number per state of the call's ranking names that state in the page key; the page itself
    // is rendered once per state and kept (as bytes) by the response cache.
    const [call, ranking, state] = await index.rankingView((request.params as CallParams).code, 'state',
      (c, r) => [c, r, ++rankingStates] as const);
    return sendSharedPage(request, reply, `ranking:${call.code}:${state}`,
      (ctx) => <RankingPage ctx={ctx} call={call} content={<RankingContent t={t} lang={lang} call={call} ranking={ranking} />} />);
  });

  app.get('/calls/:code/ranking.csv', { ...requires('review.rank'), schema: { params: callParams, querystring: pageQuery } }, async (request, reply) => {
    request.authorize('review.rank');
    const { call, ranking } = await index.rankingOf((request.params as CallParams).code);
    return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="ranking-${call.code}.csv"`)
      .send(rankingCsv(call, ranking, request.lang, request.t));
  });
}
