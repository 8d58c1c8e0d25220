import type { FastifyInstance } from 'fastify';
import { registerPermissions } from '../../plugins/permissions.js';
import { apiKeyApiRoutes } from './api-routes.js';
import { apiKeyPermissions } from './permissions.js';
import { apiKeyRoutes } from './routes.js';
import { ApiKeyService } from './service.js';

registerPermissions(apiKeyPermissions);

/**
 * API keys for the open API (R3.2): partners' applications act for an organisation, or for the
 * transition team across the platform, with a chosen subset of permissions; keys can expire and
 * be revoked at once.
 */
export default async function apikeys(app: FastifyInstance) {
  const service = new ApiKeyService(app.db);
  await app.register(apiKeyRoutes, { service });
  await app.register(apiKeyApiRoutes, { service });
}
