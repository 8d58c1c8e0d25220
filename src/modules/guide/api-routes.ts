import type { FastifyInstance, FastifyRequest } from 'fastify';
import { answerContact, respondToQuestion, sendContact } from './commands/contacts.js';
import { createOffer, retireOffer, updateOffer } from './commands/offers.js';
import { askQuestion, closeQuestion } from './commands/questions.js';
import { inTransaction } from './commands/shared.js';
import { contactsOf } from './contacts.js';
import { presentOffer, presentProposals, presentQuestion, presentQuestionMatch } from './presenters.js';
import { askingOrganisations, listOffers, providerActors, questionsOfMember } from './queries.js';
import {
  contactListSchema, contactSchema, homeSchema, offerListSchema, offerViewSchema, problemResponses, questionViewSchema,
} from './response-schemas.js';
import {
  answerBody, closeBody, contactBody, idParams, langQuery, offerBody, offerUpdateBody, questionBody, responseBody,
  type AnswerInput, type CloseInput, type ContactInput, type IdParams, type OfferInput, type OfferUpdateInput, type QuestionInput, type ResponseInput,
} from './schemas.js';
import { offerView, questionView, type QuestionView } from './views-data.js';
import { requires } from './permissions.js';

const tags = ['guide'];
const idOf = (request: FastifyRequest) => (request.params as IdParams).id;

