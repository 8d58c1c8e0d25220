import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { principalOf } from '../../plugins/auth.js';
import { invalid, notFound, type FieldError } from '../../plugins/errors.js';
import { can } from '../../plugins/permissions.js';
import { viewContext } from '../../web/context.js';
import { readForm, val, type Form } from '../../web/form-data.js';
import { h } from '../../web/jsx.js';
import { sendPage } from '../../web/page.js';
import { validateSchema } from '../../web/validate.js';
import { createForm, newFormVersion, publishForm, updateFormDraft, type CreateFormInput, type UpdateFormInput } from './commands/forms.js';
import { inTransaction } from './commands/shared.js';
import { parseFieldJson, validateFieldDefinitions } from './field-definitions.js';
import type { FormField } from './form-fields.js';
import { actionRefusal, refusal, savedNotice } from './page-errors.js';
import { requires } from './permissions.js';
import { formVersions, listForms, loadForm } from './queries/forms.js';
import { createFormBody, idParams, updateFormBody, type IdParams } from './schemas.js';
import { FormDetailPage, FormEditPage, FormListPage } from './views/forms.js';

/** Errors of the field list (fields.3.options) all point at the one JSON editor, with the path kept in the message. */
const flat = (errors: FieldError[]) => errors.map((e) => {
  const path = e.field.replace(/^body\.?/, '');
  if (path.startsWith('fields.')) return { ...e, field: 'fields', message: `${path.slice(7)}: ${e.message}`, code: 'fieldList' };
  return { ...e, field: path.replace(/\./g, '_') || 'form' };
});

/** The form pages: list, a version with its preview, the JSON editor of a draft, publishing. */
export async function formRoutes(app: FastifyInstance) {
  const team = (request: FastifyRequest) => can(principalOf(request.user), 'calls.editForms');

  app.get('/forms', async (request, reply) => {
    request.authorize('calls.read');
    const forms = (await listForms(app.db)).filter((f) => f.publishedAt || team(request));
    return sendPage(reply, <FormListPage ctx={viewContext(request)} forms={forms} team={team(request)} notice={savedNotice(request)} />);
  });

  const renderDetail = async (request: FastifyRequest, reply: FastifyReply, id: number, actionError?: string) => {
    const form = await loadForm(app.db, id);
    if (!form.publishedAt && !team(request)) throw notFound('form', id);
    const latest = (await formVersions(app.db, form.code))[0]!.id === form.id;
    return sendPage(reply, <FormDetailPage ctx={viewContext(request)} form={form} latest={latest} team={team(request)} notice={savedNotice(request)} actionError={actionError} />);
  };
  app.get('/forms/:id', { schema: { params: idParams } }, async (request, reply) => {
    request.authorize('calls.read');
    return renderDetail(request, reply, (request.params as IdParams).id);
  });

  const renderEdit = (request: FastifyRequest, reply: FastifyReply, mode: 'create' | 'edit', form: Form, errors: FieldError[], stored: FormField[] | null, id?: number, stale?: { currentVersion: number | string }) => {
    // The preview shows what was typed when it is a valid field list, else the stored one.
    const typed = parseFieldJson(val(form, 'fields'));
    const preview = !typed.errors.length && !validateFieldDefinitions(typed.fields).length ? typed.fields as FormField[] : stored;
    return sendPage(reply, <FormEditPage ctx={viewContext(request)} mode={mode} form={form} errors={errors} preview={preview} stale={stale} id={id} />);
  };

  app.get('/forms/new', async (request, reply) => {
    request.authorize('calls.editForms');
    const sample: FormField[] = [{ key: 'question', type: 'textarea', required: true, label_nl: 'Vraag', label_en: 'Question' }];
    return renderEdit(request, reply, 'create', { code: '', kind: 'application', title_nl: '', title_en: '', fields: JSON.stringify(sample, null, 2), revision: '' }, [], null);
  });

  app.post('/forms', async (request, reply) => {
    const user = request.authorize('calls.editForms')!;
    const form = readForm(request.body, ['code', 'kind', 'title_nl', 'title_en', 'fields']);
    try {
      const parsed = parseFieldJson(val(form, 'fields'));
      if (parsed.errors.length) throw invalid(parsed.errors);
      const body = { code: val(form, 'code').trim(), kind: val(form, 'kind'), title: { nl: val(form, 'title_nl').trim(), en: val(form, 'title_en').trim() }, fields: parsed.fields };
      const errors = validateSchema(createFormBody, body);
      if (errors.length) throw invalid(errors);
      const id = await inTransaction(app.db, (tx) => createForm(tx, user.id, body as CreateFormInput));
      app.readModels.catalog.touch('calls');
      return reply.redirect(`/forms/${id}?saved=created`, 303);
    } catch (err) {
      const r = refusal(request, reply, err, flat);
      return renderEdit(request, reply, 'create', form, r.errors, null);
    }
  });

  app.get('/forms/:id/edit', { ...requires('calls.editForms'), schema: { params: idParams } }, async (request, reply) => {
    request.authorize('calls.editForms');
    const f = await loadForm(app.db, (request.params as IdParams).id);
    if (f.publishedAt) return reply.redirect(`/forms/${f.id}`, 303);
    return renderEdit(request, reply, 'edit', { title_nl: f.title.nl, title_en: f.title.en, fields: JSON.stringify(f.fields, null, 2), revision: f.revision }, [], f.fields, f.id);
  });

  app.post('/forms/:id/edit', { ...requires('calls.editForms'), schema: { params: idParams } }, async (request, reply) => {
    const user = request.authorize('calls.editForms')!;
    const { id } = request.params as IdParams;
    const stored = await loadForm(app.db, id);
    const form = readForm(request.body, ['title_nl', 'title_en', 'fields', 'revision']);
    try {
      const parsed = parseFieldJson(val(form, 'fields'));
      if (parsed.errors.length) throw invalid(parsed.errors);
      const body = { revision: val(form, 'revision'), title: { nl: val(form, 'title_nl').trim(), en: val(form, 'title_en').trim() }, fields: parsed.fields };
      const errors = validateSchema(updateFormBody, body);
      if (errors.length) throw invalid(errors);
      await inTransaction(app.db, (tx) => updateFormDraft(tx, user.id, id, body as UpdateFormInput));
      app.readModels.catalog.touch('calls');
      return reply.redirect(`/forms/${id}?saved=saved`, 303);
    } catch (err) {
      const r = refusal(request, reply, err, flat);
      const next = r.stale ? { ...form, revision: String(r.stale.currentVersion) } : form;
      return renderEdit(request, reply, 'edit', next, r.errors, stored.fields, id, r.stale);
    }
  });

  for (const [action, run, saved] of [['publish', publishForm, 'published'], ['versions', null, 'versionStarted']] as const) {
    app.post(`/forms/:id/${action}`, { ...requires('calls.editForms'), schema: { params: idParams } }, async (request, reply) => {
      const user = request.authorize('calls.editForms')!;
      const { id } = request.params as IdParams;
      try {
        const target = run
          ? await inTransaction(app.db, async (tx) => { await run(tx, user.id, id); return id; })
          : await inTransaction(app.db, async (tx) => newFormVersion(tx, user.id, (await loadForm(tx, id)).code));
        app.readModels.catalog.touch('calls');
        return reply.redirect(`/forms/${target}?saved=${saved}`, 303);
      } catch (err) {
        return renderDetail(request, reply, id, actionRefusal(request, reply, err));
      }
    });
  }
}
