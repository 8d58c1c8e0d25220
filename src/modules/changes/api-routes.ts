import type { FastifyInstance } from 'fastify';
import { createUris } from '../opendata/uris.js';
import { decodeCursor, linkNext } from '../../web/cursor.js';
import type { ChangesFeed } from './feed-model.js';
import { FeedPages } from './page-cache.js';
import type { ChangesPage } from './queries.js';
import { changesRouteSchema, CHANGES_DEFAULT_LIMIT, type ChangesQuery } from './schemas.js';

export async function changesApiRoutes(app: FastifyInstance, options: { feed: ChangesFeed }) {
  const uris = createUris(app.config.publicBase);
  const pages = new FeedPages(options.feed);
  const present = (page: ChangesPage) => ({
    items: page.items.map((c) => ({ cursor: c.cursor, change: c.change, type: c.type, id: c.id, uri: uris.thing(c.type, c.id), at: c.at.toISOString() })),
    next: page.next,
    hasMore: page.hasMore,
  });

  app.get('/api/changes', { schema: changesRouteSchema }, async (request, reply) => {
    request.authorize('changes.read');
    const query = request.query as ChangesQuery;
    const after = decodeCursor(query.since, 'querystring.since', ['string', 'number']);
    const page = await pages.read(after, query.since ?? null, query.limit ?? CHANGES_DEFAULT_LIMIT, present);
    if (page.hasMore) linkNext(request, reply, page.next, 'since');
    return reply.type('application/json; charset=utf-8').send(page.body);
  });
}
