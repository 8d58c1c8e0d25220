import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, notFound, type FieldError } from '../../plugins/errors.js';
import { viewContext } from '../../web/context.js';
import { h } from '../../web/jsx.js';
import { sendPage } from '../../web/page.js';
import { addComment } from './commands/add-comment.js';
import { inviteCoach, withdrawCoach } from './commands/coaches.js';
import { createPlan } from './commands/create-plan.js';
import { answerContact } from './commands/answer-contact.js';
import { requestContact } from './commands/request-contact.js';
import { addItem, updateItem } from './commands/save-item.js';
import { setPriorities } from './commands/set-priorities.js';
import { inTransaction } from './commands/shared.js';
import { updatePlan } from './commands/update-plan.js';
import { noPlan } from './errors.js';
import { checked, list, orNull, readForm, relevanceFromForm, val, versionOf, type Form } from './form.js';
import { gate } from './guard.js';
import { requires } from './permissions.js';
import { loadPlanView } from './plan-view.js';
import { currentPlan, findItem, submittedAssessments } from './queries.js';
import { rankContext, resultContext } from './result-context.js';
import { renderCoaches, renderPlan } from './routes.js';
import {
  coachParams, commentBody, contactAnswerBody, contactParams, contactRequestBody, createItemBody, createPlanBody, inviteCoachBody, itemParams, orgParams, setPrioritiesBody, updateItemBody, updatePlanBody,
  type CoachParams, type CommentInput, type ContactAnswerInput, type ContactParams, type ContactRequestInput, type CreateItemInput, type CreatePlanInput, type InviteCoachInput, type ItemParams, type OrgParams,
  type SetPrioritiesInput, type UpdateItemInput, type UpdatePlanInput,
} from './schemas.js';
import { translateErrors } from './views/parts.js';
import { ItemFormPage } from './views/item-form.js';

interface Refusal { errors: FieldError[]; stale: { currentVersion: number } | undefined; form: Form }

/**
 * Why a save was refused, for the form shown again with the user's input: named fields (400), or a
 * newer save by someone else (409 stale: the form continues from the current version, so saving
 * again is a deliberate overwrite). Anything else is thrown on to the error page.
 */
function refusal(request: FastifyRequest, reply: FastifyReply, err: unknown, form: Form): Refusal {
  if (!(err instanceof AppError) || (err.status !== 400 && err.status !== 409)) throw err;
  reply.code(err.status);
  if (err.code === 'IMPROVEMENT_STALE') {
    const currentVersion = Number(err.extra.currentVersion);
    return { errors: [], stale: { currentVersion }, form: { ...form, version: String(currentVersion) } };
  }
  if (err.fields.length) return { errors: translateErrors(request.t, err.fields), stale: undefined, form };
  const key = `improvement.error.${err.code}`;
  const message = request.t(key) === key ? err.detail : request.t(key);
  return { errors: [{ field: typeof err.extra.field === 'string' ? err.extra.field : 'form', message }], stale: undefined, form };
}

/** The chosen dimensions, and the relevance of every dimension of the table, chosen or not. */
const prioritiesOf = (form: Form) => ({
  priorities: list(form, 'priority').map((dimension) => ({ dimension })),
  relevance: Object.fromEntries(relevanceFromForm(form)),
});

