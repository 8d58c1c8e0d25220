import type { FastifyInstance } from 'fastify';
import { registerPermissions } from '../../plugins/permissions.js';
import { privacyApiRoutes } from './api-routes.js';
import { privacyPermissions } from './permissions.js';
import { privacyRoutes } from './routes.js';

export { DELETED_USER_NAME } from './constants.js';

registerPermissions(privacyPermissions);

/**
 * The person's rights: the privacy page (what is stored, why, how long), the download of one's
 * own data and the deletion of one's account; and the list of accessibility feedback that the
 * accessibility statement collects, for the transition team.
 */
export default async function privacy(app: FastifyInstance) {
  await app.register(privacyRoutes);
  await app.register(privacyApiRoutes);
}
