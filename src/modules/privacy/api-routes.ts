import type { FastifyInstance } from 'fastify';
import { forgetApiKeys } from '../../plugins/api-key-auth.js';
import { forgetUserSessions, SESSION_COOKIE } from '../../plugins/auth.js';
import { problemResponses } from '../../web/openapi.js';
import { deleteAccount } from './commands/delete-account.js';
import { notConfirmed } from './errors.js';
import { requires } from './permissions.js';
import { EXPORT_FORMAT, personalData } from './personal-data.js';

const exportSchema = {
  type: 'object',
  description: 'Everything the platform holds about the signed-in person.',
  required: ['format', 'exportedAt', 'account'],
  properties: {
    format: { type: 'string', const: EXPORT_FORMAT },
    exportedAt: { type: 'string', format: 'date-time' },
    account: { type: 'object', additionalProperties: true },
    identities: { type: 'array', items: { type: 'object', additionalProperties: true } },
    sessions: { type: 'array', items: { type: 'object', additionalProperties: true } },
    memberships: { type: 'array', items: { type: 'object', additionalProperties: true } },
    answers: { type: 'array', items: { type: 'object', additionalProperties: true } },
    comments: { type: 'array', items: { type: 'object', additionalProperties: true } },
    applications: { type: 'array', items: { type: 'object', additionalProperties: true } },
    records: { type: 'object', description: 'Every row that names the person, by table', additionalProperties: { type: 'array', items: { type: 'object', additionalProperties: true } } },
    audit: { type: 'object', additionalProperties: true },
  },
} as const;

export async function privacyApiRoutes(app: FastifyInstance) {
  app.get('/api/me/export', {
    schema: {
      tags: ['accounts'], summary: 'Download all personal data of the signed-in person (GDPR access and portability)',
      response: { 200: exportSchema, ...problemResponses(401, 403) },
    },
  }, async (request, reply) => {
    const user = request.authorize('privacy.exportOwn')!;
    reply.header('cache-control', 'no-store');
    // Serialised here: the schema above documents the shape, the rows keep all their columns.
    return reply.type('application/json; charset=utf-8').send(JSON.stringify(await personalData(app.db, user.id)));
  });

  app.delete('/api/me', {
    ...requires('privacy.deleteOwn'),
    schema: {
      tags: ['accounts'], summary: 'Delete the signed-in account and erase its personal data (GDPR erasure)',
      body: {
        type: 'object', required: ['confirm'], additionalProperties: false,
        properties: { confirm: { type: 'boolean', description: 'Must be true' } },
      },
      response: { 204: { type: 'null' }, ...problemResponses(400, 401, 403, 409) },
    },
  }, async (request, reply) => {
    const user = request.authorize('privacy.deleteOwn')!;
    if ((request.body as { confirm: boolean }).confirm !== true) throw notConfirmed();
    await app.db.transaction().execute((tx) => deleteAccount(tx, user.id));
    forgetUserSessions(user.id);
    forgetApiKeys();
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.code(204).send();
  });
}
