import type { FastifyInstance } from 'fastify';
import { problemResponses } from '../../web/openapi.js';
import { requireVisible } from './access.js';
import { saveApplication, startApplication, type SaveInput } from './commands/applications.js';
import { addPartner, confirmPartner, removePartner } from './commands/partners.js';
import { inTransaction } from './commands/shared.js';
import { submitApplication, withdrawApplication } from './commands/submit.js';
import { notConsortium } from './errors.js';
import { requires } from './permissions.js';
import { presentApplication, presentApplicationJson, presentApplicationListItem } from './presenters.js';
import { myApplications } from './queries/applications.js';
import { applicationListSchema, applicationSchema } from './response-schemas.js';
import {
  codeParams, confirmBody, idParams, partnerBody, partnerParams, saveBody, startBody, versionBody,
  type CodeParams, type IdParams, type PartnerBody, type PartnerParams, type StartBody,
} from './schemas.js';

const tags = ['calls'];
const errors = problemResponses(400, 401, 403, 404, 409);

/** Applications: started by an organisation, drafted by its consortium, submitted before the deadline. */
export async function applicationApiRoutes(app: FastifyInstance) {
  const base = app.config.publicBase;
  const changed = () => app.readModels.catalog.touch('calls');
  const show = async (id: number) => presentApplicationJson(base, await presentApplication(app.db, id));

  app.get('/api/applications', {
    schema: { tags, summary: 'My applications: those of every organisation I am owner or member of, as lead or partner', response: { 200: applicationListSchema, ...problemResponses(401, 403) } },
  }, async (request) => {
    const user = request.authorize('calls.apply')!;
    const items = (await myApplications(app.db, user.id)).map((a) => presentApplicationListItem(base, a));
    return { items, total: items.length };
  });

  app.post('/api/calls/:code/applications', {
    ...requires('calls.apply'),
    schema: { tags, summary: 'Start an application for an open call with your organisation as lead', params: codeParams, body: startBody, response: { 201: applicationSchema, ...errors } },
  }, async (request, reply) => {
    const user = request.authorize('calls.apply')!;
    const id = await inTransaction(app.db, (tx) => startApplication(tx, user, (request.params as CodeParams).code, request.body as StartBody));
    changed();
    return reply.code(201).header('location', `/api/applications/${id}`).send(await show(id));
  });

  app.get('/api/applications/:id', {
    schema: { tags, summary: 'One application (its consortium and the transition team only; anyone else gets 404)', params: idParams, response: { 200: applicationSchema, ...problemResponses(404) } },
  }, async (request) => {
    request.authorize('calls.read');
    const { id } = request.params as IdParams;
    await requireVisible(app.db, request.user, id);
    return show(id);
  });

  app.put('/api/applications/:id', {
    ...requires('calls.apply'),
    schema: { tags, summary: 'Save the draft (any parts sent; completeness is checked at submission). Send the version you started from: 409 when someone saved first', params: idParams, body: saveBody, response: { 200: applicationSchema, ...errors } },
  }, async (request) => {
    const user = request.authorize('calls.apply')!;
    const { id } = request.params as IdParams;
    const access = await requireVisible(app.db, user, id);
    if (!access.edit) throw notConsortium();
    await inTransaction(app.db, (tx) => saveApplication(tx, user.id, id, request.body as SaveInput));
    changed();
    return show(id);
  });

  app.post('/api/applications/:id/partners', {
    ...requires('calls.apply'),
    schema: { tags, summary: 'Add a partner organisation (lead only); it takes part once one of its owners or members confirms', params: idParams, body: partnerBody, response: { 201: applicationSchema, ...errors } },
  }, async (request, reply) => {
    const user = request.authorize('calls.apply')!;
    const { id } = request.params as IdParams;
    await requireVisible(app.db, user, id);
    await inTransaction(app.db, (tx) => addPartner(tx, user, id, request.body as PartnerBody));
    changed();
    return reply.code(201).send(await show(id));
  });

  app.delete('/api/applications/:id/partners/:organisationId', {
    ...requires('calls.apply'),
    schema: { tags, summary: 'Remove a partner (lead only)', params: partnerParams, response: { 200: applicationSchema, ...errors } },
  }, async (request) => {
    const user = request.authorize('calls.apply')!;
    const { id, organisationId } = request.params as PartnerParams;
    await requireVisible(app.db, user, id);
    await inTransaction(app.db, (tx) => removePartner(tx, user, id, organisationId));
    changed();
    return show(id);
  });

  app.post('/api/applications/:id/partners/:organisationId/confirm', {
    ...requires('calls.apply'),
    schema: { tags, summary: "Confirm your organisation's participation as partner (owner or member of that organisation)", params: partnerParams, body: confirmBody, response: { 200: applicationSchema, ...errors } },
  }, async (request) => {
    const user = request.authorize('calls.apply')!;
    const { id, organisationId } = request.params as PartnerParams;
    await requireVisible(app.db, user, id);
    await inTransaction(app.db, (tx) => confirmPartner(tx, user, id, organisationId, (request.body ?? {}) as { contribution?: string }));
    changed();
    return show(id);
  });

  app.post('/api/applications/:id/submit', {
    ...requires('calls.apply'),
    schema: {
      tags, summary: 'Submit (lead only): all or nothing. 422 lists every missing or invalid part; 409 CALL_CLOSED after the deadline (with `deadline`), the draft kept',
      params: idParams, body: versionBody, response: { 200: applicationSchema, ...problemResponses(400, 401, 403, 404, 409, 422) },
    },
  }, async (request) => {
    const user = request.authorize('calls.apply')!;
    const { id } = request.params as IdParams;
    await requireVisible(app.db, user, id);
    await inTransaction(app.db, (tx) => submitApplication(tx, user, id, request.body as { version: number }));
    changed();
    return show(id);
  });

  app.post('/api/applications/:id/withdraw', {
    ...requires('calls.apply'),
    schema: { tags, summary: 'Withdraw the application (lead only), any time before a decision', params: idParams, body: versionBody, response: { 200: applicationSchema, ...errors } },
  }, async (request) => {
    const user = request.authorize('calls.apply')!;
    const { id } = request.params as IdParams;
    await requireVisible(app.db, user, id);
    await inTransaction(app.db, (tx) => withdrawApplication(tx, user, id, request.body as { version: number }));
    changed();
    return show(id);
  });
}
