import type { FastifyInstance } from 'fastify';
import { registerPermissions } from '../../plugins/permissions.js';
import { warmAfterListen } from '../../read-models.js';
import { changesApiRoutes } from './api-routes.js';
import { ChangesFeed } from './feed-model.js';
import { changesPermissions } from './permissions.js';

registerPermissions(changesPermissions);

/** The changes feed: what changed in the public data since a cursor, so partners can synchronise. */
export default async function changes(app: FastifyInstance) {
  const feed = new ChangesFeed(app.db);
  await app.register(changesApiRoutes, { feed });
  warmAfterListen(app, 'changes feed', async () => { await feed.current(); return { rows: feed.size }; });
}
