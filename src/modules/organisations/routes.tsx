import type { FastifyInstance, FastifyRequest } from 'fastify';
import { principalOf, requireUser } from '../../plugins/auth.js';
import { AppError, type FieldError } from '../../plugins/errors.js';
import { can } from '../../plugins/permissions.js';
import { viewContext } from '../../web/context.js';
import { h } from '../../web/jsx.js';
import { sendPage } from '../../web/page.js';
import { organisationsOf } from './access.js';
import { updateOrganisation } from './commands/update-organisation.js';
import { CONSENT_FIELDS, PROFILE_FIELDS, formFromOrganisation, readForm, updateInput, type Form } from './form-mapping.js';
import { ensure, loadOrganisation } from './loader.js';
import { requiresAccount } from './permissions.js';
import { findOrganisation, listAllOrganisations, listMembers, type OrganisationRow } from './queries.js';
import { refusal } from './refusal.js';
import { idParams, listQuery, type IdParams, type ListQuery } from './schemas.js';
import { inTransaction } from './transaction.js';
import { EditOrganisationPage } from './views/edit.js';
import { OrganisationHomePage, homeNotice } from './views/home.js';
import { OrganisationsPage } from './views/list.js';

/** The organisations overview, an organisation's home and its profile form. */
export async function organisationRoutes(app: FastifyInstance) {
  app.get('/organisations', { schema: { querystring: listQuery } }, async (request, reply) => {
    const query = request.query as ListQuery;
    const user = request.user;
    const mine = user ? await organisationsOf(app.db, user.id) : null;
    const all = user && can(principalOf(user), 'organisations.listAll') ? await listAllOrganisations(app.db, query) : null;
    return sendPage(reply, <OrganisationsPage ctx={viewContext(request)} mine={mine} all={all} query={query} />);
  });

  app.get('/organisations/:id', { ...requiresAccount, schema: { params: idParams } }, async (request, reply) => {
    const { id } = request.params as IdParams;
    const { organisation, viewer } = await loadOrganisation(request, id);
    const members = viewer.view === 'basic' ? [] : await listMembers(app.db, id);
    const notice = homeNotice((request.query as Record<string, unknown>).saved);
    return sendPage(reply, <OrganisationHomePage ctx={viewContext(request)} organisation={organisation} viewer={viewer} members={members} notice={notice} />);
  });

  /** A member's form does not carry consent; it shows the current consent from the record. */
  const editPage = (request: FastifyRequest, o: OrganisationRow, owner: boolean, form: Form, errors: FieldError[], stale = false) => {
    const shown = owner ? form : { ...form, shareWithTeam: o.share_with_team ? 'yes' : '', contactable: o.contactable ? 'yes' : '' };
    return <EditOrganisationPage ctx={viewContext(request)} id={o.id} name={o.name} form={shown} errors={errors} owner={owner} stale={stale} />;
  };

  app.get('/organisations/:id/edit', { ...requiresAccount, schema: { params: idParams } }, async (request, reply) => {
    const { id } = request.params as IdParams;
    const { organisation, viewer } = await loadOrganisation(request, id);
    ensure.manage(viewer);
    return sendPage(reply, editPage(request, organisation, viewer.owner, formFromOrganisation(organisation), []));
  });

  app.post('/organisations/:id/edit', { ...requiresAccount, schema: { params: idParams } }, async (request, reply) => {
    const { id } = request.params as IdParams;
    const { organisation, viewer } = await loadOrganisation(request, id);
    ensure.manage(viewer);
    const form = readForm(request.body, [...PROFILE_FIELDS, ...CONSENT_FIELDS, 'version']);
    try {
      const parsed = updateInput(form, viewer.owner);
      if (!parsed.ok) throw new AppError('VALIDATION_FAILED', 400, 'invalid', parsed.errors);
      await inTransaction(app.db, (tx) => updateOrganisation(tx, { id: requireUser(request).id, owner: viewer.owner }, id, parsed.input), parsed.input);
      return reply.redirect(`/organisations/${id}?saved=updated`, 303);
    } catch (err) {
      const { errors, stale } = refusal(request, reply, err);
      // After a conflict the form continues from the current version: saving again is a deliberate overwrite.
      const current = stale ? await findOrganisation(app.db, id) : undefined;
      const shown = current ? { ...form, version: String(current.version) } : form;
      return sendPage(reply, editPage(request, current ?? organisation, viewer.owner, shown, errors, stale));
    }
  });
}
