import type { FastifyInstance } from 'fastify';
import { registerPermissions } from '../../plugins/permissions.js';
import { accountApiRoutes } from './api-routes.js';
import { accountPermissions } from './permissions.js';
import { oidcRoutes } from './oidc-routes.js';
import { accountRoutes } from './routes.js';

export { ensureFirstAdmin } from './first-admin.js';
export { createUser } from './commands/create-user.js';

registerPermissions(accountPermissions);

/**
 * Accounts: login with a password (with backoff after failures) or through an OpenID Connect
 * provider, logout, sessions, and user management by administrators.
 */
export default async function accounts(app: FastifyInstance) {
  await app.register(accountRoutes);
  await app.register(accountApiRoutes);
  await app.register(oidcRoutes);
}
