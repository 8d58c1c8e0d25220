import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { principalOf } from '../../plugins/auth.js';
import { invalid, type FieldError } from '../../plugins/errors.js';
import { can } from '../../plugins/permissions.js';
import { viewContext } from '../../web/context.js';
import { readForm, val, type Form } from '../../web/form-data.js';
import { h } from '../../web/jsx.js';
import { sendPage } from '../../web/page.js';
import { validateSchema } from '../../web/validate.js';
import { blankCallForm, callBodyFromForm, callFormFields, formFromCall, pageErrors } from './call-form-mapping.js';
import { startApplication } from './commands/applications.js';
import { createCall, publishCall, updateCall, type CreateCallInput, type UpdateCallInput } from './commands/calls.js';
import { inTransaction } from './commands/shared.js';
import { callPhase, DEFAULT_ANNEXES, DEFAULT_CRITERIA, DEFAULT_WORKFLOW } from './constants.js';
import { actionRefusal, refusal, savedNotice } from './page-errors.js';
import { requires } from './permissions.js';
import { reviewsAnyCall } from './queries/applications.js';
import { getCall, instrumentOptions } from './queries/calls.js';
import { publishedForms } from './queries/forms.js';
import type { CallReads } from './reads.js';
import { callsQuery, codeParams, createCallBody, startBody, updateCallBody, type CallsQuery, type CodeParams } from './schemas.js';
import { CallDetailPage, type ApplyState } from './views/call-detail.js';
import { CallFormPage, type CallFormOptions } from './views/call-form.js';
import { CallListPage } from './views/call-list.js';
import { tr } from './views/parts.js';

