import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { requireUser } from '../../plugins/auth.js';
import { AppError } from '../../plugins/errors.js';
import { viewContext } from '../../web/context.js';
import { h } from '../../web/jsx.js';
import { sendPage } from '../../web/page.js';
import { addMember, changeMember, removeMember, withdrawInvitation } from './commands/members.js';
import { addMemberInput, readForm } from './form-mapping.js';
import { ensure, loadOrganisation, type Loaded } from './loader.js';
import { requiresAccount } from './permissions.js';
import { listMembers, listOpenInvitations } from './queries.js';
import { errorText, refusal } from './refusal.js';
import { changeMemberBody, idParams, invitationParams, memberParams, type ChangeMemberInput, type IdParams, type InvitationParams, type MemberParams } from './schemas.js';
import { inTransaction } from './transaction.js';
import { validateSchema } from '../../web/validate.js';
import { MembersPage, membersNotice, type MembersPageProps } from './views/members.js';

type Extra = Partial<Pick<MembersPageProps, 'form' | 'errors' | 'notice' | 'problem' | 'invited'>>;

/** Members and invitations: everyone in the organisation reads them, owners change them. */
export async function memberRoutes(app: FastifyInstance) {
  const page = async (request: FastifyRequest, reply: FastifyReply, { organisation, viewer }: Loaded, extra: Extra = {}) => {
    const members = await listMembers(app.db, organisation.id);
    const invitations = viewer.owner ? await listOpenInvitations(app.db, organisation.id) : [];
    return sendPage(reply, <MembersPage ctx={viewContext(request)} organisation={organisation} viewer={viewer} members={members} invitations={invitations}
      form={extra.form ?? {}} errors={extra.errors ?? []} notice={extra.notice} problem={extra.problem} invited={extra.invited} />);
  };

  /** Loads the organisation and checks the reader is an owner, before anything changes. */
  const asOwner = async (request: FastifyRequest, id: number) => {
    const loaded = await loadOrganisation(request, id);
    ensure.owner(loaded.viewer);
    return { loaded, actorId: requireUser(request).id };
  };

  /** A refused change to one row (the last owner, a member already gone) is told at the top. */
  const rowChange = async (request: FastifyRequest, reply: FastifyReply, loaded: Loaded, notice: 'changed' | 'removed' | 'withdrawn', run: () => Promise<void>, then?: string) => {
    try {
      await run();
      return reply.redirect(then ?? `/organisations/${loaded.organisation.id}/members?saved=${notice}`, 303);
    } catch (err) {
      if (!(err instanceof AppError) || ![400, 404, 409].includes(err.status) || (err.status === 404 && err.extra.entity === 'organisation')) throw err;
      reply.code(err.status);
      return page(request, reply, loaded, { problem: errorText(request, err) });
    }
  };

  app.get('/organisations/:id/members', { ...requiresAccount, schema: { params: idParams } }, async (request, reply) => {
    const loaded = await loadOrganisation(request, (request.params as IdParams).id);
    ensure.profile(loaded.viewer);
    return page(request, reply, loaded, { notice: membersNotice((request.query as Record<string, unknown>).saved) });
  });

  app.post('/organisations/:id/members', { ...requiresAccount, schema: { params: idParams } }, async (request, reply) => {
    const { loaded, actorId } = await asOwner(request, (request.params as IdParams).id);
    const form = readForm(request.body, ['email', 'role', 'position']);
    try {
      const parsed = addMemberInput(form);
      if (!parsed.ok) throw new AppError('VALIDATION_FAILED', 400, 'invalid', parsed.errors);
      const result = await inTransaction(app.db, (tx) => addMember(tx, actorId, loaded.organisation.id, parsed.input));
      if (result.kind === 'added') return reply.redirect(`/organisations/${loaded.organisation.id}/members?saved=added`, 303);
      // The link exists only in this answer: it is shown now, not after a redirect, and never stored.
      reply.code(201);
      const invited = { email: parsed.input.email, link: `${app.config.publicBase}/invitations/${result.token}`, expiresAt: result.expiresAt };
      return page(request, reply, loaded, { invited });
    } catch (err) {
      const { errors } = refusal(request, reply, err);
      return page(request, reply, loaded, { form, errors });
    }
  });

  app.post('/organisations/:id/members/:userId', { ...requiresAccount, schema: { params: memberParams } }, async (request, reply) => {
    const { id, userId } = request.params as MemberParams;
    const { loaded, actorId } = await asOwner(request, id);
    const body = readForm(request.body, ['role', 'position']);
    const input = { role: body.role, position: body.position } as ChangeMemberInput;
    return rowChange(request, reply, loaded, 'changed', async () => {
      const errors = validateSchema(changeMemberBody, input);
      if (errors.length) throw new AppError('VALIDATION_FAILED', 400, errors.map((e) => `${e.field}: ${e.message}`).join('; '), errors);
      await inTransaction(app.db, (tx) => changeMember(tx, actorId, id, userId, input));
    });
  });

  app.post('/organisations/:id/members/:userId/remove', { ...requiresAccount, schema: { params: memberParams } }, async (request, reply) => {
    const { id, userId } = request.params as MemberParams;
    const { loaded, actorId } = await asOwner(request, id);
    // An owner who leaves can no longer open the members page: they land on their own list.
    const then = userId === actorId ? '/organisations' : undefined;
    return rowChange(request, reply, loaded, 'removed', () => inTransaction(app.db, (tx) => removeMember(tx, actorId, id, userId)), then);
  });

  app.post('/organisations/:id/invitations/:invitationId/withdraw', { ...requiresAccount, schema: { params: invitationParams } }, async (request, reply) => {
    const { id, invitationId } = request.params as InvitationParams;
    const { loaded, actorId } = await asOwner(request, id);
    return rowChange(request, reply, loaded, 'withdrawn', () => inTransaction(app.db, (tx) => withdrawInvitation(tx, actorId, id, invitationId)));
  });
}
