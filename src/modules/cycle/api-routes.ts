import type { FastifyInstance, FastifyRequest } from 'fastify';
import { principalOf } from '../../plugins/auth.js';
import { can } from '../../plugins/permissions.js';
import { notFound } from '../../plugins/errors.js';
import { translator } from '../../plugins/i18n.js';
import { problemResponses } from '../../web/openapi.js';
import { adoptPlan } from './commands/adopt-plan.js';
import { createActionLine } from './commands/create-action-line.js';
import { createAction } from './commands/create-action.js';
import { createMilestone } from './commands/create-milestone.js';
import { createPlan } from './commands/create-plan.js';
import { completeMilestone } from './commands/complete-milestone.js';
import { linkActionDecision } from './commands/link-action-decision.js';
import { rebaselinePlan } from './commands/rebaseline-plan.js';
import { rollOverPlan } from './commands/roll-over-plan.js';
import { createConformityClause, updateConformityClause } from './commands/save-conformity-clause.js';
import { updateActionLine } from './commands/update-action-line.js';
import { updateAction } from './commands/update-action.js';
import { updateMilestone } from './commands/update-milestone.js';
import { updatePlan } from './commands/update-plan.js';
import { presentAction, presentActionLine, presentConformity, presentMilestone, presentPlan } from './presenters.js';
import { effectiveWeights, isOverdue } from './progress.js';
import {
  baselineContent, findActionByExternalId, findMilestone, getAction, getActionLine, getConformity, getPlan, listActionLines, listConformity, withVisibleDecisions,
} from './queries.js';
import {
  actionLineDetailSchema, actionLineListSchema, actionSchema, baselineContentSchema, conformityListSchema, conformitySchema, milestoneResponse, planSchema, rulesSchema,
} from './response-schemas.js';
import {
  actionLookupQuery, adoptPlanBody, codeParams, completeMilestoneBody, createActionBody, createActionLineBody, createConformityBody, createMilestoneBody,
  createPlanBody, idParams, linkDecisionBody, rebaselinePlanBody, updateActionBody, updateActionLineBody, updateConformityBody, updateMilestoneBody, updatePlanBody,
  type AdoptPlanInput, type CodeParams, type CompleteMilestoneInput, type CreateActionInput, type CreateActionLineInput, type CreateConformityInput,
  type CreateMilestoneInput, type CreatePlanInput, type IdParams, type LinkDecisionInput, type RebaselinePlanInput, type UpdateActionInput,
  type UpdateActionLineInput, type UpdateConformityInput, type UpdateMilestoneInput, type UpdatePlanInput,
} from './schemas.js';
import { RULE_KEYS, requires } from './rules.js';
import { inTransaction } from './transaction.js';

const tags = ['cycle'];