/** The call pages: the public list and detail, applying, and the team's call editor. */
export async function callRoutes(app: FastifyInstance, { reads }: { reads: CallReads }) {
  const manages = (request: FastifyRequest) => can(principalOf(request.user), 'calls.manage');

  app.get('/calls', { schema: { querystring: callsQuery } }, async (request, reply) => {
    request.authorize('calls.read');
    const phase = (request.query as CallsQuery).phase ?? 'open';
    const reviewer = request.user ? await reviewsAnyCall(app.db, request.user.id) : false;
    return sendPage(reply, <CallListPage ctx={viewContext(request)} calls={await reads.calls()} phase={phase} team={manages(request)} reviewer={reviewer} notice={savedNotice(request)} now={new Date()} />);
  });

  const organisationsOf = async (userId: number) => app.db.selectFrom('organisation_members as m').innerJoin('organisations as o', 'o.id', 'm.organisation_id')
    .select(['o.id', 'o.name']).where('m.user_id', '=', userId).where('m.role', 'in', ['owner', 'member']).where('o.retired_at', 'is', null).orderBy('o.name').execute();

  const renderCall = async (request: FastifyRequest, reply: FastifyReply, code: string, extra: { apply?: Partial<ApplyState>; actionError?: string } = {}) => {
    const call = await getCall(app.db, code, manages(request));
    const apply = request.user ? { organisations: await organisationsOf(request.user.id), form: extra.apply?.form ?? {}, errors: extra.apply?.errors ?? [] } : null;
    return sendPage(reply, <CallDetailPage ctx={viewContext(request)} call={call} phase={callPhase(call)} team={manages(request)} apply={apply}
      notice={savedNotice(request)} actionError={extra.actionError} />);
  };

  const formOptions = async (lang: 'nl' | 'en'): Promise<CallFormOptions> => {
    const [instruments, applicationForms, annexForms] = await Promise.all([instrumentOptions(app.db), publishedForms(app.db, 'application'), publishedForms(app.db, 'conformity_annex')]);
    const name = (f: { title: { nl: string; en: string }; version: number }) => `${tr(f.title, lang)} (v${f.version})`;
    return {
      instruments: instruments.map((i) => ({ code: i.code, name: lang === 'en' ? i.name_en : i.name_nl })),
      applicationForms: applicationForms.map((f) => ({ id: f.id, name: name(f) })),
      annexForms: annexForms.map((f) => ({ id: f.id, name: name(f) })),
    };
  };
  const renderForm = async (request: FastifyRequest, reply: FastifyReply, mode: 'create' | 'edit', form: Form, errors: FieldError[], code?: string, stale?: { currentVersion: number | string }) =>
    sendPage(reply, <CallFormPage ctx={viewContext(request)} mode={mode} code={code} form={form} errors={errors} options={await formOptions(request.lang)} stale={stale} />);

  app.get('/calls/new', async (request, reply) => {
    request.authorize('calls.manage');
    const annex = (await publishedForms(app.db, 'conformity_annex'))[0];
    const form = blankCallForm(annex?.id, {
      criteria: DEFAULT_CRITERIA.map((c, i) => ({ ...c, position: i, description: { nl: c.description?.nl ?? '', en: c.description?.en ?? '' } })),
      annexes: DEFAULT_ANNEXES.map((a, i) => ({ ...a, position: i })), workflow: DEFAULT_WORKFLOW.map((s, i) => ({ ...s, position: i })),
    });
    return renderForm(request, reply, 'create', form, []);
  });

  const save = (mode: 'create' | 'edit') => async (request: FastifyRequest, reply: FastifyReply) => {
    const user = request.authorize('calls.manage')!;
    const code = mode === 'edit' ? (request.params as CodeParams).code : undefined;
    const form = readForm(request.body, callFormFields());
    const { body, rowMap } = callBodyFromForm(form, mode);
    try {
      const schemaErrors = validateSchema(mode === 'create' ? createCallBody : updateCallBody, body);
      if (schemaErrors.length) throw invalid(schemaErrors);
      const saved = mode === 'create'
        ? await inTransaction(app.db, (tx) => createCall(tx, user.id, body as unknown as CreateCallInput))
        : await inTransaction(app.db, async (tx) => { await updateCall(tx, user.id, code!, body as unknown as UpdateCallInput); return code!; });
      app.readModels.catalog.touch('calls');
      return reply.redirect(`/calls/${saved}?saved=${mode === 'create' ? 'created' : 'saved'}`, 303);
    } catch (err) {
      const r = refusal(request, reply, err, (e) => pageErrors(e, rowMap));
      const next = r.stale ? { ...form, version: String(r.stale.currentVersion) } : form;
      return renderForm(request, reply, mode, next, r.errors, code, r.stale);
    }
  };
  app.post('/calls', save('create'));

  app.get('/calls/:code/edit', { ...requires('calls.manage'), schema: { params: codeParams } }, async (request, reply) => {
    request.authorize('calls.manage');
    const call = await getCall(app.db, (request.params as CodeParams).code, true);
    return renderForm(request, reply, 'edit', formFromCall(call), [], call.code);
  });
  app.post('/calls/:code/edit', { ...requires('calls.manage'), schema: { params: codeParams } }, save('edit'));

  app.post('/calls/:code/publish', { ...requires('calls.manage'), schema: { params: codeParams } }, async (request, reply) => {
    const user = request.authorize('calls.manage')!;
    const { code } = request.params as CodeParams;
    try {
      await inTransaction(app.db, (tx) => publishCall(tx, user.id, code));
      app.readModels.catalog.touch('calls');
      return reply.redirect(`/calls/${code}?saved=published`, 303);
    } catch (err) {
      return renderCall(request, reply, code, { actionError: actionRefusal(request, reply, err) });
    }
  });

  app.get('/calls/:code', { schema: { params: codeParams, querystring: callsQuery } }, async (request, reply) => {
    request.authorize('calls.read');
    return renderCall(request, reply, (request.params as CodeParams).code);
  });

  app.post('/calls/:code/applications', { ...requires('calls.apply'), schema: { params: codeParams } }, async (request, reply) => {
    const user = request.authorize('calls.apply')!;
    const { code } = request.params as CodeParams;
    const form = readForm(request.body, ['organisationId', 'title']);
    const orgId = val(form, 'organisationId');
    const candidate = { organisationId: /^\d+$/.test(orgId) ? Number(orgId) : orgId || undefined, title: val(form, 'title').trim() };
    try {
      const errors = validateSchema(startBody, candidate);
      if (errors.length) throw invalid(errors);
      const id = await inTransaction(app.db, (tx) => startApplication(tx, user, code, candidate as { organisationId: number; title: string }));
      app.readModels.catalog.touch('calls');
      return reply.redirect(`/applications/${id}?saved=started`, 303);
    } catch (err) {
      const r = refusal(request, reply, err, (e) => e.map((x) => ({ ...x, field: x.field.replace(/^body\.?/, '') || 'form' })));
      return renderCall(request, reply, code, { apply: { form: form as Record<string, string>, errors: r.errors } });
    }
  });
}
