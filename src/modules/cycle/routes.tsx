import { fundingForActionLine } from '../knowledge/index.js';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { principalOf } from '../../plugins/auth.js';
import { AppError } from '../../plugins/errors.js';
import { can } from '../../plugins/permissions.js';
import { viewContext } from '../../web/context.js';
import { h } from '../../web/jsx.js';
import { sendPage } from '../../web/page.js';
import { completeMilestone } from './commands/complete-milestone.js';
import { linkActionDecision } from './commands/link-action-decision.js';
import { rollOverPlan } from './commands/roll-over-plan.js';
import { flatErrors, readForm } from './form-mapping.js';
import { decisionChoices, getAction, getActionLine, getPlan, listActionLines, listConformity, loadHistory, withVisibleDecisions } from './queries.js';
import { requires } from './rules.js';
import { codeParams, idParams, type CodeParams, type IdParams } from './schemas.js';
import { inTransaction } from './transaction.js';
import { ActionPage } from './views/action.js';
import { ActionLinePage } from './views/action-line.js';
import { ActionLinesPage } from './views/action-lines.js';
import { ConformityPage } from './views/conformity.js';
import { PlanPage } from './views/plan.js';

const SAVED = new Set([
  'lineCreated', 'lineUpdated', 'planCreated', 'planUpdated', 'planAdopted', 'planRebaselined', 'planRolledOver', 'actionCreated', 'actionUpdated',
  'decisionLinked', 'milestoneCreated', 'milestoneUpdated', 'milestoneDone', 'conformityCreated', 'conformityUpdated',
]);

/** `?saved=x` after a redirect names the confirmation to show (and the draft to clear). */
export function savedNotice(request: FastifyRequest): string | undefined {
  const saved = (request.query as Record<string, unknown>)?.saved;
  return typeof saved === 'string' && SAVED.has(saved) ? `cycle.saved.${saved}` : undefined;
}

const canSeeHistory = (request: FastifyRequest) => can(principalOf(request.user), 'cycle.viewHistory');

/** The read pages, and the one-button actions on them (roll over, mark done, link a decision). */
export async function cycleRoutes(app: FastifyInstance) {
  const catalog = app.readModels.catalog;

  app.get('/action-lines', async (request, reply) => {
    request.authorize('cycle.read');
    return sendPage(reply, <ActionLinesPage ctx={viewContext(request)} catalog={catalog} lines={await listActionLines(app.db)} />);
  });

  app.get('/action-lines/:code', { schema: { params: codeParams } }, async (request, reply) => {
    request.authorize('cycle.read');
    const line = await getActionLine(app.db, (request.params as CodeParams).code);
    const history = canSeeHistory(request) ? await loadHistory(app.db, [['action_line', line.code], ...line.plans.map((p): [string, number] => ['plan', p.id])]) : null;
    const funding = await fundingForActionLine(app.db, line.id);
    return sendPage(reply, <ActionLinePage ctx={viewContext(request)} catalog={catalog} line={line} history={history} notice={savedNotice(request)} funding={funding} />);
  });

  app.get('/plans/:id', { schema: { params: idParams } }, async (request, reply) => {
    request.authorize('cycle.read');
    const detail = await getPlan(app.db, (request.params as IdParams).id);
    const history = canSeeHistory(request)
      ? await loadHistory(app.db, [['plan', detail.plan.id], ...detail.actions.map((a): [string, number] => ['action', a.id])])
      : null;
    return sendPage(reply, <PlanPage ctx={viewContext(request)} catalog={catalog} detail={detail} history={history} notice={savedNotice(request)} />);
  });

  app.post('/plans/:id/roll-over', { ...requires('cycle.rollOverPlan'), schema: { params: idParams } }, async (request, reply) => {
    const user = request.authorize('cycle.rollOverPlan')!;
    const next = await inTransaction(app.db, (tx) => rollOverPlan(tx, user.id, (request.params as IdParams).id));
    return reply.redirect(`/plans/${next}?saved=planRolledOver`, 303);
  });

  const renderAction = async (request: FastifyRequest, reply: FastifyReply, id: number, linkErrors?: ReturnType<typeof flatErrors>) => {
    const principal = principalOf(request.user);
    const detail = withVisibleDecisions(await getAction(app.db, id), can(principal, 'governance.viewDrafts'));
    const history = canSeeHistory(request)
      ? await loadHistory(app.db, [['action', id], ...detail.action.milestones.map((m): [string, number] => ['milestone', m.id])])
      : null;
    const decisions = can(principal, 'cycle.linkDecision') ? await decisionChoices(app.db) : null;
    return sendPage(reply, <ActionPage ctx={viewContext(request)} catalog={catalog} detail={detail} decisions={decisions} history={history}
      notice={savedNotice(request)} linkErrors={linkErrors} />);
  };

  app.get('/actions/:id', { schema: { params: idParams } }, async (request, reply) => {
    request.authorize('cycle.read');
    return renderAction(request, reply, (request.params as IdParams).id);
  });

  app.post('/actions/:id/decisions', { ...requires('cycle.linkDecision'), schema: { params: idParams } }, async (request, reply) => {
    const user = request.authorize('cycle.linkDecision')!;
    const { id } = request.params as IdParams;
    const raw = readForm(request.body, ['decisionId']).decisionId as string;
    try {
      if (!/^\d{1,9}$/.test(raw.trim())) throw new AppError('VALIDATION_FAILED', 400, 'invalid', [{ field: 'decisionId', message: 'is required', code: 'required' }]);
      await inTransaction(app.db, (tx) => linkActionDecision(tx, user.id, id, { decisionId: Number(raw.trim()) }));
      return reply.redirect(`/actions/${id}?saved=decisionLinked`, 303);
    } catch (err) {
      if (!(err instanceof AppError) || (err.status !== 400 && err.status !== 409)) throw err;
      reply.code(err.status);
      const errors = err.fields.length ? flatErrors(err.fields) : [{ field: 'decisionId', message: err.detail, code: err.code === 'CYCLE_DECISION_LINKED' ? 'duplicate' : err.code }];
      return renderAction(request, reply, id, errors);
    }
  });

  app.post('/milestones/:id/done', { ...requires('cycle.updateMilestone'), schema: { params: idParams } }, async (request, reply) => {
    const user = request.authorize('cycle.updateMilestone')!;
    const { id } = request.params as IdParams;
    const version = Number(readForm(request.body, ['version']).version) || 0;
    const milestoneId = await inTransaction(app.db, (tx) => completeMilestone(tx, user.id, id, { version }));
    const m = await app.db.selectFrom('milestones').select('action_id').where('id', '=', milestoneId).executeTakeFirstOrThrow();
    return reply.redirect(`/actions/${m.action_id}?saved=milestoneDone`, 303);
  });

  app.get('/conformity', async (request, reply) => {
    request.authorize('cycle.read');
    return sendPage(reply, <ConformityPage ctx={viewContext(request)} catalog={catalog} clauses={await listConformity(app.db)} notice={savedNotice(request)} />);
  });
}
