import type { FastifyInstance } from 'fastify';
import { createUris } from '../opendata/uris.js';
import { decodeCursor, linkNext } from '../../web/cursor.js';
import { readChanges } from './queries.js';
import { changesRouteSchema, CHANGES_DEFAULT_LIMIT, type ChangesQuery } from './schemas.js';

export async function changesApiRoutes(app: FastifyInstance) {
  const uris = createUris(app.config.publicBase);

  app.get('/api/changes', { schema: changesRouteSchema }, async (request, reply) => {
    request.authorize('changes.read');
    const query = request.query as ChangesQuery;
    const after = decodeCursor(query.since, 'querystring.since', ['string', 'number']);
    const page = await readChanges(app.db, after, query.since ?? null, query.limit ?? CHANGES_DEFAULT_LIMIT);
    if (page.hasMore) linkNext(request, reply, page.next, 'since');
    return {
      items: page.items.map((c) => ({ cursor: c.cursor, change: c.change, type: c.type, id: c.id, uri: uris.thing(c.type, c.id), at: c.at.toISOString() })),
      next: page.next,
      hasMore: page.hasMore,
    };
  });
}
