import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, type FieldError } from '../../plugins/errors.js';
import { validateSchema } from '../../web/validate.js';
import { answerContact, respondToQuestion, sendContact } from './commands/contacts.js';
import { createOffer } from './commands/offers.js';
import { askQuestion, closeQuestion } from './commands/questions.js';
import { inTransaction } from './commands/shared.js';
import { requires } from './permissions.js';
import { renderContacts, renderHome, renderOffer, renderOffers, renderQuestion } from './routes.js';
import {
  answerBody, closeBody, contactBody, idParams, offerBody, questionBody, responseBody,
  type AnswerInput, type CloseInput, type ContactInput, type IdParams, type OfferInput, type QuestionInput, type ResponseInput,
} from './schemas.js';
import { list, val, type Form } from './views/parts.js';

/** Every field of the posted body; repeated fields (checkbox groups) as lists. */
function readForm(body: unknown, lists: readonly string[] = []): Form {
  const form: Form = {};
  for (const [k, v] of Object.entries((body ?? {}) as Record<string, unknown>)) {
    if (k === '_csrf') continue;
    form[k] = lists.includes(k) ? (Array.isArray(v) ? v.map(String) : [String(v)]) : Array.isArray(v) ? String(v[0] ?? '') : String(v ?? '');
  }
  for (const l of lists) form[l] ??= [];
  return form;
}

/** Checks a form's input against the API's schema: a page and the API refuse the same things, naming the same fields. */
function checked<T>(schema: object, candidate: Record<string, unknown>): T {
  const errors = validateSchema(schema, candidate);
  if (errors.length) throw new AppError('VALIDATION_FAILED', 400, 'invalid', errors);
  return candidate as T;
}

const int = (s: string) => (/^\d{1,9}$/.test(s.trim()) ? Number(s.trim()) : s.trim() === '' ? undefined : s);
const opt = <T>(v: T | undefined) => (v === undefined ? {} : v);

/** Why a save was refused, as field errors for the form shown again (400, 409); anything else goes on to the error page. */
function refused(request: FastifyRequest, reply: FastifyReply, err: unknown): FieldError[] {
  if (!(err instanceof AppError) || (err.status !== 400 && err.status !== 409)) throw err;
  reply.code(err.status);
  if (err.fields.length) return err.fields.map((f) => ({ ...f, field: f.field.replace(/^body\./, '') }));
  const key = `guide.error.${err.code}`;
  const message = request.t(key) === key ? err.detail : request.t(key);
  return [{ field: typeof err.extra.field === 'string' ? err.extra.field : 'form', message }];
}

export async function guideFormRoutes(app: FastifyInstance) {
  const idOf = (request: FastifyRequest) => (request.params as IdParams).id;

  app.post('/guide/questions', requires('guide.ask'), async (request, reply) => {
    const user = request.authorize('guide.ask')!;
    const form = readForm(request.body);
    try {
      const input = checked<QuestionInput>(questionBody, {
        organisationId: int(val(form, 'organisationId')), question: val(form, 'question'),
        ...opt(val(form, 'dimension') ? { dimension: val(form, 'dimension') } : undefined),
        ...opt(val(form, 'pillar') ? { pillar: int(val(form, 'pillar')) } : undefined),
        ...opt(val(form, 'level') ? { level: int(val(form, 'level')) } : undefined),
        visibleToProviders: val(form, 'visibleToProviders') === 'true',
      });
      const id = await inTransaction(app.db, (tx) => askQuestion(tx, user, input));
      return reply.redirect(`/guide/questions/${id}?saved=asked`, 303);
    } catch (err) {
      return renderHome(request, reply, form, refused(request, reply, err));
    }
  });

  app.post('/guide/questions/:id/contacts', { ...requires('guide.contact'), schema: { params: idParams } }, async (request, reply) => {
    const user = request.authorize('guide.contact')!;
    const form = readForm(request.body);
    const [target, targetId] = val(form, 'target').split(':');
    try {
      const input = checked<ContactInput>(contactBody, { target, targetId: int(targetId ?? ''), message: val(form, 'message') });
      await inTransaction(app.db, (tx) => sendContact(tx, user, idOf(request), input));
      return reply.redirect(`/guide/questions/${idOf(request)}?saved=contactSent#sent-title`, 303);
    } catch (err) {
      return renderQuestion(request, reply, idOf(request), form, refused(request, reply, err));
    }
  });

  app.post('/guide/questions/:id/close', { ...requires('guide.ask'), schema: { params: idParams } }, async (request, reply) => {
    const user = request.authorize('guide.ask')!;
    const form = readForm(request.body);
    try {
      const input = checked<CloseInput>(closeBody, { version: int(val(form, 'version')) });
      await inTransaction(app.db, (tx) => closeQuestion(tx, user, idOf(request), input));
      return reply.redirect(`/guide/questions/${idOf(request)}?saved=closed`, 303);
    } catch (err) {
      return renderQuestion(request, reply, idOf(request), {}, refused(request, reply, err));
    }
  });

  app.post('/guide/offers', requires('guide.offer'), async (request, reply) => {
    const user = request.authorize('guide.offer')!;
    const form = readForm(request.body, ['dimensions', 'subsectors', 'pillars']);
    try {
      const levelFrom = int(val(form, 'levelFrom'));
      const levelTo = int(val(form, 'levelTo'));
      const input = checked<OfferInput>(offerBody, {
        actorId: int(val(form, 'actorId')), titleNl: val(form, 'titleNl'), titleEn: val(form, 'titleEn'), descriptionNl: val(form, 'descriptionNl'), descriptionEn: val(form, 'descriptionEn'),
        dimensions: list(form, 'dimensions'), subsectors: list(form, 'subsectors'), pillars: list(form, 'pillars').map((p) => int(p)),
        levelFrom: levelFrom ?? null, levelTo: levelTo ?? null,
      });
      const id = await inTransaction(app.db, (tx) => createOffer(tx, user, input));
      return reply.redirect(`/guide/offers/${id}?saved=offerPublished`, 303);
    } catch (err) {
      return renderOffers(request, reply, form, refused(request, reply, err));
    }
  });

  app.post('/guide/offers/:id/responses', { ...requires('guide.contact'), schema: { params: idParams } }, async (request, reply) => {
    const user = request.authorize('guide.contact')!;
    const form = readForm(request.body);
    try {
      const input = checked<ResponseInput>(responseBody, { questionId: int(val(form, 'questionId')), message: val(form, 'message') });
      await inTransaction(app.db, (tx) => respondToQuestion(tx, user, idOf(request), input));
      return reply.redirect(`/guide/offers/${idOf(request)}?saved=responseSent`, 303);
    } catch (err) {
      return renderOffer(request, reply, idOf(request), form, refused(request, reply, err));
    }
  });

  app.post('/guide/contacts/:id/answer', { ...requires('guide.answer'), schema: { params: idParams } }, async (request, reply) => {
    const user = request.authorize('guide.answer')!;
    const form = readForm(request.body);
    try {
      const input = checked<AnswerInput>(answerBody, { answer: val(form, 'answer') });
      await inTransaction(app.db, (tx) => answerContact(tx, user, idOf(request), input));
      return reply.redirect('/guide/contacts?saved=answered', 303);
    } catch (err) {
      const errors = refused(request, reply, err);
      return renderContacts(request, reply, errors.map((e) => e.message).join(' '));
    }
  });
}