export async function cycleApiRoutes(app: FastifyInstance) {
  const catalog = app.readModels.catalog;
  const base = app.config.publicBase;
  const plan = async (id: number) => presentPlan(catalog, await getPlan(app.db, id), base);
  const action = async (id: number, request?: FastifyRequest) =>
    presentAction(catalog, withVisibleDecisions(await getAction(app.db, id), !request || can(principalOf(request.user), 'governance.viewDrafts')), base);
  const line = async (code: string) => presentActionLine(catalog, await getActionLine(app.db, code), base, true);
  const milestone = async (id: number) => {
    const m = await findMilestone(app.db, id);
    if (!m) throw notFound('milestone', id);
    const detail = await getAction(app.db, m.actionId);
    const all = detail.action.milestones;
    const weight = effectiveWeights(all.map((x) => x.weight))[all.findIndex((x) => x.id === id)] ?? 1;
    return presentMilestone(m, weight, detail.action.status !== 'stopped' && isOverdue(m, detail.today));
  };

  app.get('/api/cycle/rules', {
    schema: { tags, summary: 'The rules behind derived progress, roll-up and "at risk", in Dutch and English', response: { 200: rulesSchema } },
  }, async () => {
    const nl = translator('nl');
    const en = translator('en');
    return { rules: RULE_KEYS.map((key) => ({ id: key.replace(/^cycle\.rule\./, ''), text: { nl: nl(key), en: en(key) } })) };
  });

  // --- action lines ---------------------------------------------------------------------------
  app.get('/api/action-lines', {
    schema: { tags, summary: 'Action lines with their owner, recommendations, challenges, current plan, progress and actions at risk', response: { 200: actionLineListSchema } },
  }, async (request) => {
    request.authorize('cycle.read');
    const items = (await listActionLines(app.db)).map((l) => presentActionLine(catalog, l, base, false));
    return { items, total: items.length };
  });

  app.get('/api/action-lines/:code', {
    schema: { tags, summary: 'One action line with its multi-year and annual plans and their figures', params: codeParams, response: { 200: actionLineDetailSchema, ...problemResponses(404) } },
  }, async (request) => {
    request.authorize('cycle.read');
    return line((request.params as CodeParams).code);
  });

  app.post('/api/action-lines', {
    ...requires('cycle.createActionLine'),
    schema: { tags, summary: 'Create an action line', body: createActionLineBody, response: { 201: actionLineDetailSchema, ...problemResponses(400, 401, 403, 409) } },
  }, async (request, reply) => {
    const user = request.authorize('cycle.createActionLine')!;
    const input = request.body as CreateActionLineInput;
    await inTransaction(app.db, (tx) => createActionLine(tx, user.id, input));
    return reply.code(201).header('location', `/api/action-lines/${input.code}`).send(await line(input.code));
  });

  app.put('/api/action-lines/:code', {
    ...requires('cycle.updateActionLine'),
    schema: {
      tags, summary: 'Edit an action line (send the version you started from)', params: codeParams, body: updateActionLineBody,
      response: { 200: actionLineDetailSchema, ...problemResponses(400, 401, 403, 404, 409) },
    },
  }, async (request) => {
    const user = request.authorize('cycle.updateActionLine')!;
    const { code } = request.params as CodeParams;
    await inTransaction(app.db, (tx) => updateActionLine(tx, user.id, code, request.body as UpdateActionLineInput));
    return line(code);
  });

  // --- plans -------------------------------------------------------------------------------------
  app.post('/api/action-lines/:code/plans', {
    ...requires('cycle.createPlan'),
    schema: { tags, summary: 'Create a multi-year or annual plan for an action line', params: codeParams, body: createPlanBody, response: { 201: planSchema, ...problemResponses(400, 401, 403, 404, 409) } },
  }, async (request, reply) => {
    const user = request.authorize('cycle.createPlan')!;
    const { code } = request.params as CodeParams;
    const id = await inTransaction(app.db, (tx) => createPlan(tx, user.id, code, request.body as CreatePlanInput));
    return reply.code(201).header('location', `/api/plans/${id}`).send(await plan(id));
  });

  app.get('/api/plans/:id', {
    schema: {
      tags, summary: 'A plan with its actions, derived progress, actions at risk, baselines and plan-versus-actual', params: idParams,
      response: { 200: planSchema, ...problemResponses(400, 404) },
    },
  }, async (request) => {
    request.authorize('cycle.read');
    return plan((request.params as IdParams).id);
  });

  app.get('/api/plans/:id/baselines/:version', {
    schema: {
      tags, summary: 'The content frozen in one baseline version of a plan',
      params: { type: 'object', required: ['id', 'version'], additionalProperties: false, properties: { id: idParams.properties.id, version: { type: 'integer', minimum: 1, maximum: 100000 } } },
      response: { 200: baselineContentSchema, ...problemResponses(400, 404) },
    },
  }, async (request) => {
    request.authorize('cycle.read');
    const { id, version } = request.params as { id: number; version: number };
    const content = await baselineContent(app.db, id, version);
    if (!content) throw notFound('baseline', `${id}/${version}`);
    return content;
  });

  app.put('/api/plans/:id', {
    ...requires('cycle.updatePlan'),
    schema: { tags, summary: 'Change the period of a draft plan', params: idParams, body: updatePlanBody, response: { 200: planSchema, ...problemResponses(400, 401, 403, 404, 409) } },
  }, async (request) => {
    const user = request.authorize('cycle.updatePlan')!;
    const { id } = request.params as IdParams;
    await inTransaction(app.db, (tx) => updatePlan(tx, user.id, id, request.body as UpdatePlanInput));
    return plan(id);
  });

  app.post('/api/plans/:id/adopt', {
    ...requires('cycle.adoptPlan'),
    schema: {
      tags, summary: 'Adopt a plan (steering committee): freezes its actions and milestones as baseline version 1',
      params: idParams, body: adoptPlanBody, response: { 200: planSchema, ...problemResponses(400, 401, 403, 404, 409) },
    },
  }, async (request) => {
    const user = request.authorize('cycle.adoptPlan')!;
    const { id } = request.params as IdParams;
    await inTransaction(app.db, (tx) => adoptPlan(tx, user.id, id, request.body as AdoptPlanInput));
    return plan(id);
  });

  app.post('/api/plans/:id/rebaseline', {
    ...requires('cycle.rebaselinePlan'),
    schema: {
      tags, summary: 'Re-baseline an adopted plan under a decision, with a reason (steering committee)',
      params: idParams, body: rebaselinePlanBody, response: { 200: planSchema, ...problemResponses(400, 401, 403, 404, 409) },
    },
  }, async (request) => {
    const user = request.authorize('cycle.rebaselinePlan')!;
    const { id } = request.params as IdParams;
    await inTransaction(app.db, (tx) => rebaselinePlan(tx, user.id, id, request.body as RebaselinePlanInput));
    return plan(id);
  });

  app.post('/api/plans/:id/roll-over', {
    ...requires('cycle.rollOverPlan'),
    schema: {
      tags, summary: "Start next year's plan from this annual plan's open actions (planned or running) and their open milestones",
      params: idParams, response: { 201: planSchema, ...problemResponses(400, 401, 403, 404, 409) },
    },
  }, async (request, reply) => {
    const user = request.authorize('cycle.rollOverPlan')!;
    const { id } = request.params as IdParams;
    const next = await inTransaction(app.db, (tx) => rollOverPlan(tx, user.id, id));
    return reply.code(201).header('location', `/api/plans/${next}`).send(await plan(next));
  });

  // --- actions -----------------------------------------------------------------------------------
  app.post('/api/plans/:id/actions', {
    ...requires('cycle.createAction'),
    schema: { tags, summary: 'Add an action to a plan', params: idParams, body: createActionBody, response: { 201: actionSchema, ...problemResponses(400, 401, 403, 404, 409) } },
  }, async (request, reply) => {
    const user = request.authorize('cycle.createAction')!;
    const { id } = request.params as IdParams;
    const actionId = await inTransaction(app.db, (tx) => createAction(tx, user.id, id, request.body as CreateActionInput));
    return reply.code(201).header('location', `/api/actions/${actionId}`).send(await action(actionId));
  });

  app.get('/api/actions', {
    schema: {
      tags, summary: "Find an action by the id a partner's system gives it (externalId)", querystring: actionLookupQuery,
      response: { 200: actionSchema, ...problemResponses(400, 404) },
    },
  }, async (request) => {
    request.authorize('cycle.read');
    const { externalId } = request.query as { externalId: string };
    const id = await findActionByExternalId(app.db, externalId);
    if (id === undefined) throw notFound('action with external id', externalId);
    return action(id);
  });

  app.get('/api/actions/:id', {
    schema: { tags, summary: 'An action with its milestones, progress, budget, contributors and the decisions behind it', params: idParams, response: { 200: actionSchema, ...problemResponses(400, 404) } },
  }, async (request) => {
    request.authorize('cycle.read');
    return action((request.params as IdParams).id, request);
  });

  app.put('/api/actions/:id', {
    ...requires('cycle.updateAction'),
    schema: { tags, summary: 'Edit an action (send the version you started from)', params: idParams, body: updateActionBody, response: { 200: actionSchema, ...problemResponses(400, 401, 403, 404, 409) } },
  }, async (request) => {
    const user = request.authorize('cycle.updateAction')!;
    const { id } = request.params as IdParams;
    await inTransaction(app.db, (tx) => updateAction(tx, user.id, id, request.body as UpdateActionInput));
    return action(id);
  });

  app.post('/api/actions/:id/decisions', {
    ...requires('cycle.linkDecision'),
    schema: { tags, summary: 'Link a decision (governance) behind an action', params: idParams, body: linkDecisionBody, response: { 200: actionSchema, ...problemResponses(400, 401, 403, 404, 409) } },
  }, async (request) => {
    const user = request.authorize('cycle.linkDecision')!;
    const { id } = request.params as IdParams;
    await inTransaction(app.db, (tx) => linkActionDecision(tx, user.id, id, request.body as LinkDecisionInput));
    return action(id);
  });

  // --- milestones --------------------------------------------------------------------------------
  app.post('/api/actions/:id/milestones', {
    ...requires('cycle.createMilestone'),
    schema: { tags, summary: 'Add a milestone to an action', params: idParams, body: createMilestoneBody, response: { 201: milestoneResponse, ...problemResponses(400, 401, 403, 404) } },
  }, async (request, reply) => {
    const user = request.authorize('cycle.createMilestone')!;
    const { id } = request.params as IdParams;
    const milestoneId = await inTransaction(app.db, (tx) => createMilestone(tx, user.id, id, request.body as CreateMilestoneInput));
    return reply.code(201).send(await milestone(milestoneId));
  });

  app.get('/api/milestones/:id', {
    schema: { tags, summary: 'One milestone, with the weight it counts with', params: idParams, response: { 200: milestoneResponse, ...problemResponses(400, 404) } },
  }, async (request) => {
    request.authorize('cycle.read');
    return milestone((request.params as IdParams).id);
  });

  app.put('/api/milestones/:id', {
    ...requires('cycle.updateMilestone'),
    schema: { tags, summary: 'Edit a milestone (send the version you started from)', params: idParams, body: updateMilestoneBody, response: { 200: milestoneResponse, ...problemResponses(400, 401, 403, 404, 409) } },
  }, async (request) => {
    const user = request.authorize('cycle.updateMilestone')!;
    const { id } = request.params as IdParams;
    await inTransaction(app.db, (tx) => updateMilestone(tx, user.id, id, request.body as UpdateMilestoneInput));
    return milestone(id);
  });

  app.post('/api/milestones/:id/done', {
    ...requires('cycle.updateMilestone'),
    schema: { tags, summary: 'Mark a milestone done (today unless doneOn is given)', params: idParams, body: completeMilestoneBody, response: { 200: milestoneResponse, ...problemResponses(400, 401, 403, 404, 409) } },
  }, async (request) => {
    const user = request.authorize('cycle.updateMilestone')!;
    const { id } = request.params as IdParams;
    await inTransaction(app.db, (tx) => completeMilestone(tx, user.id, id, request.body as CompleteMilestoneInput));
    return milestone(id);
  });

  // --- conformity clauses (R2.1) -----------------------------------------------------------------
  app.get('/api/conformity', {
    schema: { tags, summary: "Conformity clauses (R2.1): whether each actor's management agreement has taken up the digital transformation plan", response: { 200: conformityListSchema } },
  }, async (request) => {
    request.authorize('cycle.read');
    const items = (await listConformity(app.db)).map((c) => presentConformity(catalog, c));
    const byActor = new Map<string, { actor: (typeof items)[number]['actor']; clauses: typeof items }>();
    for (const c of items) {
      const key = c.actor?.code ?? '';
      const group = byActor.get(key) ?? { actor: c.actor, clauses: [] };
      group.clauses.push(c);
      byActor.set(key, group);
    }
    const groups = [...byActor.values()].sort((a, b) => (a.actor?.name ?? '').localeCompare(b.actor?.name ?? '', 'nl'));
    return { items, byActor: groups, total: items.length };
  });

  app.get('/api/conformity/:id', {
    schema: { tags, summary: 'One conformity clause', params: idParams, response: { 200: conformitySchema, ...problemResponses(400, 404) } },
  }, async (request) => {
    request.authorize('cycle.read');
    return presentConformity(catalog, await getConformity(app.db, (request.params as IdParams).id));
  });

  app.post('/api/conformity', {
    ...requires('cycle.editConformity'),
    schema: { tags, summary: 'Record a conformity clause for an actor', body: createConformityBody, response: { 201: conformitySchema, ...problemResponses(400, 401, 403) } },
  }, async (request, reply) => {
    const user = request.authorize('cycle.editConformity')!;
    const id = await inTransaction(app.db, (tx) => createConformityClause(tx, user.id, request.body as CreateConformityInput));
    return reply.code(201).header('location', `/api/conformity/${id}`).send(presentConformity(catalog, await getConformity(app.db, id)));
  });

  app.put('/api/conformity/:id', {
    ...requires('cycle.editConformity'),
    schema: { tags, summary: 'Edit a conformity clause (send the version you started from)', params: idParams, body: updateConformityBody, response: { 200: conformitySchema, ...problemResponses(400, 401, 403, 404, 409) } },
  }, async (request) => {
    const user = request.authorize('cycle.editConformity')!;
    const { id } = request.params as IdParams;
    await inTransaction(app.db, (tx) => updateConformityClause(tx, user.id, id, request.body as UpdateConformityInput));
    return presentConformity(catalog, await getConformity(app.db, id));
  });
}
