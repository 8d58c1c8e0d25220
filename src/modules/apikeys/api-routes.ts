import type { FastifyInstance } from 'fastify';
import { problemResponses } from '../../web/openapi.js';
import { apiKeyListSchema, apiKeyOptionsSchema, apiKeySchema, createdApiKeySchema } from './response-schemas.js';
import { createApiKeyBody, idParams, type CreateApiKeyInput, type IdParams } from './schemas.js';
import type { ApiKeyService } from './service.js';
import { requires } from './permissions.js';

const tags = ['api-keys'];
// A person with a session only: a key never manages keys.
const security = [{ session: [] }];

/**
 * Managing API keys. Only a logged-in person does this, never a key: a leaked key cannot mint
 * or extend keys.
 */
export async function apiKeyApiRoutes(app: FastifyInstance, { service }: { service: ApiKeyService }) {
  app.get('/api/api-keys', {
    schema: { tags, security, summary: 'The API keys you manage: of the organisations you own (the transition team: all keys)', response: { 200: apiKeyListSchema, ...problemResponses(401, 403) } },
  }, async (request) => {
    const user = request.authorize('apikeys.manage')!;
    const items = await service.list(user);
    return { items, total: items.length };
  });

  app.get('/api/api-keys/options', {
    schema: { tags, security, summary: 'What you may put in a new key: your organisations, whether platform-wide keys are open to you, the permissions you may give', response: { 200: apiKeyOptionsSchema, ...problemResponses(401, 403) } },
  }, async (request) => service.options(request.authorize('apikeys.manage')!));

  app.post('/api/api-keys', {
    ...requires('apikeys.manage'),
    schema: { tags, security, summary: 'Create an API key; the answer holds the secret, shown this once only', body: createApiKeyBody, response: { 201: createdApiKeySchema, ...problemResponses(400, 401, 403, 409) } },
  }, async (request, reply) => {
    const user = request.authorize('apikeys.manage')!;
    const created = await service.create(user, request.body as CreateApiKeyInput);
    return reply.code(201).header('cache-control', 'no-store').header('location', `/api/api-keys/${created.key.id}`).send(created);
  });

  app.get('/api/api-keys/:id', {
    schema: { tags, security, summary: 'One API key you manage (never its secret)', params: idParams, response: { 200: apiKeySchema, ...problemResponses(401, 403, 404) } },
  }, async (request) => service.get(request.authorize('apikeys.manage')!, (request.params as IdParams).id));

  app.post('/api/api-keys/:id/revoke', {
    ...requires('apikeys.manage'),
    schema: { tags, security, summary: 'Revoke an API key: it stops working at once, for good', params: idParams, response: { 200: apiKeySchema, ...problemResponses(401, 403, 404, 409) } },
  }, async (request) => service.revoke(request.authorize('apikeys.manage')!, (request.params as IdParams).id));
}
