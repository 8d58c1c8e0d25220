import type { FastifyInstance } from 'fastify';
import { registerPermissions } from '../../plugins/permissions.js';
import { accountApiRoutes } from './api-routes.js';
import { accountPermissions } from './permissions.js';
import { accountRoutes } from './routes.js';

export { ensureFirstAdmin } from './first-admin.js';
export { createUser } from './commands/create-user.js';

registerPermissions(accountPermissions);

/** Accounts: login and logout, sessions, and user management by administrators. */
export default async function accounts(app: FastifyInstance) {
  await app.register(accountRoutes);
  await app.register(accountApiRoutes);
}
