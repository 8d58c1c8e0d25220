import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { createSession, setSessionCookie } from '../../plugins/auth.js';
import { AppError, type FieldError } from '../../plugins/errors.js';
import { viewContext } from '../../web/context.js';
import { h } from '../../web/jsx.js';
import { sendPage } from '../../web/page.js';
import { acceptInvitation, usableInvitation } from './commands/accept-invitation.js';
import { normaliseEmail } from './commands/shared.js';
import { acceptInput, readForm, type Form } from './form-mapping.js';
import { userByEmail, type InvitationByToken } from './queries.js';
import { refusal } from './refusal.js';
import { tokenParams, type TokenParams } from './schemas.js';
import { inTransaction } from './transaction.js';
import { InvitationGonePage, InvitationPage, type InvitationState } from './views/invitation.js';

/** The page behind an invitation link: join with the invited account, or create it. */
export async function invitationRoutes(app: FastifyInstance) {
  const stateFor = async (request: FastifyRequest, invitation: InvitationByToken): Promise<InvitationState> => {
    if (request.user) return normaliseEmail(request.user.email) === normaliseEmail(invitation.email) ? 'join' : 'otherAccount';
    return (await userByEmail(app.db, invitation.email)) ? 'login' : 'create';
  };

  /** An unknown, expired, withdrawn or used link gets a page that says which, in the reader's language. */
  const load = async (request: FastifyRequest, reply: FastifyReply, token: string): Promise<InvitationByToken | null> => {
    try {
      return await usableInvitation(app.db, token);
    } catch (err) {
      if (!(err instanceof AppError) || (err.status !== 404 && err.status !== 410)) throw err;
      reply.code(err.status);
      await sendPage(reply, <InvitationGonePage ctx={viewContext(request)} code={err.status === 404 ? 'ORGS_INVITATION_UNKNOWN' : err.code} />);
      return null;
    }
  };

  const show = async (request: FastifyRequest, reply: FastifyReply, token: string, invitation: InvitationByToken, form: Form = {}, errors: FieldError[] = []) =>
    sendPage(reply, <InvitationPage ctx={viewContext(request)} token={token} invitation={invitation} state={await stateFor(request, invitation)}
      form={{ ...form, password: '', passwordConfirm: '' }} errors={errors} />);

  app.get('/invitations/:token', { schema: { params: tokenParams } }, async (request, reply) => {
    request.authorize('organisations.acceptInvitation');
    const { token } = request.params as TokenParams;
    const invitation = await load(request, reply, token);
    return invitation ? show(request, reply, token, invitation) : reply;
  });

  app.post('/invitations/:token', { schema: { params: tokenParams } }, async (request, reply) => {
    request.authorize('organisations.acceptInvitation');
    const { token } = request.params as TokenParams;
    const invitation = await load(request, reply, token);
    if (!invitation) return reply;
    const form = readForm(request.body, ['displayName', 'password', 'passwordConfirm']);
    try {
      const state = await stateFor(request, invitation);
      if (state !== 'join' && state !== 'create') return await show(request, reply.code(state === 'login' ? 401 : 403), token, invitation);
      const parsed = state === 'join' ? { ok: true as const, input: {} } : acceptInput(request.t, form);
      if (!parsed.ok) throw new AppError('VALIDATION_FAILED', 400, 'invalid', parsed.errors);
      const accepted = await inTransaction(app.db, (tx) => acceptInvitation(tx, token, request.user, parsed.input));
      if (accepted.accountCreated) {
        const session = await createSession(app.db, accepted.userId, app.config.sessionTtlHours);
        setSessionCookie(reply, session.token, session.expires, app.config.secureCookies);
      }
      return reply.redirect(`/organisations/${accepted.organisationId}?saved=joined`, 303);
    } catch (err) {
      return show(request, reply, token, invitation, form, refusal(request, reply, err).errors);
    }
  });
}
