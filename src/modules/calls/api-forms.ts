import type { FastifyInstance } from 'fastify';
import { notFound } from '../../plugins/errors.js';
import { problemResponses } from '../../web/openapi.js';
import { createForm, newFormVersion, publishForm, updateFormDraft, type CreateFormInput, type UpdateFormInput } from './commands/forms.js';
import { inTransaction } from './commands/shared.js';
import { requires } from './permissions.js';
import { presentForm } from './presenters.js';
import { listForms, loadForm } from './queries/forms.js';
import { formListSchema, formSchema } from './response-schemas.js';
import { createFormBody, idParams, updateFormBody, type IdParams } from './schemas.js';

const tags = ['calls'];

/** Application forms and the conformity annex as versioned data. Published versions are public; drafts are the team's. */
export async function formApiRoutes(app: FastifyInstance) {
  const base = app.config.publicBase;
  const seesDrafts = (request: import('fastify').FastifyRequest) => request.user?.role === 'admin' || request.user?.role === 'transition_team';
  const changed = () => app.readModels.catalog.touch('calls');

  app.get('/api/forms', { schema: { tags, summary: 'Every form version (drafts only for the transition team)', response: { 200: formListSchema } } }, async (request) => {
    request.authorize('calls.read');
    const items = (await listForms(app.db)).filter((f) => f.publishedAt || seesDrafts(request)).map((f) => presentForm(base, f));
    return { items, total: items.length };
  });

  app.get('/api/forms/:id', { schema: { tags, summary: 'One form version with its fields', params: idParams, response: { 200: formSchema, ...problemResponses(404) } } }, async (request) => {
    request.authorize('calls.read');
    const form = await loadForm(app.db, (request.params as IdParams).id);
    if (!form.publishedAt && !seesDrafts(request)) throw notFound('form', form.id);
    return presentForm(base, form);
  });

  app.post('/api/forms', {
    ...requires('calls.editForms'),
    schema: { tags, summary: 'A new form, as version 1 in draft', body: createFormBody, response: { 201: formSchema, ...problemResponses(400, 401, 403, 409) } },
  }, async (request, reply) => {
    const user = request.authorize('calls.editForms')!;
    const id = await inTransaction(app.db, (tx) => createForm(tx, user.id, request.body as CreateFormInput));
    changed();
    return reply.code(201).header('location', `/api/forms/${id}`).send(presentForm(base, await loadForm(app.db, id)));
  });

  app.post('/api/forms/:id/versions', {
    ...requires('calls.editForms'),
    schema: { tags, summary: 'Start the next version of the form this version belongs to, as a draft copy of its latest (published) version', params: idParams, response: { 201: formSchema, ...problemResponses(401, 403, 404, 409) } },
  }, async (request, reply) => {
    const user = request.authorize('calls.editForms')!;
    const { code } = await loadForm(app.db, (request.params as IdParams).id);
    const id = await inTransaction(app.db, (tx) => newFormVersion(tx, user.id, code));
    changed();
    return reply.code(201).header('location', `/api/forms/${id}`).send(presentForm(base, await loadForm(app.db, id)));
  });

  app.put('/api/forms/:id', {
    ...requires('calls.editForms'),
    schema: { tags, summary: 'Edit the title and fields of a draft version (a published version never changes: 409)', params: idParams, body: updateFormBody, response: { 200: formSchema, ...problemResponses(400, 401, 403, 404, 409) } },
  }, async (request) => {
    const user = request.authorize('calls.editForms')!;
    const { id } = request.params as IdParams;
    await inTransaction(app.db, (tx) => updateFormDraft(tx, user.id, id, request.body as UpdateFormInput));
    changed();
    return presentForm(base, await loadForm(app.db, id));
  });

  app.post('/api/forms/:id/publish', {
    ...requires('calls.editForms'),
    schema: { tags, summary: 'Publish a draft version; from then on it never changes', params: idParams, response: { 200: formSchema, ...problemResponses(400, 401, 403, 404, 409) } },
  }, async (request) => {
    const user = request.authorize('calls.editForms')!;
    const { id } = request.params as IdParams;
    await inTransaction(app.db, (tx) => publishForm(tx, user.id, id));
    changed();
    return presentForm(base, await loadForm(app.db, id));
  });
}
