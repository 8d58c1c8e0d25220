import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { FieldError } from '../../plugins/errors.js';
import { viewContext } from '../../web/context.js';
import { h } from '../../web/jsx.js';
import { sendPage } from '../../web/page.js';
import { sendSharedPage } from '../../web/shared-page.js';
import { contactsOf } from './contacts.js';
import { requires } from './permissions.js';
import { askingOrganisations, listOffers, providerActors, questionsOfMember } from './queries.js';
import { idParams, type IdParams } from './schemas.js';
import { offerView, questionView } from './views-data.js';
import { GuidePage } from './views/home.js';
import { ContactsPage, OfferPage, OffersPage } from './views/offers.js';
import type { Form } from './views/parts.js';
import { QuestionPage } from './views/question.js';

const NOTICES = new Set(['asked', 'contactSent', 'closed', 'offerPublished', 'responseSent', 'answered']);
export const noticeOf = (request: FastifyRequest) => {
  const saved = (request.query as Record<string, unknown> | undefined)?.saved;
  return typeof saved === 'string' && NOTICES.has(saved) ? `guide.saved.${saved}` : undefined;
};

/** The pages render through these, so a refused form is shown again with its input and errors. */
export async function renderHome(request: FastifyRequest, reply: FastifyReply, form: Form = {}, errors: FieldError[] = []) {
  request.authorize('guide.read');
  const app = request.server;
  const user = request.user;
  const data = user ? {
    organisations: await askingOrganisations(app.db, user.id), questions: await questionsOfMember(app.db, user.id),
    isProvider: (await providerActors(app.db, user)).length > 0,
  } : null;
  return sendPage(reply, <GuidePage ctx={viewContext(request)} catalog={app.readModels.catalog} data={data} form={form} errors={errors} />);
}

export async function renderQuestion(request: FastifyRequest, reply: FastifyReply, id: number, form: Form = {}, errors: FieldError[] = []) {
  request.authorize('guide.ask');
  const view = await questionView(request.server, request.user!, id);
  const catalog = request.server.readModels.catalog;
  if (errors.length || Object.keys(form).length) return sendPage(reply, <QuestionPage ctx={viewContext(request)} catalog={catalog} view={view} form={form} errors={errors} notice={noticeOf(request)} />);
  const key = `guide-question:${view.version}:${catalog.stamp(['framework'])}`;
  return sendSharedPage(request, reply, key, (ctx) => <QuestionPage ctx={ctx} catalog={catalog} view={view} form={form} errors={errors} notice={noticeOf(request)} />);
}

export async function renderOffers(request: FastifyRequest, reply: FastifyReply, form: Form = {}, errors: FieldError[] = []) {
  request.authorize('guide.read');
  const app = request.server;
  const actors = request.user ? await providerActors(app.db, request.user) : [];
  return sendPage(reply, <OffersPage ctx={viewContext(request)} catalog={app.readModels.catalog} offers={await listOffers(app.db)} actors={actors} form={form} errors={errors} />);
}

export async function renderOffer(request: FastifyRequest, reply: FastifyReply, id: number, form: Form = {}, errors: FieldError[] = []) {
  request.authorize('guide.read');
  const view = await offerView(request.server, request.user, id);
  return sendPage(reply, <OfferPage ctx={viewContext(request)} catalog={request.server.readModels.catalog} view={view} form={form} errors={errors} notice={noticeOf(request)} />);
}

export async function renderContacts(request: FastifyRequest, reply: FastifyReply, error?: string) {
  request.authorize('guide.answer');
  const { incoming, sent } = await contactsOf(request.server.db, request.user!.id);
  return sendPage(reply, <ContactsPage ctx={viewContext(request)} incoming={incoming} sent={sent} notice={noticeOf(request)} error={error} />);
}

export async function guideRoutes(app: FastifyInstance) {
  const idOf = (request: FastifyRequest) => (request.params as IdParams).id;
  app.get('/guide', async (request, reply) => renderHome(request, reply));
  app.get('/guide/questions/:id', { ...requires('guide.ask'), schema: { params: idParams } }, async (request, reply) => renderQuestion(request, reply, idOf(request)));
  app.get('/guide/offers', async (request, reply) => renderOffers(request, reply));
  app.get('/guide/offers/:id', { schema: { params: idParams } }, async (request, reply) => renderOffer(request, reply, idOf(request)));
  app.get('/guide/contacts', async (request, reply) => renderContacts(request, reply));
}
