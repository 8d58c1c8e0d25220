import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, type FieldError } from '../../plugins/errors.js';
import type { CurrentUser } from '../../plugins/auth.js';
import { viewContext } from '../../web/context.js';
import { list, readForm, val } from '../../web/form-data.js';
import { h } from '../../web/jsx.js';
import { sendPage } from '../../web/page.js';
import { validateSchema } from '../../web/validate.js';
import { requires } from './permissions.js';
import { idParams, createApiKeyBody, type CreateApiKeyInput, type IdParams } from './schemas.js';
import type { ApiKeyService } from './service.js';
import { CreatedPage } from './views/created-page.js';
import { KeysPage, PLATFORM_WIDE, type KeyForm } from './views/keys-page.js';
import { endOfBrusselsDay } from './views/moments.js';

const EMPTY_FORM: KeyForm = { name: '', organisationId: '', permissions: [], expiresOn: '' };
const NOTICES = new Set(['revoked']);

/** The form's fields onto the API body, so one schema decides what is valid for both. */
function toInput(form: KeyForm): { input: Record<string, unknown>; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const organisationId = form.organisationId === PLATFORM_WIDE ? null
    : /^\d{1,9}$/.test(form.organisationId) ? Number(form.organisationId) : form.organisationId === '' ? undefined : form.organisationId;
  let expiresAt: string | undefined;
  if (form.expiresOn) {
    if (/^\d{4}-\d{2}-\d{2}$/.test(form.expiresOn) && !Number.isNaN(endOfBrusselsDay(form.expiresOn).getTime())) expiresAt = endOfBrusselsDay(form.expiresOn).toISOString();
    else errors.push({ field: 'expiresOn', message: 'must be a date', code: 'format' });
  }
  return { input: { name: form.name.trim(), organisationId, permissions: form.permissions, ...(expiresAt ? { expiresAt } : {}) }, errors };
}

/** Errors of the API body onto the form's field names. */
function formErrors(errors: FieldError[]): FieldError[] {
  return errors.map((e) => {
    const field = e.field.replace(/^body\./, '').replace(/^permissions\.\d+$/, 'permissions').replace(/^expiresAt$/, 'expiresOn');
    return { ...e, field };
  });
}

export async function apiKeyRoutes(app: FastifyInstance, { service }: { service: ApiKeyService }) {
  const renderList = async (request: FastifyRequest, reply: FastifyReply, user: CurrentUser, extra: { form?: KeyForm; errors?: FieldError[]; refusal?: string } = {}) => {
    const query = request.query as Record<string, unknown>;
    const notice = typeof query.saved === 'string' && NOTICES.has(query.saved) ? `apikeys.saved.${query.saved}` : undefined;
    const [keys, options] = await Promise.all([service.list(user), service.options(user)]);
    return sendPage(reply, <KeysPage ctx={viewContext(request)} keys={keys} options={options} form={extra.form ?? EMPTY_FORM}
      errors={extra.errors ?? []} notice={notice} refusal={extra.refusal} base={app.config.publicBase} />);
  };

  app.get('/api-keys', async (request, reply) => {
    const user = request.authorize('apikeys.manage')!;
    return renderList(request, reply, user);
  });

  app.post('/api-keys', async (request, reply) => {
    const user = request.authorize('apikeys.manage')!;
    const raw = readForm(request.body, ['name', 'organisationId', 'expiresOn'], ['permissions']);
    const form: KeyForm = { name: val(raw, 'name'), organisationId: val(raw, 'organisationId'), permissions: list(raw, 'permissions'), expiresOn: val(raw, 'expiresOn') };
    try {
      const { input, errors } = toInput(form);
      const all = [...errors, ...validateSchema(createApiKeyBody, input)];
      if (all.length) throw new AppError('VALIDATION_FAILED', 400, 'invalid', all);
      const created = await service.create(user, input as CreateApiKeyInput);
      reply.header('cache-control', 'no-store');
      return sendPage(reply, <CreatedPage ctx={viewContext(request)} apiKey={created.key} secret={created.secret} />);
    } catch (err) {
      if (!(err instanceof AppError) || (err.status !== 400 && err.status !== 403 && err.status !== 409)) throw err;
      reply.code(err.status);
      const errors = err.fields.length ? formErrors(err.fields)
        : [{ field: typeof err.extra.field === 'string' ? err.extra.field : 'name', message: request.t(`apikeys.error.${err.code}`) }];
      return renderList(request, reply, user, { form, errors });
    }
  });

  app.post('/api-keys/:id/revoke', { ...requires('apikeys.manage'), schema: { params: idParams } }, async (request, reply) => {
    const user = request.authorize('apikeys.manage')!;
    try {
      await service.revoke(user, (request.params as IdParams).id);
      return reply.redirect('/api-keys?saved=revoked', 303);
    } catch (err) {
      if (!(err instanceof AppError) || (err.status !== 403 && err.status !== 409)) throw err;
      reply.code(err.status);
      return renderList(request, reply, user, { refusal: request.t(`apikeys.error.${err.code}`) });
    }
  });
}
