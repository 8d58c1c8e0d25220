import type { FastifyInstance, FastifyRequest } from 'fastify';
import { problemResponses } from '../../web/openapi.js';
import { isOwner } from '../organisations/access.js';
import { addComment } from './commands/add-comment.js';
import { inviteCoach, withdrawCoach } from './commands/coaches.js';
import { createPlan } from './commands/create-plan.js';
import { answerContact } from './commands/answer-contact.js';
import { requestContact } from './commands/request-contact.js';
import { addItem, updateItem } from './commands/save-item.js';
import { setPriorities } from './commands/set-priorities.js';
import { inTransaction } from './commands/shared.js';
import { updatePlan } from './commands/update-plan.js';
import { noPlan, noResult } from './errors.js';
import { gate } from './guard.js';
import { contactRequestsFrom, contactRequestsTo, findContactRequest } from './contacts.js';
import { buildParagraph } from './paragraph.js';
import { requires } from './permissions.js';
import { loadPlanView, storedRelevance } from './plan-view.js';
import {
  presentCoach, presentCoaching, presentItem, presentPlanView, presentProgress, presentRanking, presentReceived, presentSent,
} from './presenters.js';
import { loadProgress } from './progress.js';
import { coachesOf, coachingOf, commentsOf, findItem, submittedAssessments } from './queries.js';
import { isRelevance, type Relevance } from './ranking.js';
import { rankContext, resultContext } from './result-context.js';
import {
  coachListSchema, coachResponse, coachingSchema, commentResponse, contactListSchema, receivedContactSchema, sentContactSchema, itemSchema, paragraphSchema, planViewSchema, progressSchema, rankingSchema,
} from './response-schemas.js';
import {
  coachParams, commentBody, contactAnswerBody, contactParams, contactRequestBody, createItemBody, createPlanBody, inviteCoachBody, itemParams, langQuery, orgParams, rankingQuery, setPrioritiesBody,
  updateItemBody, updatePlanBody, type CoachParams, type CommentInput, type ContactAnswerInput, type ContactParams, type ContactRequestInput, type CreateItemInput, type CreatePlanInput, type InviteCoachInput,
  type ItemParams, type OrgParams, type SetPrioritiesInput, type UpdateItemInput, type UpdatePlanInput,
} from './schemas.js';

const tags = ['improvement'];
const orgId = (request: FastifyRequest) => (request.params as OrgParams).id;

/** `relevance.<code>=high|normal|low` from a query string (already checked by its schema). */
export function relevanceFrom(query: unknown): Map<string, Relevance> {
  const out = new Map<string, Relevance>();
  for (const [key, value] of Object.entries((query ?? {}) as Record<string, unknown>)) {
    if (key.startsWith('relevance.') && isRelevance(value)) out.set(key.slice('relevance.'.length), value);
  }
  return out;
}

