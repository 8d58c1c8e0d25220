import type { FastifyInstance } from 'fastify';
import { registerPermissions } from '../../plugins/permissions.js';
import { changesApiRoutes } from './api-routes.js';
import { ChangesFeed } from './feed-model.js';
import { changesPermissions } from './permissions.js';

registerPermissions(changesPermissions);

/** The changes feed: what changed in the public data since a cursor, so partners can synchronise. */
export default async function changes(app: FastifyInstance) {
  const feed = new ChangesFeed(app.db);
  await app.register(changesApiRoutes, { feed });
  if (app.config.warmReadModels) {
    let loading: Promise<unknown> = Promise.resolve();
    // Read the audit log once the server listens, so that the first partner does not wait for it.
    app.addHook('onListen', async () => {
      const started = Date.now();
      loading = feed.current()
        .then(() => app.log.info({ rows: feed.size, ms: Date.now() - started }, 'changes feed read'))
        .catch((err: unknown) => app.log.warn({ err }, 'reading the changes feed failed; it is read on first use'));
    });
    app.addHook('onClose', async () => { await loading; });
  }
}
