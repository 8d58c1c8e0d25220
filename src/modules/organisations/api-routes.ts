import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { createSession, requireUser, setSessionCookie } from '../../plugins/auth.js';
import { problemResponses } from '../../web/openapi.js';
import { organisationsOf } from './access.js';
import { acceptInvitation, usableInvitation } from './commands/accept-invitation.js';
import { createOrganisation } from './commands/create-organisation.js';
import { addMember, changeMember, removeMember, withdrawInvitation } from './commands/members.js';
import { registerAccountAndOrganisation } from './commands/register.js';
import { updateOrganisation } from './commands/update-organisation.js';
import { loggedIn } from './errors.js';
import { INVITATION_DAYS } from './options.js';
import { ensure, loadOrganisation } from './loader.js';
import { requires, requiresAccount } from './permissions.js';
import { presentInvitation, presentInvitationForInvitee, presentListItem, presentMember, presentMine, presentOrganisation } from './presenters.js';
import { listAllOrganisations, listMembers, listOpenInvitations, userByEmail } from './queries.js';
import {
  acceptedSchema, addMemberResultSchema, invitationForInviteeSchema, listSchema, memberSchema, membersSchema, organisationSchema, registeredSchema,
} from './response-schemas.js';
import {
  acceptInvitationBody, addMemberBody, changeMemberBody, createOrganisationBody, idParams, invitationParams, listQuery, memberParams, registerBody,
  tokenParams, updateOrganisationBody,
  type AcceptInvitationInput, type AddMemberInput, type ChangeMemberInput, type CreateOrganisationInput, type IdParams, type InvitationParams,
  type ListQuery, type MemberParams, type RegisterInput, type TokenParams, type UpdateOrganisationInput,
} from './schemas.js';
import { inTransaction } from './transaction.js';

const tags = ['organisations'];

