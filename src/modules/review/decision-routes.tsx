import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, type FieldError } from '../../plugins/errors.js';
import { viewContext } from '../../web/context.js';
import { brusselsDate } from '../../web/dates.js';
import { readForm, val } from '../../web/form-data.js';
import { h } from '../../web/jsx.js';
import { sendPage } from '../../web/page.js';
import { validateSchema } from '../../web/validate.js';
import { decide, defaultEnd } from './commands/decide.js';
import { inTransaction } from './commands/shared.js';
import { letterPdf } from './decision-pdf.js';
import { requires } from './guard.js';
import { refusal, savedOf } from './page-errors.js';
import { applicationRow, callRecord, decisionOf, grantedTotal } from './queries.js';
import type { RankingIndex } from './read-model.js';
import { decisionFor, letterDrafts } from './reads.js';
import { decideBody, idParams, type DecideBody, type IdParams } from './schemas.js';
import { DecideFormPage, DecisionPage, type DecideForm } from './views/decision.js';
import { SAVED } from './views/parts.js';

const amountOf = (s: string): number | string | undefined => {
  const v = s.trim().replace(/\s|€/g, '').replace(',', '.');
  return v === '' ? undefined : /^\d+(\.\d+)?$/.test(v) ? Number(v) : s;
};

/** The decision pages: the team prepares, edits and confirms; the consortium reads and prints. */
export async function decisionRoutes(app: FastifyInstance, { index }: { index: RankingIndex }) {
  const renderForm = async (request: FastifyRequest, reply: FastifyReply, id: number, form: DecideForm, prepared: boolean, actionError?: string) => {
    const row = await applicationRow(app.db, id);
    const call = await callRecord(app.db, { id: row.call_id });
    const { ranking } = await index.rankingOf(call.code);
    const remaining = call.budget - (await grantedTotal(app.db, call.id));
    return sendPage(reply, <DecideFormPage ctx={viewContext(request)} call={call} form={form} prepared={prepared} actionError={actionError} remaining={remaining}
      app={{ id, title: row.title, isDemo: row.is_demo, requested: row.requested_eur === null ? null : Number(row.requested_eur), score: ranking.rows.find((r) => r.id === id)?.score ?? null }} />);
  };

  app.get('/applications/:id/decision', { ...requires('review.readDecision'), schema: { params: idParams } }, async (request, reply) => {
    const user = request.authorize('review.readDecision')!;
    const { id } = request.params as IdParams;
    if (await decisionOf(app.db, id)) return sendPage(reply, <DecisionPage ctx={viewContext(request)} d={await decisionFor(app.db, user, id)} notice={savedOf(request, SAVED)} />);
    // Before the decision: the team's form (the consortium gets 404 from decisionFor).
    if (!['admin', 'transition_team', 'steering_committee'].includes(user.role)) await decisionFor(app.db, user, id);
    request.authorize('review.decide');
    const q = request.query as Record<string, unknown>;
    const outcome = typeof q.outcome === 'string' ? q.outcome : '';
    const amountText = typeof q.amount === 'string' ? q.amount : '';
    const row = await applicationRow(app.db, id);
    const startsOn = brusselsDate();
    const form: DecideForm = { outcome, amount: amountText, startsOn, endsOn: defaultEnd(startsOn), letterNl: '', letterEn: '', version: String(row.version), errors: [] };
    if (!outcome) return renderForm(request, reply, id, form, false);
    const amount = amountOf(amountText);
    const errors = validateSchema({ type: 'object', properties: { outcome: decideBody.properties.outcome, amount: decideBody.properties.amount } }, { outcome, amount });
    if (outcome === 'granted' && amount === undefined) errors.push({ field: 'amount', message: 'is required for a grant', code: 'required' });
    if (errors.length) { reply.code(400); return renderForm(request, reply, id, { ...form, errors }, false); }
    const drafts = await letterDrafts(app.db, row, await callRecord(app.db, { id: row.call_id }), outcome as 'granted' | 'refused', typeof amount === 'number' ? amount : null);
    return renderForm(request, reply, id, { ...form, letterNl: drafts.nl, letterEn: drafts.en }, true);
  });

  app.post('/applications/:id/decision', { ...requires('review.decide'), schema: { params: idParams } }, async (request, reply) => {
    const user = request.authorize('review.decide')!;
    const { id } = request.params as IdParams;
    const form = readForm(request.body, ['outcome', 'amount', 'startsOn', 'endsOn', 'letterNl', 'letterEn', 'version']);
    const amount = amountOf(val(form, 'amount'));
    const candidate = {
      outcome: val(form, 'outcome') || undefined, ...(amount !== undefined && val(form, 'outcome') === 'granted' ? { amount } : {}),
      letterNl: val(form, 'letterNl'), letterEn: val(form, 'letterEn'), startsOn: val(form, 'startsOn') || undefined, endsOn: val(form, 'endsOn') || undefined,
      ...(/^\d+$/.test(val(form, 'version')) ? { version: Number(val(form, 'version')) } : {}),
    };
    try {
      const errors: FieldError[] = validateSchema(decideBody, candidate);
      if (!candidate.letterNl.trim()) errors.push({ field: 'letterNl', message: 'is required', code: 'required' });
      if (errors.length) throw new AppError('VALIDATION_FAILED', 400, 'invalid', errors);
      const { callId } = await inTransaction(app.db, (tx) => decide(tx, user, id, candidate as DecideBody & { letterNl: string }));
      await index.refreshCall(callId);
      return reply.redirect(`/applications/${id}/decision?saved=decided`, 303);
    } catch (err) {
      const r = refusal(request, reply, err);
      const f: DecideForm = { outcome: val(form, 'outcome'), amount: val(form, 'amount'), startsOn: val(form, 'startsOn'), endsOn: val(form, 'endsOn'), letterNl: val(form, 'letterNl'), letterEn: val(form, 'letterEn'), version: val(form, 'version'), errors: r.errors };
      return renderForm(request, reply, id, f, true, r.message);
    }
  });

  app.get('/applications/:id/decision.pdf', { ...requires('review.readDecision'), schema: { params: idParams } }, async (request, reply) => {
    const user = request.authorize('review.readDecision')!;
    const d = await decisionFor(app.db, user, (request.params as IdParams).id);
    const lang = request.lang === 'en' && d.letter.en ? 'en' : 'nl';
    const title = `${request.t('review.decision.title', { title: d.title })}${d.isDemo ? ' [demo]' : ''}`;
    const pdf = await letterPdf(title, lang === 'en' ? d.letter.en : d.letter.nl, lang);
    return reply.type('application/pdf').header('content-disposition', `inline; filename="decision-${d.id}.pdf"`).send(pdf);
  });
}
