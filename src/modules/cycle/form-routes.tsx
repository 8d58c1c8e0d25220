import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, notFound, type FieldError } from '../../plugins/errors.js';
import { viewContext } from '../../web/context.js';
import type { Html } from '../../web/jsx.js';
import { h } from '../../web/jsx.js';
import { sendPage } from '../../web/page.js';
import { adoptPlan } from './commands/adopt-plan.js';
import { createActionLine } from './commands/create-action-line.js';
import { createAction } from './commands/create-action.js';
import { createMilestone } from './commands/create-milestone.js';
import { createPlan } from './commands/create-plan.js';
import { rebaselinePlan } from './commands/rebaseline-plan.js';
import { createConformityClause, updateConformityClause } from './commands/save-conformity-clause.js';
import type { Tx } from './commands/shared.js';
import { updateActionLine } from './commands/update-action-line.js';
import { updateAction } from './commands/update-action.js';
import { updateMilestone } from './commands/update-milestone.js';
import { updatePlan } from './commands/update-plan.js';
import {
  ACTION_FIELDS, ACTION_LINE_FIELDS, ACTION_LINE_LISTS, ACTION_LISTS, ADOPT_FIELDS, CONFORMITY_FIELDS, MILESTONE_FIELDS, PLAN_FIELDS, REBASELINE_FIELDS,
  actionForm, actionInput, actionLineForm, actionLineInput, adoptInput, conformityForm, conformityInput, emptyForm, flatErrors, milestoneForm, milestoneInput,
  planForm, planInput, readForm, rebaselineInput, type Form, type Parsed,
} from './form-mapping.js';
import { actorCodes, decisionChoices, findActionRecord, findMilestone, findPlanRecord, getActionLine, getConformity } from './queries.js';
import { requires } from './rules.js';
import { codeParams, idParams, type CodeParams, type IdParams } from './schemas.js';
import { inTransaction } from './transaction.js';
import { ActionFormPage, ActionLineFormPage, AdoptFormPage, ConformityFormPage, MilestoneFormPage, PlanFormPage } from './views/forms.js';
import { planName } from './views/parts.js';

interface Refusal { errors: FieldError[]; stale: { currentVersion: number } | undefined; form: Form }

/**
 * Why a save was refused, for the form shown again with the user's input: named fields (400), a
 * duplicate (409 on a field), or a newer save by someone else (409 stale: the form then continues
 * from the current version, so saving again is a deliberate overwrite). Anything else is thrown on.
 */
function refusal(request: FastifyRequest, reply: FastifyReply, err: unknown, form: Form): Refusal {
  if (!(err instanceof AppError) || (err.status !== 400 && err.status !== 409)) throw err;
  reply.code(err.status);
  if (err.code === 'CYCLE_STALE') {
    const currentVersion = Number(err.extra.currentVersion);
    return { errors: [], stale: { currentVersion }, form: { ...form, version: String(currentVersion) } };
  }
  if (err.fields.length) return { errors: flatErrors(err.fields), stale: undefined, form };
  const key = `error.${err.code}`;
  const message = request.t(key) === key ? err.detail : request.t(key);
  const field = typeof err.extra.field === 'string' ? err.extra.field : 'form';
  return { errors: [err.code.endsWith('_TAKEN') ? { field, message, code: 'duplicate' } : { field, message }], stale: undefined, form };
}

/** Parse, run the command in one transaction, redirect; or show the form again with why not. */
async function submit<T>(
  request: FastifyRequest, reply: FastifyReply, form: Form, parsed: Parsed<T>,
  run: (tx: Tx, input: T) => Promise<string>, render: (r: Refusal) => Html | Promise<Html>,
) {
  try {
    if (!parsed.ok) throw new AppError('VALIDATION_FAILED', 400, 'invalid', parsed.errors);
    const db = request.server.db;
    const location = await inTransaction(db, (tx) => run(tx, parsed.input));
    return reply.redirect(location, 303);
  } catch (err) {
    return sendPage(reply, await render(refusal(request, reply, err, form)));
  }
}

const none: Refusal = { errors: [], stale: undefined, form: {} };