export async function organisationApiRoutes(app: FastifyInstance) {
  const base = app.config.publicBase;
  const detail = async (id: number, request: FastifyRequest) => {
    const { organisation, viewer } = await loadOrganisation(request, id);
    return presentOrganisation(organisation, viewer, await listMembers(app.db, id), base);
  };
  const login = async (reply: FastifyReply, userId: number) => {
    const session = await createSession(app.db, userId, app.config.sessionTtlHours);
    setSessionCookie(reply, session.token, session.expires, app.config.secureCookies);
  };

  app.post('/api/register', {
    schema: {
      tags, summary: 'Create an account and register its organisation in one step; logs the new account in',
      description: 'The account gets the platform role org_member and becomes the organisation\'s owner. Nothing is written when any field is refused. '
        + 'Writes made afterwards with the session cookie need the x-csrf-token from GET /api/me.',
      body: registerBody, response: { 201: registeredSchema, ...problemResponses(400, 409) },
    },
  }, async (request, reply) => {
    if (request.user) throw loggedIn();
    request.authorize('organisations.register');
    const input = request.body as RegisterInput;
    const { userId, organisationId } = await inTransaction(app.db, (tx) => registerAccountAndOrganisation(tx, input), input);
    await login(reply, userId);
    const user = (await userByEmail(app.db, input.email))!;
    request.user = { id: user.id, email: user.email, displayName: user.display_name, role: user.role };
    reply.code(201).header('location', `/api/organisations/${organisationId}`);
    return { user: request.user, organisation: await detail(organisationId, request) };
  });

  app.get('/api/organisations', {
    schema: {
      tags, summary: 'My organisations with my role; with scope=all, every organisation (transition team and administrators)',
      description: 'scope=all shows name, subsector, province and whether the organisation shares its results with the team.',
      querystring: listQuery, response: { 200: listSchema, ...problemResponses(400, 401, 403) },
    },
  }, async (request) => {
    const query = request.query as ListQuery;
    if (query.scope === 'all') {
      request.authorize('organisations.listAll');
      const page = await listAllOrganisations(app.db, query);
      return { ...page, items: page.items.map((o) => presentListItem(o, base)) };
    }
    const user = request.authorize('organisations.listMine')!;
    const items = (await organisationsOf(app.db, user.id)).map((o) => presentMine(o, base));
    return { items, total: items.length, page: 1, pageSize: items.length, pages: 1 };
  });

  app.post('/api/organisations', {
    ...requires('organisations.create'),
    schema: {
      tags, summary: 'Register another organisation with the current account as its owner',
      body: createOrganisationBody, response: { 201: organisationSchema, ...problemResponses(400, 401, 403, 409) },
    },
  }, async (request, reply) => {
    const user = request.authorize('organisations.create')!;
    const input = request.body as CreateOrganisationInput;
    const id = await inTransaction(app.db, (tx) => createOrganisation(tx, user.id, input), input);
    return reply.code(201).header('location', `/api/organisations/${id}`).send(await detail(id, request));
  });

  app.get('/api/organisations/:id', {
    schema: {
      tags, summary: 'One organisation, as far as the reader may see it (members, coaches, the transition team with or without consent)',
      params: idParams, response: { 200: organisationSchema, ...problemResponses(400, 401, 404) },
    },
  }, async (request) => detail((request.params as IdParams).id, request));

  app.put('/api/organisations/:id', {
    ...requiresAccount,
    schema: {
      tags, summary: 'Edit the profile (owners and members; consent by owners only). Send the version you started from.',
      params: idParams, body: updateOrganisationBody, response: { 200: organisationSchema, ...problemResponses(400, 401, 403, 404, 409) },
    },
  }, async (request) => {
    const { id } = request.params as IdParams;
    const { viewer } = await loadOrganisation(request, id);
    ensure.manage(viewer);
    const input = request.body as UpdateOrganisationInput;
    await inTransaction(app.db, (tx) => updateOrganisation(tx, { id: requireUser(request).id, owner: viewer.owner }, id, input), input);
    return detail(id, request);
  });

  app.get('/api/organisations/:id/members', {
    schema: {
      tags, summary: 'Members (e-mail addresses for members only) and, for owners, the open invitations',
      params: idParams, response: { 200: membersSchema, ...problemResponses(400, 401, 403, 404) },
    },
  }, async (request) => {
    const { id } = request.params as IdParams;
    const { viewer } = await loadOrganisation(request, id);
    ensure.profile(viewer);
    const members = (await listMembers(app.db, id)).map((m) => presentMember(m, viewer.view === 'member'));
    return viewer.owner ? { members, invitations: (await listOpenInvitations(app.db, id)).map(presentInvitation) } : { members };
  });

  app.post('/api/organisations/:id/members', {
    ...requiresAccount,
    schema: {
      tags, summary: 'Add someone by e-mail (owners): an existing account joins at once, anyone else gets an invitation link',
      description: `The invitation link is returned once and expires after ${INVITATION_DAYS} days. The platform sends no e-mail: pass the link on yourself.`,
      params: idParams, body: addMemberBody, response: { 201: addMemberResultSchema, ...problemResponses(400, 401, 403, 404, 409) },
    },
  }, async (request, reply) => {
    const { id } = request.params as IdParams;
    const { viewer } = await loadOrganisation(request, id);
    ensure.owner(viewer);
    const input = request.body as AddMemberInput;
    const result = await inTransaction(app.db, (tx) => addMember(tx, requireUser(request).id, id, input));
    reply.code(201);
    if (result.kind === 'added') {
      const member = (await listMembers(app.db, id)).find((m) => m.user_id === result.userId)!;
      return { status: 'added', member: presentMember(member, true) };
    }
    const invitation = (await listOpenInvitations(app.db, id)).find((i) => i.id === result.invitationId)!;
    return { status: 'invited', invitation: presentInvitation(invitation), invitationLink: `${base}/invitations/${result.token}` };
  });

  app.patch('/api/organisations/:id/members/:userId', {
    ...requiresAccount,
    schema: {
      tags, summary: 'Change a member\'s role or position (owners); the last owner cannot be demoted',
      params: memberParams, body: changeMemberBody, response: { 200: memberSchema, ...problemResponses(400, 401, 403, 404, 409) },
    },
  }, async (request) => {
    const { id, userId } = request.params as MemberParams;
    const { viewer } = await loadOrganisation(request, id);
    ensure.owner(viewer);
    await inTransaction(app.db, (tx) => changeMember(tx, requireUser(request).id, id, userId, request.body as ChangeMemberInput));
    return presentMember((await listMembers(app.db, id)).find((m) => m.user_id === userId)!, true);
  });

  app.delete('/api/organisations/:id/members/:userId', {
    ...requiresAccount,
    schema: {
      tags, summary: 'Remove a member (owners); the last owner cannot be removed',
      params: memberParams, response: { 204: { type: 'null' }, ...problemResponses(400, 401, 403, 404, 409) },
    },
  }, async (request, reply) => {
    const { id, userId } = request.params as MemberParams;
    const { viewer } = await loadOrganisation(request, id);
    ensure.owner(viewer);
    await inTransaction(app.db, (tx) => removeMember(tx, requireUser(request).id, id, userId));
    return reply.code(204).send();
  });

  app.delete('/api/organisations/:id/invitations/:invitationId', {
    ...requiresAccount,
    schema: {
      tags, summary: 'Withdraw an open invitation (owners): its link stops working',
      params: invitationParams, response: { 204: { type: 'null' }, ...problemResponses(400, 401, 403, 404) },
    },
  }, async (request, reply) => {
    const { id, invitationId } = request.params as InvitationParams;
    const { viewer } = await loadOrganisation(request, id);
    ensure.owner(viewer);
    await inTransaction(app.db, (tx) => withdrawInvitation(tx, requireUser(request).id, id, invitationId));
    return reply.code(204).send();
  });

  app.get('/api/invitations/:token', {
    schema: {
      tags, summary: 'What an invitation link offers: organisation, role and the invited e-mail address',
      params: tokenParams, response: { 200: invitationForInviteeSchema, ...problemResponses(400, 404, 410) },
    },
  }, async (request) => {
    request.authorize('organisations.acceptInvitation');
    const invitation = await usableInvitation(app.db, (request.params as TokenParams).token);
    return presentInvitationForInvitee(invitation, Boolean(await userByEmail(app.db, invitation.email)));
  });

  app.post('/api/invitations/:token', {
    schema: {
      tags, summary: 'Accept an invitation: with the session of the invited address, or without one by creating that account (logs it in)',
      params: tokenParams, body: acceptInvitationBody, response: { 200: acceptedSchema, ...problemResponses(400, 401, 403, 404, 410) },
    },
    // The invited account accepts with nothing to say: no body is the same as an empty one.
    preValidation: async (request) => { if (request.body === undefined || request.body === null) request.body = {}; },
  }, async (request, reply) => {
    request.authorize('organisations.acceptInvitation');
    const { token } = request.params as TokenParams;
    const input = request.body as AcceptInvitationInput;
    const accepted = await inTransaction(app.db, (tx) => acceptInvitation(tx, token, request.user, input));
    if (accepted.accountCreated) await login(reply, accepted.userId);
    const member = (await listMembers(app.db, accepted.organisationId)).find((m) => m.user_id === accepted.userId)!;
    const user = (await app.db.selectFrom('users').select(['id', 'email', 'display_name', 'role']).where('id', '=', accepted.userId).executeTakeFirstOrThrow());
    const organisation = (await app.db.selectFrom('organisations').select(['id', 'name']).where('id', '=', accepted.organisationId).executeTakeFirstOrThrow());
    return {
      organisation, role: member.role, accountCreated: accepted.accountCreated,
      user: { id: user.id, email: user.email, displayName: user.display_name, role: user.role },
    };
  });
}
