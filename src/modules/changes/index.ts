import type { FastifyInstance } from 'fastify';
import { registerPermissions } from '../../plugins/permissions.js';
import { changesApiRoutes } from './api-routes.js';
import { changesPermissions } from './permissions.js';

registerPermissions(changesPermissions);

/** The changes feed: what changed in the public data since a cursor, so partners can synchronise. */
export default async function changes(app: FastifyInstance) {
  await app.register(changesApiRoutes);
}