export async function improvementFormRoutes(app: FastifyInstance) {
  const idOf = (request: FastifyRequest) => (request.params as OrgParams).id;
  const done = (reply: FastifyReply, id: number, saved: string, anchor = '') => reply.redirect(`/organisations/${id}/plan?saved=${saved}${anchor}`, 303);

  // --- choosing priorities and making the plan -----------------------------------------------------
  app.post('/organisations/:id/plan', { ...requires('improvement.use'), schema: { params: orgParams } }, async (request, reply) => {
    const id = idOf(request);
    const { user } = await gate(request, id, 'manage');
    const form = readForm(request.body, ['priority']);
    const latest = (await submittedAssessments(app.db, id)).at(-1);
    const ranking = latest ? rankContext(await resultContext(app.db, latest), relevanceFromForm(form)) : undefined;
    if (val(form, 'intent') === 'rank') return renderPlan(request, reply, id, { chooser: { form, errors: [], ranking } });
    try {
      const input = checked<CreatePlanInput>(createPlanBody, {
        ...(latest ? { assessmentId: latest.id } : {}), ...prioritiesOf(form), reassessOn: orNull(val(form, 'reassessOn')), scenarioNote: val(form, 'scenarioNote'),
      });
      await inTransaction(app.db, (tx) => createPlan(tx, user.id, id, input, request.lang));
      return done(reply, id, 'planCreated');
    } catch (err) {
      const r = refusal(request, reply, err, form);
      return renderPlan(request, reply, id, { chooser: { form: r.form, errors: r.errors, ranking } });
    }
  });

  app.post('/organisations/:id/plan/priorities', { ...requires('improvement.use'), schema: { params: orgParams } }, async (request, reply) => {
    const id = idOf(request);
    const { user, organisation, access } = await gate(request, id, 'manage');
    const form = readForm(request.body, ['priority']);
    const view = await loadPlanView(app.db, app.readModels.catalog, organisation, access, { withMatches: false });
    if (!view.plan) throw noPlan(id);
    const ranking = rankContext(view.plan.context, relevanceFromForm(form));
    if (val(form, 'intent') === 'rank') return renderPlan(request, reply, id, { priorities: { form, errors: [], ranking } });
    try {
      const input = checked<SetPrioritiesInput>(setPrioritiesBody, { version: versionOf(form), ...prioritiesOf(form) });
      await inTransaction(app.db, (tx) => setPriorities(tx, user.id, id, input, request.lang));
      return done(reply, id, 'prioritiesSaved');
    } catch (err) {
      const r = refusal(request, reply, err, form);
      return renderPlan(request, reply, id, { priorities: { form: r.form, errors: r.errors, stale: r.stale, ranking } });
    }
  });

  app.post('/organisations/:id/plan/settings', { ...requires('improvement.use'), schema: { params: orgParams } }, async (request, reply) => {
    const id = idOf(request);
    const { user } = await gate(request, id, 'manage');
    const form = readForm(request.body);
    try {
      const reassessOn = val(form, 'reassessOn').trim();
      const input = checked<UpdatePlanInput>(updatePlanBody, { version: versionOf(form), ...(reassessOn ? { reassessOn } : {}), scenarioNote: val(form, 'scenarioNote') });
      await inTransaction(app.db, (tx) => updatePlan(tx, user.id, id, input));
      return done(reply, id, 'settingsSaved');
    } catch (err) {
      const r = refusal(request, reply, err, form);
      return renderPlan(request, reply, id, { settings: r });
    }
  });

  app.post('/organisations/:id/plan/comments', { ...requires('improvement.use'), schema: { params: orgParams } }, async (request, reply) => {
    const id = idOf(request);
    const { user } = await gate(request, id, 'comment');
    const form = readForm(request.body);
    try {
      const input = checked<CommentInput>(commentBody, { body: val(form, 'body') });
      await inTransaction(app.db, (tx) => addComment(tx, user.id, id, input));
      return done(reply, id, 'commentAdded', '#comments-title');
    } catch (err) {
      const r = refusal(request, reply, err, form);
      return renderPlan(request, reply, id, { comment: r });
    }
  });

  app.post('/organisations/:id/contact-requests', { ...requires('improvement.use'), schema: { params: orgParams } }, async (request, reply) => {
    const id = idOf(request);
    const { user } = await gate(request, id, 'manage');
    const form = readForm(request.body);
    const peerId = Number(val(form, 'peerId'));
    const input = checked<ContactRequestInput>(contactRequestBody, { peerId: Number.isInteger(peerId) && peerId > 0 ? peerId : val(form, 'peerId'), dimension: val(form, 'dimension'), message: val(form, 'message') });
    try {
      await inTransaction(app.db, (tx) => requestContact(tx, user.id, id, input));
    } catch (err) {
      // Asking twice (a double click, a second tab) is the same request: confirm it again.
      if (!(err instanceof AppError && err.code === 'IMPROVEMENT_CONTACT_REQUESTED')) throw err;
    }
    return done(reply, id, 'contactRequested');
  });

  app.post('/organisations/:id/contact-requests/:requestId/answer', { ...requires('improvement.use'), schema: { params: contactParams } }, async (request, reply) => {
    const { id, requestId } = request.params as ContactParams;
    const { user } = await gate(request, id, 'owner');
    const form = readForm(request.body);
    try {
      const input = checked<ContactAnswerInput>(contactAnswerBody, { answer: val(form, 'answer') });
      await inTransaction(app.db, (tx) => answerContact(tx, user.id, id, requestId, input.answer));
      return done(reply, id, input.answer === 'accepted' ? 'contactAccepted' : 'contactDeclined', '#contact-title');
    } catch (err) {
      // An answer another owner gave first (or a tampered choice) is shown at the request itself.
      if (!(err instanceof AppError) || (err.status !== 409 && err.status !== 400)) throw err;
      reply.code(err.status);
      const key = err.status === 409 ? 'improvement.contact.alreadyAnswered' : 'improvement.contact.chooseAnswer';
      return renderPlan(request, reply, id, { contact: { requestId, message: request.t(key) } });
    }
  });

  // --- items --------------------------------------------------------------------------------------
  const itemPage = async (request: FastifyRequest, id: number, form: Form, errors: FieldError[], stale?: { currentVersion: number }, itemId?: number) => {
    const { organisation } = await gate(request, id, 'manage');
    const plan = await currentPlan(app.db, id);
    if (!plan) throw noPlan(id);
    const basis = (await submittedAssessments(app.db, id)).find((a) => a.id === plan.assessmentId)!;
    const context = await resultContext(app.db, basis);
    return <ItemFormPage ctx={viewContext(request)} organisation={organisation} dimensions={context.dimensions} form={form} errors={errors} stale={stale} itemId={itemId} />;
  };
  const itemInput = (form: Form) => ({ text: val(form, 'text'), owner: val(form, 'owner'), dueOn: orNull(val(form, 'dueOn')), status: val(form, 'status') || 'todo' });

  app.get('/organisations/:id/plan/items/new', { ...requires('improvement.use'), schema: { params: orgParams } }, async (request, reply) => {
    const id = idOf(request);
    const dimension = (request.query as Record<string, unknown>)?.dimension;
    return sendPage(reply, await itemPage(request, id, { status: 'todo', dimension: typeof dimension === 'string' ? dimension : '' }, []));
  });

  app.post('/organisations/:id/plan/items', { ...requires('improvement.use'), schema: { params: orgParams } }, async (request, reply) => {
    const id = idOf(request);
    const { user } = await gate(request, id, 'manage');
    const form = readForm(request.body);
    try {
      const input = checked<CreateItemInput>(createItemBody, { dimension: val(form, 'dimension'), ...itemInput(form) });
      await inTransaction(app.db, (tx) => addItem(tx, user.id, id, input));
      return done(reply, id, 'itemCreated');
    } catch (err) {
      const r = refusal(request, reply, err, form);
      return sendPage(reply, await itemPage(request, id, r.form, r.errors));
    }
  });

  const itemOf = async (organisationId: number, itemId: number) => {
    const plan = await currentPlan(app.db, organisationId);
    const item = await findItem(app.db, itemId);
    if (!plan || !item || item.planId !== plan.id) throw notFound('improvement item', itemId);
    return item;
  };

  app.get('/organisations/:id/plan/items/:itemId/edit', { ...requires('improvement.use'), schema: { params: itemParams } }, async (request, reply) => {
    const { id, itemId } = request.params as ItemParams;
    await gate(request, id, 'manage');
    const i = await itemOf(id, itemId);
    const form = { dimension: i.dimension, text: i.text, owner: i.owner, dueOn: i.dueOn ?? '', status: i.status, version: String(i.version) };
    return sendPage(reply, await itemPage(request, id, form, [], undefined, itemId));
  });

  app.post('/organisations/:id/plan/items/:itemId', { ...requires('improvement.use'), schema: { params: itemParams } }, async (request, reply) => {
    const { id, itemId } = request.params as ItemParams;
    const { user } = await gate(request, id, 'manage');
    const item = await itemOf(id, itemId);
    const form = { ...readForm(request.body), dimension: item.dimension };
    try {
      const input = checked<UpdateItemInput>(updateItemBody, { version: versionOf(form), ...itemInput(form) });
      await inTransaction(app.db, (tx) => updateItem(tx, user.id, id, itemId, input));
      return done(reply, id, 'itemUpdated');
    } catch (err) {
      const r = refusal(request, reply, err, form);
      return sendPage(reply, await itemPage(request, id, r.form, r.errors, r.stale, itemId));
    }
  });

  // --- coaches ------------------------------------------------------------------------------------
  app.post('/organisations/:id/coaches', { ...requires('improvement.use'), schema: { params: orgParams } }, async (request, reply) => {
    const id = idOf(request);
    const { user } = await gate(request, id, 'owner');
    const form = readForm(request.body);
    try {
      const input = checked<InviteCoachInput>(inviteCoachBody, { email: val(form, 'email').trim(), actor: orNull(val(form, 'actor')) });
      await inTransaction(app.db, (tx) => inviteCoach(tx, user.id, id, input));
      return reply.redirect(`/organisations/${id}/coaches?saved=coachInvited`, 303);
    } catch (err) {
      const r = refusal(request, reply, err, form);
      return renderCoaches(request, reply, id, { email: val(r.form, 'email'), actor: val(r.form, 'actor') }, r.errors);
    }
  });

  app.post('/organisations/:id/coaches/:invitationId/withdraw', { ...requires('improvement.use'), schema: { params: coachParams } }, async (request, reply) => {
    const { id, invitationId } = request.params as CoachParams;
    const { user } = await gate(request, id, 'owner');
    await inTransaction(app.db, (tx) => withdrawCoach(tx, user.id, id, invitationId));
    return reply.redirect(`/organisations/${id}/coaches?saved=coachWithdrawn`, 303);
  });
}