export async function cycleFormRoutes(app: FastifyInstance) {
  const catalog = app.readModels.catalog;
  const lineOf = async (code: string) => getActionLine(app.db, code);
  const planOf = async (id: number) => {
    const plan = await findPlanRecord(app.db, id);
    if (!plan) throw notFound('plan', id);
    const line = (await app.db.selectFrom('action_lines').select(['code', 'title_nl', 'title_en']).where('id', '=', plan.actionLineId).executeTakeFirstOrThrow());
    return { plan, line: { code: line.code, title: { nl: line.title_nl, en: line.title_en } } };
  };

  // --- action lines -----------------------------------------------------------------------------
  const lineForm = (request: FastifyRequest, mode: 'create' | 'edit', r: Refusal) =>
    <ActionLineFormPage ctx={viewContext(request)} catalog={catalog} form={r.form} errors={r.errors} mode={mode} stale={r.stale} />;

  app.get('/action-lines/new', async (request, reply) => {
    request.authorize('cycle.createActionLine');
    return sendPage(reply, lineForm(request, 'create', { ...none, form: emptyForm(ACTION_LINE_FIELDS, ACTION_LINE_LISTS) }));
  });

  app.post('/action-lines', async (request, reply) => {
    const user = request.authorize('cycle.createActionLine')!;
    const form = readForm(request.body, ACTION_LINE_FIELDS, ACTION_LINE_LISTS);
    return submit(request, reply, form, actionLineInput(form, 'create'), async (tx, input) => {
      await createActionLine(tx, user.id, input);
      return `/action-lines/${form.code}?saved=lineCreated`;
    }, (r) => lineForm(request, 'create', r));
  });

  app.get('/action-lines/:code/edit', { ...requires('cycle.updateActionLine'), schema: { params: codeParams } }, async (request, reply) => {
    request.authorize('cycle.updateActionLine');
    const line = await lineOf((request.params as CodeParams).code);
    const code = await actorCodes(app.db);
    return sendPage(reply, lineForm(request, 'edit', { ...none, form: actionLineForm(line, code(line.ownerActorId)) }));
  });

  app.post('/action-lines/:code', { ...requires('cycle.updateActionLine'), schema: { params: codeParams } }, async (request, reply) => {
    const user = request.authorize('cycle.updateActionLine')!;
    const line = await lineOf((request.params as CodeParams).code);
    const form = { ...readForm(request.body, ACTION_LINE_FIELDS, ACTION_LINE_LISTS), code: line.code };
    return submit(request, reply, form, actionLineInput(form, 'edit'), async (tx, input) => {
      await updateActionLine(tx, user.id, line.code, input);
      return `/action-lines/${line.code}?saved=lineUpdated`;
    }, (r) => lineForm(request, 'edit', r));
  });

  // --- plans ------------------------------------------------------------------------------------
  app.get('/action-lines/:code/plans/new', { ...requires('cycle.createPlan'), schema: { params: codeParams } }, async (request, reply) => {
    request.authorize('cycle.createPlan');
    const line = await lineOf((request.params as CodeParams).code);
    const form = { ...emptyForm(PLAN_FIELDS), kind: 'annual', yearFrom: String(new Date().getFullYear()) };
    return sendPage(reply, <PlanFormPage ctx={viewContext(request)} form={form} errors={[]} mode="create" line={line} />);
  });

  app.post('/action-lines/:code/plans', { ...requires('cycle.createPlan'), schema: { params: codeParams } }, async (request, reply) => {
    const user = request.authorize('cycle.createPlan')!;
    const line = await lineOf((request.params as CodeParams).code);
    const form = readForm(request.body, PLAN_FIELDS);
    return submit(request, reply, form, planInput(form, 'create'), async (tx, input) => {
      const id = await createPlan(tx, user.id, line.code, input);
      return `/plans/${id}?saved=planCreated`;
    }, (r) => <PlanFormPage ctx={viewContext(request)} form={r.form} errors={r.errors} mode="create" stale={r.stale} line={line} />);
  });

  app.get('/plans/:id/edit', { ...requires('cycle.updatePlan'), schema: { params: idParams } }, async (request, reply) => {
    request.authorize('cycle.updatePlan');
    const { plan, line } = await planOf((request.params as IdParams).id);
    return sendPage(reply, <PlanFormPage ctx={viewContext(request)} form={planForm(plan)} errors={[]} mode="edit" line={line} planId={plan.id} />);
  });

  app.post('/plans/:id', { ...requires('cycle.updatePlan'), schema: { params: idParams } }, async (request, reply) => {
    const user = request.authorize('cycle.updatePlan')!;
    const { plan, line } = await planOf((request.params as IdParams).id);
    const form = { ...readForm(request.body, PLAN_FIELDS), kind: plan.kind };
    return submit(request, reply, form, planInput(form, 'edit'), async (tx, input) => {
      await updatePlan(tx, user.id, plan.id, input);
      return `/plans/${plan.id}?saved=planUpdated`;
    }, (r) => <PlanFormPage ctx={viewContext(request)} form={r.form} errors={r.errors} mode="edit" stale={r.stale} line={line} planId={plan.id} />);
  });

  for (const rebaseline of [false, true]) {
    const verb = rebaseline ? 'rebaseline' : 'adopt';
    const permission = rebaseline ? 'cycle.rebaselinePlan' : 'cycle.adoptPlan';
    const fields = rebaseline ? REBASELINE_FIELDS : ADOPT_FIELDS;
    const page = async (request: FastifyRequest, id: number, r: Refusal) => {
      const { plan, line } = await planOf(id);
      const ref = { id: plan.id, name: planName(request.t, plan), lineTitle: line.title[request.lang], lineCode: line.code };
      return <AdoptFormPage ctx={viewContext(request)} form={r.form} errors={r.errors} stale={r.stale} plan={ref} decisions={await decisionChoices(app.db)} rebaseline={rebaseline} />;
    };
    app.get(`/plans/:id/${verb}`, { ...requires(permission), schema: { params: idParams } }, async (request, reply) => {
      request.authorize(permission);
      const { id } = request.params as IdParams;
      const { plan } = await planOf(id);
      return sendPage(reply, await page(request, id, { ...none, form: { ...emptyForm(fields), version: String(plan.version) } }));
    });
    app.post(`/plans/:id/${verb}`, { ...requires(permission), schema: { params: idParams } }, async (request, reply) => {
      const user = request.authorize(permission)!;
      const { id } = request.params as IdParams;
      await planOf(id);
      const form = readForm(request.body, fields);
      const done = `/plans/${id}?saved=${rebaseline ? 'planRebaselined' : 'planAdopted'}`;
      if (rebaseline) {
        return submit(request, reply, form, rebaselineInput(form), async (tx, input) => { await rebaselinePlan(tx, user.id, id, input); return done; }, (r) => page(request, id, r));
      }
      return submit(request, reply, form, adoptInput(form), async (tx, input) => { await adoptPlan(tx, user.id, id, input); return done; }, (r) => page(request, id, r));
    });
  }

  // --- actions ----------------------------------------------------------------------------------
  const planRef = (request: FastifyRequest, p: Awaited<ReturnType<typeof planOf>>) =>
    ({ id: p.plan.id, name: planName(request.t, p.plan), lineTitle: p.line.title[request.lang], lineCode: p.line.code });

  app.get('/plans/:id/actions/new', { ...requires('cycle.createAction'), schema: { params: idParams } }, async (request, reply) => {
    request.authorize('cycle.createAction');
    const p = await planOf((request.params as IdParams).id);
    const form = { ...emptyForm(ACTION_FIELDS, ACTION_LISTS), status: 'planned' };
    return sendPage(reply, <ActionFormPage ctx={viewContext(request)} catalog={catalog} form={form} errors={[]} mode="create" plan={planRef(request, p)} />);
  });

  app.post('/plans/:id/actions', { ...requires('cycle.createAction'), schema: { params: idParams } }, async (request, reply) => {
    const user = request.authorize('cycle.createAction')!;
    const p = await planOf((request.params as IdParams).id);
    const form = readForm(request.body, ACTION_FIELDS, ACTION_LISTS);
    return submit(request, reply, form, actionInput(form, 'create'), async (tx, input) => {
      const id = await createAction(tx, user.id, p.plan.id, input);
      return `/actions/${id}?saved=actionCreated`;
    }, (r) => <ActionFormPage ctx={viewContext(request)} catalog={catalog} form={r.form} errors={r.errors} mode="create" stale={r.stale} plan={planRef(request, p)} />);
  });

  const actionOf = async (id: number) => {
    const action = await findActionRecord(app.db, id);
    if (!action) throw notFound('action', id);
    return { action, p: await planOf(action.planId) };
  };

  app.get('/actions/:id/edit', { ...requires('cycle.updateAction'), schema: { params: idParams } }, async (request, reply) => {
    request.authorize('cycle.updateAction');
    const { action, p } = await actionOf((request.params as IdParams).id);
    const form = actionForm(action, await actorCodes(app.db));
    return sendPage(reply, <ActionFormPage ctx={viewContext(request)} catalog={catalog} form={form} errors={[]} mode="edit" plan={planRef(request, p)} actionId={action.id} />);
  });

  app.post('/actions/:id', { ...requires('cycle.updateAction'), schema: { params: idParams } }, async (request, reply) => {
    const user = request.authorize('cycle.updateAction')!;
    const { action, p } = await actionOf((request.params as IdParams).id);
    const form = readForm(request.body, ACTION_FIELDS, ACTION_LISTS);
    return submit(request, reply, form, actionInput(form, 'edit'), async (tx, input) => {
      await updateAction(tx, user.id, action.id, input);
      return `/actions/${action.id}?saved=actionUpdated`;
    }, (r) => <ActionFormPage ctx={viewContext(request)} catalog={catalog} form={r.form} errors={r.errors} mode="edit" stale={r.stale} plan={planRef(request, p)} actionId={action.id} />);
  });

  // --- milestones -------------------------------------------------------------------------------
  const actionRef = (a: { id: number; code: string; title: { nl: string; en: string } }) => ({ id: a.id, code: a.code, title: a.title });

  app.get('/actions/:id/milestones/new', { ...requires('cycle.createMilestone'), schema: { params: idParams } }, async (request, reply) => {
    request.authorize('cycle.createMilestone');
    const { action } = await actionOf((request.params as IdParams).id);
    return sendPage(reply, <MilestoneFormPage ctx={viewContext(request)} form={emptyForm(MILESTONE_FIELDS)} errors={[]} mode="create" action={actionRef(action)} />);
  });

  app.post('/actions/:id/milestones', { ...requires('cycle.createMilestone'), schema: { params: idParams } }, async (request, reply) => {
    const user = request.authorize('cycle.createMilestone')!;
    const { action } = await actionOf((request.params as IdParams).id);
    const form = readForm(request.body, MILESTONE_FIELDS);
    return submit(request, reply, form, milestoneInput(form, 'create'), async (tx, input) => {
      await createMilestone(tx, user.id, action.id, input);
      return `/actions/${action.id}?saved=milestoneCreated`;
    }, (r) => <MilestoneFormPage ctx={viewContext(request)} form={r.form} errors={r.errors} mode="create" stale={r.stale} action={actionRef(action)} />);
  });

  const milestoneOf = async (id: number) => {
    const m = await findMilestone(app.db, id);
    if (!m) throw notFound('milestone', id);
    return { m, action: (await findActionRecord(app.db, m.actionId))! };
  };

  app.get('/milestones/:id/edit', { ...requires('cycle.updateMilestone'), schema: { params: idParams } }, async (request, reply) => {
    request.authorize('cycle.updateMilestone');
    const { m, action } = await milestoneOf((request.params as IdParams).id);
    return sendPage(reply, <MilestoneFormPage ctx={viewContext(request)} form={milestoneForm(m)} errors={[]} mode="edit" action={actionRef(action)} milestoneId={m.id} />);
  });

  app.post('/milestones/:id', { ...requires('cycle.updateMilestone'), schema: { params: idParams } }, async (request, reply) => {
    const user = request.authorize('cycle.updateMilestone')!;
    const { m, action } = await milestoneOf((request.params as IdParams).id);
    const form = readForm(request.body, MILESTONE_FIELDS);
    return submit(request, reply, form, milestoneInput(form, 'edit'), async (tx, input) => {
      await updateMilestone(tx, user.id, m.id, input);
      return `/actions/${action.id}?saved=milestoneUpdated`;
    }, (r) => <MilestoneFormPage ctx={viewContext(request)} form={r.form} errors={r.errors} mode="edit" stale={r.stale} action={actionRef(action)} milestoneId={m.id} />);
  });

  // --- conformity -------------------------------------------------------------------------------
  const conformityPage = (request: FastifyRequest, mode: 'create' | 'edit', r: Refusal, clauseId?: number) =>
    <ConformityFormPage ctx={viewContext(request)} catalog={catalog} form={r.form} errors={r.errors} mode={mode} stale={r.stale} clauseId={clauseId} />;

  app.get('/conformity/new', async (request, reply) => {
    request.authorize('cycle.editConformity');
    return sendPage(reply, conformityPage(request, 'create', { ...none, form: emptyForm(CONFORMITY_FIELDS) }));
  });

  app.post('/conformity', async (request, reply) => {
    const user = request.authorize('cycle.editConformity')!;
    const form = readForm(request.body, CONFORMITY_FIELDS);
    return submit(request, reply, form, conformityInput(form, 'create'), async (tx, input) => {
      await createConformityClause(tx, user.id, input);
      return '/conformity?saved=conformityCreated';
    }, (r) => conformityPage(request, 'create', r));
  });

  app.get('/conformity/:id/edit', { ...requires('cycle.editConformity'), schema: { params: idParams } }, async (request, reply) => {
    request.authorize('cycle.editConformity');
    const clause = await getConformity(app.db, (request.params as IdParams).id);
    const code = await actorCodes(app.db);
    return sendPage(reply, conformityPage(request, 'edit', { ...none, form: conformityForm(clause, code(clause.actorId) ?? '') }, clause.id));
  });

  app.post('/conformity/:id', { ...requires('cycle.editConformity'), schema: { params: idParams } }, async (request, reply) => {
    const user = request.authorize('cycle.editConformity')!;
    const clause = await getConformity(app.db, (request.params as IdParams).id);
    const form = readForm(request.body, CONFORMITY_FIELDS);
    return submit(request, reply, form, conformityInput(form, 'edit'), async (tx, input) => {
      await updateConformityClause(tx, user.id, clause.id, input);
      return '/conformity?saved=conformityUpdated';
    }, (r) => conformityPage(request, 'edit', r, clause.id));
  });
}
