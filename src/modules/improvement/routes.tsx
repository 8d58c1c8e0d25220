import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, notFound, type FieldError } from '../../plugins/errors.js';
import { viewContext } from '../../web/context.js';
import { h } from '../../web/jsx.js';
import { sendPage } from '../../web/page.js';
import { noPlan } from './errors.js';
import { gate } from './guard.js';
import { icsEvent } from './ics.js';
import { buildParagraph, paragraphMarkdown } from './paragraph.js';
import { paragraphPdf } from './paragraph-pdf.js';
import { requires } from './permissions.js';
import { loadPlanView } from './plan-view.js';
import { loadProgress } from './progress.js';
import { coachesOf, coachingOf, currentPlan } from './queries.js';
import { orgParams, type OrgParams } from './schemas.js';
import { CoachesPage, CoachingPage } from './views/coaches.js';
import { ParagraphPage } from './views/paragraph.js';
import { PlanPage, type PlanForms } from './views/plan.js';
import { ProgressPage } from './views/progress.js';

const SAVED = new Set(['planCreated', 'prioritiesSaved', 'settingsSaved', 'itemCreated', 'itemUpdated', 'commentAdded', 'contactRequested', 'contactAccepted', 'contactDeclined', 'coachInvited', 'coachWithdrawn']);

/** `?saved=x` after a redirect names the confirmation to show (and the drafts to clear). */
export function savedNotice(request: FastifyRequest): string | undefined {
  const saved = (request.query as Record<string, unknown>)?.saved;
  return typeof saved === 'string' && SAVED.has(saved) ? `improvement.saved.${saved}` : undefined;
}

/** Renders the plan page; the form routes use it to show a refused form again with its input. */
export async function renderPlan(request: FastifyRequest, reply: FastifyReply, id: number, forms: PlanForms = {}, relevance?: Map<string, 'high' | 'normal' | 'low'>) {
  const { organisation, access } = await gate(request, id, 'read');
  const view = await loadPlanView(request.server.db, request.server.readModels.catalog, organisation, access, relevance ? { relevance } : {});
  return sendPage(reply, <PlanPage ctx={viewContext(request)} catalog={request.server.readModels.catalog} view={view} notice={savedNotice(request)} forms={forms} />);
}

export async function renderCoaches(request: FastifyRequest, reply: FastifyReply, id: number, form: Record<string, string> = {}, errors: FieldError[] = []) {
  const { organisation, access } = await gate(request, id, 'member');
  const coaches = await coachesOf(request.server.db, id);
  return sendPage(reply, <CoachesPage ctx={viewContext(request)} catalog={request.server.readModels.catalog} organisation={organisation} access={access}
    coaches={coaches} form={form} errors={errors} notice={savedNotice(request)} />);
}

export async function improvementRoutes(app: FastifyInstance) {
  const catalog = app.readModels.catalog;
  const idOf = (request: FastifyRequest) => (request.params as OrgParams).id;

  app.get('/organisations/:id/plan', { ...requires('improvement.use'), schema: { params: orgParams } }, async (request, reply) => renderPlan(request, reply, idOf(request)));

  app.get('/organisations/:id/progress', { ...requires('improvement.use'), schema: { params: orgParams } }, async (request, reply) => {
    const { organisation, access } = await gate(request, idOf(request), 'read');
    return sendPage(reply, <ProgressPage ctx={viewContext(request)} organisation={organisation} access={access} progress={await loadProgress(app.db, organisation.id)} />);
  });

  app.get('/organisations/:id/plan/reassess.ics', { ...requires('improvement.use'), schema: { params: orgParams } }, async (request, reply) => {
    const { organisation } = await gate(request, idOf(request), 'read');
    const plan = await currentPlan(app.db, organisation.id);
    if (!plan?.reassessOn) throw plan ? notFound('re-assessment date of plan', plan.id) : noPlan(organisation.id);
    const url = `${app.config.publicBase}/organisations/${organisation.id}/assessments`;
    const body = icsEvent({
      uid: `improvement-plan-${plan.id}-reassess@transitieruimte`, date: plan.reassessOn, stamp: new Date(plan.updatedAt),
      summary: request.t('improvement.ics.summary', { organisation: organisation.name }),
      description: request.t('improvement.ics.description', { organisation: organisation.name, url }), url,
    });
    return reply.type('text/calendar; charset=utf-8').header('content-disposition', `attachment; filename="herevaluatie-${organisation.id}.ics"`).send(body);
  });

  const paragraphOf = async (request: FastifyRequest) => {
    const { organisation, access } = await gate(request, idOf(request), 'read');
    const view = await loadPlanView(app.db, catalog, organisation, access, { withMatches: false });
    const paragraph = view.plan ? buildParagraph(request.t, request.lang, catalog, organisation, view.plan, await coachesOf(app.db, organisation.id), view.today) : null;
    return { organisation, access, paragraph };
  };

  app.get('/organisations/:id/plan/paragraph', { ...requires('improvement.use'), schema: { params: orgParams } }, async (request, reply) => {
    const { organisation, access, paragraph } = await paragraphOf(request);
    return sendPage(reply, <ParagraphPage ctx={viewContext(request)} organisation={organisation} access={access} paragraph={paragraph} />);
  });

  app.get('/organisations/:id/plan/paragraph.md', { ...requires('improvement.use'), schema: { params: orgParams } }, async (request, reply) => {
    const { organisation, paragraph } = await paragraphOf(request);
    if (!paragraph) throw noPlan(organisation.id);
    return reply.type('text/markdown; charset=utf-8').header('content-disposition', `attachment; filename="digitale-paragraaf-${organisation.id}-${request.lang}.md"`)
      .send(paragraphMarkdown(paragraph, request.t('improvement.demoNotice')));
  });

  app.get('/organisations/:id/plan/paragraph.pdf', { ...requires('improvement.use'), schema: { params: orgParams } }, async (request, reply) => {
    const { organisation, paragraph } = await paragraphOf(request);
    if (!paragraph) throw noPlan(organisation.id);
    const pdf = await paragraphPdf(paragraph, request.lang, request.t('improvement.demoNotice'));
    return reply.type('application/pdf').header('content-disposition', `inline; filename="digitale-paragraaf-${organisation.id}-${request.lang}.pdf"`).send(pdf);
  });

  app.get('/organisations/:id/coaches', { ...requires('improvement.use'), schema: { params: orgParams } }, async (request, reply) => renderCoaches(request, reply, idOf(request)));

  app.get('/coaching', async (request, reply) => {
    const user = request.authorize('improvement.coaching')!;
    return sendPage(reply, <CoachingPage ctx={viewContext(request)} catalog={catalog} items={await coachingOf(app.db, user.id)} />);
  });
}

export { AppError };