export async function improvementApiRoutes(app: FastifyInstance) {
  const catalog = app.readModels.catalog;
  const planView = async (request: FastifyRequest) => {
    const { organisation, access } = await gate(request, orgId(request), 'read');
    return presentPlanView(await loadPlanView(app.db, catalog, organisation, access));
  };

  app.get('/api/organisations/:id/plan', {
    schema: {
      tags, summary: "The organisation's improvement plan (priorities with reasons, items, matches, comments, re-assessment), or the suggested priorities of its latest result",
      params: orgParams, querystring: langQuery, response: { 200: planViewSchema, ...problemResponses(400, 401, 404) },
    },
  }, planView);

  app.get('/api/organisations/:id/priorities', {
    schema: {
      tags, summary: 'Rank the dimensions of the latest result: critical caps first, then the gap to the own target weighed by relevance (the current plan\'s relevance per dimension, or relevance.<dimension>=high|normal|low on top)',
      params: orgParams, querystring: rankingQuery, response: { 200: rankingSchema, ...problemResponses(400, 401, 403, 404, 409) },
    },
  }, async (request) => {
    await gate(request, orgId(request), 'read');
    const latest = (await submittedAssessments(app.db, orgId(request))).at(-1);
    if (!latest) throw noResult(orgId(request));
    const context = await resultContext(app.db, latest);
    const relevance = new Map([...await storedRelevance(app.db, orgId(request), latest), ...relevanceFrom(request.query)]);
    return { basedOn: { assessmentId: latest.id, kind: latest.kind, submittedOn: latest.submittedOn, modelVersion: context.model.version }, ranking: presentRanking(context, rankContext(context, relevance)) };
  });

  app.post('/api/organisations/:id/plans', {
    ...requires('improvement.use'),
    schema: {
      tags, summary: 'Make a plan from a submitted result: the chosen priorities (with their relevance) and, as items, the steps toward each one\'s next level',
      params: orgParams, body: createPlanBody, response: { 201: planViewSchema, ...problemResponses(400, 401, 403, 404, 409) },
    },
  }, async (request, reply) => {
    const { user } = await gate(request, orgId(request), 'manage');
    await inTransaction(app.db, (tx) => createPlan(tx, user.id, orgId(request), request.body as CreatePlanInput, request.lang));
    return reply.code(201).header('location', `/api/organisations/${orgId(request)}/plan`).send(await planView(request));
  });

  app.put('/api/organisations/:id/plan', {
    ...requires('improvement.use'),
    schema: {
      tags, summary: 'Change the re-assessment date and the note on the approach (send the version you started from)',
      params: orgParams, body: updatePlanBody, response: { 200: planViewSchema, ...problemResponses(400, 401, 403, 404, 409) },
    },
  }, async (request) => {
    const { user } = await gate(request, orgId(request), 'manage');
    await inTransaction(app.db, (tx) => updatePlan(tx, user.id, orgId(request), request.body as UpdatePlanInput));
    return planView(request);
  });

  app.put('/api/organisations/:id/plan/priorities', {
    ...requires('improvement.use'),
    schema: {
      tags, summary: 'Change the chosen priorities; a newly chosen dimension brings its next-level steps (send the plan version)',
      params: orgParams, body: setPrioritiesBody, response: { 200: planViewSchema, ...problemResponses(400, 401, 403, 404, 409) },
    },
  }, async (request) => {
    const { user } = await gate(request, orgId(request), 'manage');
    await inTransaction(app.db, (tx) => setPriorities(tx, user.id, orgId(request), request.body as SetPrioritiesInput, request.lang));
    return planView(request);
  });

  app.post('/api/organisations/:id/plan/items', {
    ...requires('improvement.use'),
    schema: { tags, summary: 'Add an own item to the current plan', params: orgParams, body: createItemBody, response: { 201: itemSchema, ...problemResponses(400, 401, 403, 404) } },
  }, async (request, reply) => {
    const { user } = await gate(request, orgId(request), 'manage');
    const id = await inTransaction(app.db, (tx) => addItem(tx, user.id, orgId(request), request.body as CreateItemInput));
    return reply.code(201).send(presentItem((await findItem(app.db, id))!));
  });

  app.put('/api/organisations/:id/plan/items/:itemId', {
    ...requires('improvement.use'),
    schema: {
      tags, summary: 'Edit an item: text, owner, due date, status (send the version you started from)',
      params: itemParams, body: updateItemBody, response: { 200: itemSchema, ...problemResponses(400, 401, 403, 404, 409) },
    },
  }, async (request) => {
    const { id, itemId } = request.params as ItemParams;
    const { user } = await gate(request, id, 'manage');
    await inTransaction(app.db, (tx) => updateItem(tx, user.id, id, itemId, request.body as UpdateItemInput));
    return presentItem((await findItem(app.db, itemId))!);
  });

  app.post('/api/organisations/:id/plan/comments', {
    ...requires('improvement.use'),
    schema: { tags, summary: 'Comment on the current plan (members and invited coaches)', params: orgParams, body: commentBody, response: { 201: commentResponse, ...problemResponses(400, 401, 403, 404) } },
  }, async (request, reply) => {
    const { user, organisation } = await gate(request, orgId(request), 'comment');
    const id = await inTransaction(app.db, (tx) => addComment(tx, user.id, organisation.id, request.body as CommentInput));
    const plan = (await app.db.selectFrom('improvement_comments').select('plan_id').where('id', '=', id).executeTakeFirstOrThrow()).plan_id;
    const c = (await commentsOf(app.db, plan)).find((x) => x.id === id)!;
    return reply.code(201).send({ id: c.id, author: c.author, body: c.body, createdAt: c.createdAt });
  });

  app.post('/api/organisations/:id/contact-requests', {
    ...requires('improvement.use'),
    schema: {
      tags, summary: 'Ask a peer that agreed to be contacted, and is at least two levels ahead in the dimension, for advice (once per 30 days per peer and dimension); its owners see the request on their plan and answer it',
      params: orgParams, body: contactRequestBody, response: { 201: sentContactSchema, ...problemResponses(400, 401, 403, 404, 409) },
    },
  }, async (request, reply) => {
    const { user } = await gate(request, orgId(request), 'manage');
    const id = await inTransaction(app.db, (tx) => requestContact(tx, user.id, orgId(request), request.body as ContactRequestInput));
    const sent = (await contactRequestsFrom(app.db, orgId(request))).find((r) => r.id === id)!;
    return reply.code(201).header('location', `/api/organisations/${orgId(request)}/contact-requests`).send(presentSent(sent));
  });

  app.get('/api/organisations/:id/contact-requests', {
    schema: {
      tags, summary: 'Requests for contact of the last 12 months: those received (owners only, else empty) and those sent, with their answer and, once accepted, the contact',
      params: orgParams, response: { 200: contactListSchema, ...problemResponses(400, 401, 403, 404) },
    },
  }, async (request) => {
    const { access } = await gate(request, orgId(request), 'manage');
    const received = isOwner(access) ? await contactRequestsTo(app.db, orgId(request)) : [];
    return { received: received.map(presentReceived), sent: (await contactRequestsFrom(app.db, orgId(request))).map(presentSent) };
  });

  app.post('/api/organisations/:id/contact-requests/:requestId/answer', {
    ...requires('improvement.use'),
    schema: {
      tags, summary: 'Answer a request for contact sent to this organisation (owners): accepted shares your name and e-mail address with the requester; an answer is final',
      params: contactParams, body: contactAnswerBody, response: { 200: receivedContactSchema, ...problemResponses(400, 401, 403, 404, 409) },
    },
  }, async (request) => {
    const { id, requestId } = request.params as ContactParams;
    const { user } = await gate(request, id, 'owner');
    await inTransaction(app.db, (tx) => answerContact(tx, user.id, id, requestId, (request.body as ContactAnswerInput).answer));
    return presentReceived((await findContactRequest(app.db, id, requestId))!);
  });

  app.get('/api/organisations/:id/progress', {
    schema: {
      tags, summary: 'Levels per dimension of every submitted result over time, against the own targets, with points for reflection',
      params: orgParams, querystring: langQuery, response: { 200: progressSchema, ...problemResponses(400, 401, 404) },
    },
  }, async (request) => {
    await gate(request, orgId(request), 'read');
    return presentProgress(await loadProgress(app.db, orgId(request)));
  });

  app.get('/api/organisations/:id/plan/paragraph', {
    schema: {
      tags, summary: 'The plan as the digital paragraph of a policy plan or grant application, in the asked language (?lang=nl|en)',
      params: orgParams, querystring: langQuery, response: { 200: paragraphSchema, ...problemResponses(400, 401, 404) },
    },
  }, async (request) => {
    const { organisation, access } = await gate(request, orgId(request), 'read');
    const view = await loadPlanView(app.db, catalog, organisation, access, { withMatches: false });
    if (!view.plan) throw noPlan(organisation.id);
    return buildParagraph(request.t, request.lang, catalog, organisation, view.plan, await coachesOf(app.db, organisation.id), view.today);
  });

  // --- coaches ---------------------------------------------------------------------------------
  app.get('/api/organisations/:id/coaches', {
    schema: { tags, summary: 'Coaches the organisation invited (also withdrawn ones); members only', params: orgParams, response: { 200: coachListSchema, ...problemResponses(400, 401, 403, 404) } },
  }, async (request) => {
    await gate(request, orgId(request), 'member');
    return { items: (await coachesOf(app.db, orgId(request))).map((c) => presentCoach(catalog, c)) };
  });

  app.post('/api/organisations/:id/coaches', {
    ...requires('improvement.use'),
    schema: {
      tags, summary: 'Invite a coach by the e-mail address of an existing account, optionally naming the support actor they come from (owners)',
      params: orgParams, body: inviteCoachBody, response: { 201: coachResponse, ...problemResponses(400, 401, 403, 404, 409) },
    },
  }, async (request, reply) => {
    const { user } = await gate(request, orgId(request), 'owner');
    const id = await inTransaction(app.db, (tx) => inviteCoach(tx, user.id, orgId(request), request.body as InviteCoachInput));
    const coach = (await coachesOf(app.db, orgId(request))).find((c) => c.id === id)!;
    return reply.code(201).send(presentCoach(catalog, coach));
  });

  app.delete('/api/organisations/:id/coaches/:invitationId', {
    ...requires('improvement.use'),
    schema: { tags, summary: "Withdraw a coach's invitation: their access ends at once (owners)", params: coachParams, response: { 200: coachResponse, ...problemResponses(400, 401, 403, 404) } },
  }, async (request) => {
    const { id, invitationId } = request.params as CoachParams;
    const { user } = await gate(request, id, 'owner');
    await inTransaction(app.db, (tx) => withdrawCoach(tx, user.id, id, invitationId));
    return presentCoach(catalog, (await coachesOf(app.db, id)).find((c) => c.id === invitationId)!);
  });

  app.get('/api/coaching', {
    schema: { tags, summary: 'The organisations that invited me as their coach', response: { 200: coachingSchema, ...problemResponses(401) } },
  }, async (request) => {
    const user = request.authorize('improvement.coaching')!;
    return { items: (await coachingOf(app.db, user.id)).map((c) => presentCoaching(catalog, c)) };
  });
}
