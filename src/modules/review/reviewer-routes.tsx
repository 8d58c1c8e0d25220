import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, type FieldError } from '../../plugins/errors.js';
import { viewContext } from '../../web/context.js';
import { readForm, val } from '../../web/form-data.js';
import { h } from '../../web/jsx.js';
import { sendPage } from '../../web/page.js';
import { validateSchema } from '../../web/validate.js';
import { declareConflict } from './commands/declare-conflict.js';
import { reviewerAccess } from './commands/reviewer-access.js';
import { saveScores } from './commands/save-scores.js';
import { inTransaction } from './commands/shared.js';
import { conflicted } from './errors.js';
import { requires } from './guard.js';
import { refusal, savedOf } from './page-errors.js';
import { inConsortium } from './queries.js';
import type { RankingIndex } from './read-model.js';
import { declarationView, reviewDetail, workspace } from './reads.js';
import { idParams, pageQuery, scoresBody, type IdParams, type ScoresBody } from './schemas.js';
import { SAVED } from './views/parts.js';
import { DeclarePage, ReviewPage, type ScoreForm } from './views/review-application.js';
import { WorkspacePage } from './views/workspace.js';

/** The reviewer's pages: its workspace, the declaration, the application with the scoring form. */
export async function reviewerRoutes(app: FastifyInstance, { index }: { index: RankingIndex }) {
  app.get('/review', { schema: { querystring: pageQuery } }, async (request, reply) => {
    const user = request.authorize('review.score')!;
    return sendPage(reply, <WorkspacePage ctx={viewContext(request)} calls={await workspace(app.db, user.id)} notice={savedOf(request, SAVED)} />);
  });

  const renderDeclare = async (request: FastifyRequest, reply: FastifyReply, id: number, errors: FieldError[] = [], actionError?: string) => {
    const user = request.user!;
    const { app: row } = await reviewerAccess(app.db, user.id, id);
    return sendPage(reply, <DeclarePage ctx={viewContext(request)} app={await declarationView(app.db, row)} automatic={await inConsortium(app.db, user.id, id)} errors={errors} actionError={actionError} />);
  };

  const renderReview = async (request: FastifyRequest, reply: FastifyReply, id: number, form?: ScoreForm, actionError?: string) => {
    const d = await reviewDetail(app.db, request.user!.id, id);
    return sendPage(reply, <ReviewPage ctx={viewContext(request)} d={d} form={form} actionError={actionError} notice={savedOf(request, SAVED)} />);
  };

  app.get('/review/applications/:id', { ...requires('review.score'), schema: { params: idParams, querystring: pageQuery } }, async (request, reply) => {
    const user = request.authorize('review.score')!;
    const { id } = request.params as IdParams;
    const { review } = await reviewerAccess(app.db, user.id, id);
    if (!review) return renderDeclare(request, reply, id);
    if (review.conflicted) throw conflicted(id);
    return renderReview(request, reply, id);
  });

  app.post('/review/applications/:id/declaration', { ...requires('review.score'), schema: { params: idParams } }, async (request, reply) => {
    const user = request.authorize('review.score')!;
    const { id } = request.params as IdParams;
    const form = readForm(request.body, ['conflicted', 'note']);
    const answer = val(form, 'conflicted');
    try {
      if (answer !== 'yes' && answer !== 'no') throw new AppError('VALIDATION_FAILED', 400, 'invalid', [{ field: 'conflicted', message: 'choose yes or no', code: 'required' }]);
      const { callId } = await inTransaction(app.db, (tx) => declareConflict(tx, user, id, { conflicted: answer === 'yes', note: val(form, 'note') }));
      await index.refreshCall(callId);
      return reply.redirect(answer === 'yes' ? '/review?saved=declared' : `/review/applications/${id}?saved=declared`, 303);
    } catch (err) {
      const r = refusal(request, reply, err);
      return renderDeclare(request, reply, id, r.errors.length ? r.errors : [{ field: 'conflicted', message: r.message ?? '' }]);
    }
  });

  app.post('/review/applications/:id/scores', { ...requires('review.score'), schema: { params: idParams } }, async (request, reply) => {
    const user = request.authorize('review.score')!;
    const { id } = request.params as IdParams;
    const body = (request.body ?? {}) as Record<string, unknown>;
    const names = Object.keys(body).filter((k) => /^(score|motivation)_[a-z0-9_-]{1,41}$/.test(k));
    const form = readForm(body, [...names, 'action']);
    const values: ScoreForm['values'] = {};
    for (const name of names) {
      const [kind, code] = [name.slice(0, name.indexOf('_')), name.slice(name.indexOf('_') + 1)];
      values[code] ??= { score: '', motivation: '' };
      values[code]![kind as 'score' | 'motivation'] = val(form, name);
    }
    const submit = val(form, 'action') === 'submit';
    try {
      const errors: FieldError[] = [];
      const scores: ScoresBody['scores'] = {};
      for (const [code, v] of Object.entries(values)) {
        const s = v.score.trim();
        if (s && !/^(10|[0-9])$/.test(s)) errors.push({ field: `score_${code}`, message: 'must be a whole number from 0 to 10', code: 'maximum' });
        scores[code] = { score: s === '' ? null : Number(s), motivation: v.motivation };
      }
      errors.push(...validateSchema(scoresBody, { scores, submit }).map((e) => ({ ...e, field: e.field.replace(/^scores\.([^.]+)\.(score|motivation)$/, '$2_$1') })));
      if (errors.length) throw new AppError('VALIDATION_FAILED', 400, 'invalid', errors);
      const result = await inTransaction(app.db, (tx) => saveScores(tx, user, id, { scores, submit }));
      await index.refreshCall(result.callId);
      return reply.redirect(`/review/applications/${id}?saved=${submit ? 'submitted' : 'draft'}`, 303);
    } catch (err) {
      const r = refusal(request, reply, err);
      return renderReview(request, reply, id, { values, errors: r.errors }, r.message);
    }
  });
}
