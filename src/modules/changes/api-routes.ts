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
  // Rows written by one transaction share their time: the text of the last one is reused.
  let lastAt = NaN, lastIso = '';
  const iso = (at: number) => (at === lastAt ? lastIso : (lastIso = new Date(lastAt = at).toISOString()));
  // The page's JSON written item by item (the response schema's shape, in its order): the
  // objects JSON.stringify would need cost more than the text itself. Cursors, kinds, types
  // and times are made of URL-safe characters; ids and URIs are quoted by JSON.stringify.
  const present = (page: ChangesPage): string => {
    let items = '';
    for (const c of page.items) {
      items += `${items ? ',' : ''}{"cursor":"${c.cursor}","change":"${c.change}","type":"${c.type}","id":${JSON.stringify(c.id)},"uri":${JSON.stringify(uris.thing(c.type, c.id))},"at":"${iso(c.at)}"}`;
    }
    return `{"items":[${items}],"next":${JSON.stringify(page.next)},"hasMore":${page.hasMore}}`;
  };

  app.get('/api/changes', { schema: changesRouteSchema }, async (request, reply) => {
    request.authorize('changes.read');
    const query = request.query as ChangesQuery;
    const after = decodeCursor(query.since, 'querystring.since', ['string', 'number']);
    const page = await pages.read(after, query.since ?? null, query.limit ?? CHANGES_DEFAULT_LIMIT, present);
    if (page.hasMore) linkNext(request, reply, page.next, 'since');
    return reply.type('application/json; charset=utf-8').send(page.body);
  });
}
