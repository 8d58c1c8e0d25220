import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { createSession, setSessionCookie } from '../../plugins/auth.js';
import { AppError, type FieldError } from '../../plugins/errors.js';
import { viewContext } from '../../web/context.js';
import { h } from '../../web/jsx.js';
import { sendPage } from '../../web/page.js';
import { createOrganisation } from './commands/create-organisation.js';
import { registerAccountAndOrganisation } from './commands/register.js';
import { ACCOUNT_FIELDS, CONSENT_FIELDS, PROFILE_FIELDS, createInput, readForm, registerInput, type Form } from './form-mapping.js';
import { requires } from './permissions.js';
import { refusal } from './refusal.js';
import { inTransaction } from './transaction.js';
import { NewOrganisationPage, RegisterPage } from './views/register.js';

const REGISTER_FIELDS = [...ACCOUNT_FIELDS, 'position', ...PROFILE_FIELDS, ...CONSENT_FIELDS];
const NEW_FIELDS = [...PROFILE_FIELDS, 'position', ...CONSENT_FIELDS];

/** Registration of a newcomer (account and organisation), and of one more organisation by an account. */
export async function registerRoutes(app: FastifyInstance) {
  const register = (request: FastifyRequest, form: Form, errors: FieldError[] = []) =>
    <RegisterPage ctx={viewContext(request)} form={{ ...form, password: '', passwordConfirm: '' }} errors={errors} />;

  app.get('/register', async (request, reply) => {
    // Someone with an account registers another organisation without making a second account.
    if (request.user) return reply.redirect('/organisations/new', 303);
    request.authorize('organisations.register');
    return sendPage(reply, register(request, {}));
  });

  app.post('/register', async (request, reply) => {
    if (request.user) return reply.redirect('/organisations/new', 303);
    request.authorize('organisations.register');
    const form = readForm(request.body, REGISTER_FIELDS);
    try {
      const parsed = registerInput(request.t, form);
      if (!parsed.ok) throw new AppError('VALIDATION_FAILED', 400, 'invalid', parsed.errors);
      const { userId, organisationId } = await inTransaction(app.db, (tx) => registerAccountAndOrganisation(tx, parsed.input), parsed.input);
      const session = await createSession(app.db, userId, app.config.sessionTtlHours);
      setSessionCookie(reply, session.token, session.expires, app.config.secureCookies);
      return reply.redirect(`/organisations/${organisationId}?saved=registered`, 303);
    } catch (err) {
      return sendPage(reply, register(request, form, refusal(request, reply, err).errors));
    }
  });

  const newPage = (request: FastifyRequest, reply: FastifyReply, form: Form, errors: FieldError[] = []) =>
    sendPage(reply, <NewOrganisationPage ctx={viewContext(request)} form={form} errors={errors} />);

  app.get('/organisations/new', async (request, reply) => {
    request.authorize('organisations.create');
    return newPage(request, reply, {});
  });

  app.post('/organisations', requires('organisations.create'), async (request, reply) => {
    const user = request.authorize('organisations.create')!;
    const form = readForm(request.body, NEW_FIELDS);
    try {
      const parsed = createInput(form);
      if (!parsed.ok) throw new AppError('VALIDATION_FAILED', 400, 'invalid', parsed.errors);
      const id = await inTransaction(app.db, (tx) => createOrganisation(tx, user.id, parsed.input), parsed.input);
      return reply.redirect(`/organisations/${id}?saved=created`, 303);
    } catch (err) {
      return newPage(request, reply, form, refusal(request, reply, err).errors);
    }
  });
}

