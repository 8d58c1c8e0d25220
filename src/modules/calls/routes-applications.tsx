import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { invalid, type FieldError } from '../../plugins/errors.js';
import { viewContext } from '../../web/context.js';
import { readForm, val } from '../../web/form-data.js';
import { h } from '../../web/jsx.js';
import { sendPage } from '../../web/page.js';
import { validateSchema } from '../../web/validate.js';
import { requireVisible } from './access.js';
import { applicationFromForm, applicationPageErrors, type TypedApplication } from './application-form-mapping.js';
import { saveApplication, type SaveInput } from './commands/applications.js';
import { addPartner, confirmPartner, removePartner } from './commands/partners.js';
import { inTransaction } from './commands/shared.js';
import { submitApplication, withdrawApplication } from './commands/submit.js';
import { notConsortium } from './errors.js';
import { actionRefusal, refusal, savedNotice } from './page-errors.js';
import { requires } from './permissions.js';
import { presentApplication } from './presenters.js';
import { myApplications, projectCodeOf, reviewsAnyCall } from './queries/applications.js';
import { idParams, partnerParams, saveBody, type IdParams, type PartnerParams } from './schemas.js';
import { ApplicationPage, storedValues } from './views/application-page.js';
import type { PartnerSearch } from './views/consortium.js';
import { MyApplicationsPage } from './views/my-applications.js';

interface PageExtras { typed?: TypedApplication; errors?: FieldError[]; stale?: { currentVersion: number | string }; actionError?: string }

/** The applicants' pages: my applications, and one application drafted by its consortium. */
export async function applicationRoutes(app: FastifyInstance) {
  app.get('/applications', async (request, reply) => {
    const user = request.authorize('calls.apply')!;
    const [items, reviewer] = await Promise.all([myApplications(app.db, user.id), reviewsAnyCall(app.db, user.id)]);
    return sendPage(reply, <MyApplicationsPage ctx={viewContext(request)} items={items} reviewer={reviewer} notice={savedNotice(request)} />);
  });

  const partnerSearch = async (q: string, exclude: number[]): Promise<PartnerSearch | null> => {
    const term = q.trim();
    if (!term) return null;
    let query = app.db.selectFrom('organisations').select(['id', 'name', 'subsector']).where('retired_at', 'is', null)
      .where((eb) => eb(eb.fn('lower', ['name']), 'like', `%${term.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`));
    if (exclude.length) query = query.where('id', 'not in', exclude);
    return { q: term, results: await query.orderBy('name').limit(20).execute() };
  };

  const render = async (request: FastifyRequest, reply: FastifyReply, id: number, extras: PageExtras = {}) => {
    const access = await requireVisible(app.db, request.user, id);
    const view = await presentApplication(app.db, id);
    const shown = extras.typed ? { ...extras.typed, version: extras.stale ? String(extras.stale.currentVersion) : extras.typed.version } : storedValues(view);
    const q = (request.query as Record<string, unknown> | undefined)?.partner;
    const search = access.lead && typeof q === 'string' ? await partnerSearch(q.slice(0, 200), view.partners.map((p) => p.organisationId)) : null;
    const project = view.status === 'granted' ? await projectCodeOf(app.db, id) : null;
    return sendPage(reply, <ApplicationPage ctx={viewContext(request)} view={view} access={access} shown={shown} errors={extras.errors ?? []} stale={extras.stale}
      notice={savedNotice(request)} actionError={extras.actionError} search={search} project={project} />);
  };

  app.get('/applications/:id', { schema: { params: idParams } }, async (request, reply) => {
    request.authorize('calls.read');
    return render(request, reply, (request.params as IdParams).id);
  });

  // Save, or save and submit in one transaction: a refused submission changes nothing, and the
  // page comes back with everything typed and every problem listed.
  app.post('/applications/:id', { ...requires('calls.apply'), schema: { params: idParams } }, async (request, reply) => {
    const user = request.authorize('calls.apply')!;
    const { id } = request.params as IdParams;
    const access = await requireVisible(app.db, user, id);
    if (!access.edit) throw notConsortium();
    const view = await presentApplication(app.db, id);
    const typed = applicationFromForm(request.body, view);
    const submit = val(readForm(request.body, ['intent']), 'intent') === 'submit';
    try {
      const schemaErrors = validateSchema(saveBody, typed.input);
      if (schemaErrors.length) throw invalid(schemaErrors);
      await inTransaction(app.db, async (tx) => {
        await saveApplication(tx, user.id, id, typed.input as SaveInput);
        if (submit) await submitApplication(tx, user, id, { version: (typed.input.version as number) + 1 });
      });
      app.readModels.catalog.touch('calls');
      return reply.redirect(`/applications/${id}?saved=${submit ? 'submitted' : 'saved'}`, 303);
    } catch (err) {
      const r = refusal(request, reply, err, (e) => applicationPageErrors(e, view));
      return render(request, reply, id, { typed, errors: r.errors, ...(r.stale ? { stale: r.stale } : {}) });
    }
  });

  const action = (path: string, run: (request: FastifyRequest, user: { id: number; role: string }, id: number) => Promise<string>) => {
    app.post(path, { ...requires('calls.apply'), schema: { params: path.includes(':organisationId') ? partnerParams : idParams } }, async (request, reply) => {
      const user = request.authorize('calls.apply')!;
      const { id } = request.params as IdParams;
      await requireVisible(app.db, user, id);
      try {
        const saved = await run(request, user, id);
        app.readModels.catalog.touch('calls');
        return reply.redirect(`/applications/${id}?saved=${saved}${saved.startsWith('partner') || saved === 'confirmed' ? '#f-partners' : ''}`, 303);
      } catch (err) {
        return render(request, reply, id, { actionError: actionRefusal(request, reply, err) });
      }
    });
  };
  const text = (request: FastifyRequest, name: string) => val(readForm(request.body, [name]), name);
  const limited = (s: string) => {
    if (s.length > 2000) throw invalid([{ field: 'contribution', message: 'must be at most 2000 characters', code: 'maxLength' }]);
    return s;
  };

  action('/applications/:id/partners', async (request, user, id) => {
    const org = text(request, 'organisationId');
    if (!/^\d+$/.test(org)) throw invalid([{ field: 'organisationId', message: 'choose an organisation', code: 'required' }]);
    await inTransaction(app.db, (tx) => addPartner(tx, user, id, { organisationId: Number(org), contribution: limited(text(request, 'contribution')) }));
    return 'partnerAdded';
  });
  action('/applications/:id/partners/:organisationId/remove', async (request, user, id) => {
    await inTransaction(app.db, (tx) => removePartner(tx, user, id, (request.params as PartnerParams).organisationId));
    return 'partnerRemoved';
  });
  action('/applications/:id/partners/:organisationId/confirm', async (request, user, id) => {
    await inTransaction(app.db, (tx) => confirmPartner(tx, user, id, (request.params as PartnerParams).organisationId, { contribution: limited(text(request, 'contribution')) }));
    return 'confirmed';
  });
  action('/applications/:id/withdraw', async (request, user, id) => {
    const version = Number(text(request, 'version')) || 0;
    await inTransaction(app.db, (tx) => withdrawApplication(tx, user, id, { version }));
    return 'withdrawn';
  });
}
