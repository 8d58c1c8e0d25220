import type { FastifyInstance } from 'fastify';
import { problemResponses } from '../../web/openapi.js';
import { actOnStep } from './commands/act-on-step.js';
import { assignReviewer, unassignReviewer } from './commands/assign-reviewers.js';
import { closeReview } from './commands/close-review.js';
import { inTransaction } from './commands/shared.js';
import { requires } from './guard.js';
import { presentHistory, presentOverview, presentRanking, presentReviewer, presentSteps } from './presenters.js';
import { applicationRow, callApplications, callRecord, reviewersOf, stepHistory } from './queries.js';
import type { RankingIndex } from './read-model.js';
import { closeReviewSchema, overviewSchema, rankingSchema, reviewersSchema, workflowSchema } from './response-schemas.js';
import { assignBody, callParams, idParams, reviewerParams, stepBody, type AssignBody, type CallParams, type IdParams, type ReviewerParams, type StepBody } from './schemas.js';
import { currentStep, stepsOrDefault } from './workflow.js';

const tags = ['review'];

/** The JSON API of the workflow after submission, for the transition team and the steering committee. */
export async function teamApiRoutes(app: FastifyInstance, { index }: { index: RankingIndex }) {
  const workflow = async (id: number) => {
    const row = await applicationRow(app.db, id);
    const call = await callRecord(app.db, { id: row.call_id });
    const step = currentStep(call.steps, row);
    return { id: row.id, title: row.title, status: row.status, currentStep: step ? presentSteps([step])[0]! : null, version: row.version, history: presentHistory(await stepHistory(app.db, id)) };
  };

  app.get('/api/calls/:code/ranking', {
    ...requires('review.rank'),
    schema: { tags, summary: 'The ranking of a call: weighted score out of 10 per application, reviews, spread per criterion, the budget line; ties broken by the rule in tieRule', params: callParams, response: { 200: rankingSchema, ...problemResponses(401, 403, 404) } },
  }, async (request, reply) => {
    request.authorize('review.rank');
    // Serialised once per state of the call's ranking (the presenter gives exactly the schema's fields).
    const body = await index.rankingView((request.params as CallParams).code, 'json', (call, ranking) => JSON.stringify(presentRanking(call, ranking)));
    return reply.type('application/json; charset=utf-8').send(body);
  });

  app.get('/api/calls/:code/review', {
    ...requires('review.rank'),
    schema: { tags, summary: "The call's submitted applications with the step each waits in", params: callParams, response: { 200: overviewSchema, ...problemResponses(401, 403, 404) } },
  }, async (request) => {
    request.authorize('review.rank');
    const call = await callRecord(app.db, { code: (request.params as CallParams).code });
    return presentOverview(call, stepsOrDefault(call.steps), await callApplications(app.db, call.id));
  });

  app.post('/api/calls/:code/review/close', {
    ...requires('review.manage'),
    schema: { tags, summary: 'Close the review: every application in its review step with at least one submitted review moves on', params: callParams, response: { 200: closeReviewSchema, ...problemResponses(401, 403, 404, 409) } },
  }, async (request) => {
    const user = request.authorize('review.manage')!;
    const result = await inTransaction(app.db, (tx) => closeReview(tx, user, (request.params as CallParams).code));
    await index.refreshCall(result.callId);
    return { closed: result.closed, withoutReviews: result.withoutReviews };
  });

  app.get('/api/calls/:code/reviewers', {
    ...requires('review.assign'),
    schema: { tags, summary: 'Reviewers assigned to a call, with their declarations and submitted reviews', params: callParams, response: { 200: reviewersSchema, ...problemResponses(401, 403, 404) } },
  }, async (request) => {
    request.authorize('review.assign');
    const call = await callRecord(app.db, { code: (request.params as CallParams).code });
    return { call: call.code, items: (await reviewersOf(app.db, call.id)).map(presentReviewer) };
  });

  app.post('/api/calls/:code/reviewers', {
    ...requires('review.assign'),
    schema: { tags, summary: 'Assign an account (any role) as reviewer of a call, by id or e-mail', params: callParams, body: assignBody, response: { 201: reviewersSchema, ...problemResponses(400, 401, 403, 404) } },
  }, async (request, reply) => {
    const user = request.authorize('review.assign')!;
    const { code } = request.params as CallParams;
    const { callId } = await inTransaction(app.db, (tx) => assignReviewer(tx, user, code, request.body as AssignBody));
    return reply.code(201).send({ call: code, items: (await reviewersOf(app.db, callId)).map(presentReviewer) });
  });

  app.delete('/api/calls/:code/reviewers/:userId', {
    ...requires('review.assign'),
    schema: { tags, summary: 'Take a reviewer off a call (only before it declared or scored anything there)', params: reviewerParams, response: { 200: reviewersSchema, ...problemResponses(401, 403, 404, 409) } },
  }, async (request) => {
    const user = request.authorize('review.assign')!;
    const { code, userId } = request.params as ReviewerParams;
    const { callId } = await inTransaction(app.db, (tx) => unassignReviewer(tx, user, code, userId));
    return { call: code, items: (await reviewersOf(app.db, callId)).map(presentReviewer) };
  });

  app.get('/api/applications/:id/workflow', {
    ...requires('review.rank'),
    schema: { tags, summary: 'Where an application is in its workflow, and the history of its steps', params: idParams, response: { 200: workflowSchema, ...problemResponses(401, 403, 404) } },
  }, async (request) => {
    request.authorize('review.rank');
    return workflow((request.params as IdParams).id);
  });

  app.post('/api/applications/:id/steps', {
    ...requires('review.screen'),
    schema: {
      tags, summary: 'Act on the step the application waits in: eligibility passed/failed (failed needs a reason), review passed, panel or other step noted',
      params: idParams, body: stepBody, response: { 200: workflowSchema, ...problemResponses(400, 401, 403, 404, 409) },
    },
  }, async (request) => {
    const user = request.authorize('review.screen')!;
    const { id } = request.params as IdParams;
    const { callId } = await inTransaction(app.db, (tx) => actOnStep(tx, user, id, request.body as StepBody));
    await index.refreshCall(callId);
    return workflow(id);
  });
}