export async function guideApiRoutes(app: FastifyInstance) {
  const catalog = app.readModels.catalog;
  const present = (request: FastifyRequest, view: QuestionView) => ({
    question: presentQuestion(view.question), level: view.level, proposals: presentProposals(request.t, request.lang, catalog, view.proposals), contacts: view.contacts,
  });
  const presentView = async (request: FastifyRequest, id: number) => present(request, await questionView(app, request.user!, id));
  const presentOfferView = async (request: FastifyRequest, id: number) => {
    const view = await offerView(app, request.user, id);
    return { offer: presentOffer(view.offer), canRespond: view.canRespond, questions: view.questions.map((m) => presentQuestionMatch(request.t, request.lang, catalog, m)) };
  };

  app.get('/api/guide', {
    ...requires('guide.ask'),
    schema: { tags, summary: 'Your organisations that can ask, your questions, and the actors you speak for as a provider', querystring: langQuery, response: { 200: homeSchema, ...problemResponses(401, 403) } },
  }, async (request) => {
    const user = request.user!;
    const [organisations, questions, actors] = await Promise.all([askingOrganisations(app.db, user.id), questionsOfMember(app.db, user.id), providerActors(app.db, user)]);
    return {
      organisations: organisations.map((o) => ({ id: o.id, name: o.name, subsector: o.subsector, isDemo: o.is_demo })),
      questions: questions.map(presentQuestion), actors: actors.map((a) => ({ id: a.id, code: a.code, name: a.name, isDemo: a.is_demo })),
    };
  });

  app.post('/api/guide/questions', {
    ...requires('guide.ask'),
    schema: { tags, summary: 'Ask a question for your organisation; the answer holds the ranked, explained proposals', body: questionBody, response: { 201: questionViewSchema, ...problemResponses(400, 401, 403) } },
  }, async (request, reply) => {
    const id = await inTransaction(app.db, (tx) => askQuestion(tx, request.user!, request.body as QuestionInput));
    return reply.code(201).header('location', `/api/guide/questions/${id}`).send(await presentView(request, id));
  });

  app.get('/api/guide/questions/:id', {
    ...requires('guide.ask'),
    schema: {
      tags, summary: 'A question of your organisation with its proposals (actors, offers, cases, lessons, learning, peers), each with its score and reasons, and the requests sent about it',
      params: idParams, querystring: langQuery, response: { 200: questionViewSchema, ...problemResponses(401, 403, 404) },
    },
  }, async (request, reply) => {
    // Serialised once per version of what it shows, per language.
    const view = await questionView(app, request.user!, idOf(request));
    const key = `guide-question-json:${request.lang}:${view.version}:${catalog.stamp(['framework'])}`;
    const body = app.readModels.responses.get(key, [], () => reply.serialize(present(request, view)) as string);
    return reply.type('application/json; charset=utf-8').send(body);
  });

  app.post('/api/guide/questions/:id/close', {
    ...requires('guide.ask'),
    schema: { tags, summary: 'Close a question (send the version you started from)', params: idParams, body: closeBody, response: { 200: questionViewSchema, ...problemResponses(400, 401, 403, 404, 409) } },
  }, async (request) => {
    await inTransaction(app.db, (tx) => closeQuestion(tx, request.user!, idOf(request), request.body as CloseInput));
    return presentView(request, idOf(request));
  });

  app.post('/api/guide/questions/:id/contacts', {
    ...requires('guide.contact'),
    schema: { tags, summary: 'Send a contact request about the question to an actor or a contactable peer organisation', params: idParams, body: contactBody, response: { 201: contactSchema, ...problemResponses(400, 401, 403, 404, 409) } },
  }, async (request, reply) => {
    const id = await inTransaction(app.db, (tx) => sendContact(tx, request.user!, idOf(request), request.body as ContactInput));
    const { sent } = await contactsOf(app.db, request.user!.id, id);
    return reply.code(201).send(sent[0]);
  });

  app.get('/api/guide/offers', {
    ...requires('guide.read'),
    schema: { tags, summary: 'The current offers of support actors', querystring: langQuery, response: { 200: offerListSchema } },
  }, async () => ({ items: (await listOffers(app.db)).map(presentOffer) }));

  app.post('/api/guide/offers', {
    ...requires('guide.offer'),
    schema: { tags, summary: 'Publish an offer for an actor you edit (the transition team: any actor)', body: offerBody, response: { 201: offerViewSchema, ...problemResponses(400, 401, 403) } },
  }, async (request, reply) => {
    const id = await inTransaction(app.db, (tx) => createOffer(tx, request.user!, request.body as OfferInput));
    return reply.code(201).header('location', `/api/guide/offers/${id}`).send(await presentOfferView(request, id));
  });

  app.get('/api/guide/offers/:id', {
    ...requires('guide.read'),
    schema: {
      tags, summary: 'An offer; for those who speak for its actor also the open questions it answers (of organisations that let providers see them), ranked and explained',
      params: idParams, querystring: langQuery, response: { 200: offerViewSchema, ...problemResponses(404) },
    },
  }, async (request) => presentOfferView(request, idOf(request)));

  app.put('/api/guide/offers/:id', {
    ...requires('guide.offer'),
    schema: { tags, summary: 'Change an offer (send the version you started from)', params: idParams, body: offerUpdateBody, response: { 200: offerViewSchema, ...problemResponses(400, 401, 403, 404, 409) } },
  }, async (request) => {
    await inTransaction(app.db, (tx) => updateOffer(tx, request.user!, idOf(request), request.body as OfferUpdateInput));
    return presentOfferView(request, idOf(request));
  });

  app.post('/api/guide/offers/:id/retire', {
    ...requires('guide.offer'),
    schema: { tags, summary: 'Withdraw an offer (send the version you started from)', params: idParams, body: closeBody, response: { 200: offerViewSchema, ...problemResponses(400, 401, 403, 404, 409) } },
  }, async (request) => {
    await inTransaction(app.db, (tx) => retireOffer(tx, request.user!, idOf(request), (request.body as CloseInput).version));
    return presentOfferView(request, idOf(request));
  });

  app.post('/api/guide/offers/:id/responses', {
    ...requires('guide.contact'),
    schema: { tags, summary: 'Answer an open question with this offer: a contact request to the asking organisation', params: idParams, body: responseBody, response: { 201: contactSchema, ...problemResponses(400, 401, 403, 404, 409) } },
  }, async (request, reply) => {
    const id = await inTransaction(app.db, (tx) => respondToQuestion(tx, request.user!, idOf(request), request.body as ResponseInput));
    const { sent } = await contactsOf(app.db, request.user!.id, id);
    return reply.code(201).send(sent[0]);
  });

  app.get('/api/guide/contacts', {
    ...requires('guide.answer'),
    schema: { tags, summary: 'Contact requests you may answer, and those you or your organisations and actors sent', querystring: langQuery, response: { 200: contactListSchema, ...problemResponses(401, 403) } },
  }, async (request) => contactsOf(app.db, request.user!.id));

  app.post('/api/guide/contacts/:id/answer', {
    ...requires('guide.answer'),
    schema: { tags, summary: 'Accept or decline a contact request sent to you', params: idParams, body: answerBody, response: { 200: contactSchema, ...problemResponses(400, 401, 403, 404, 409) } },
  }, async (request) => {
    await inTransaction(app.db, (tx) => answerContact(tx, request.user!, idOf(request), request.body as AnswerInput));
    const { incoming } = await contactsOf(app.db, request.user!.id, idOf(request));
    return incoming[0];
  });
}
