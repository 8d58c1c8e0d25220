import type { FastifyInstance } from 'fastify';
import { searchResponses } from './response-schemas.js';
import { searchQuery, type SearchQuery } from './schemas.js';
import { cachedSearchJson } from './service.js';

export async function searchApiRoutes(app: FastifyInstance) {
  app.get('/api/search', {
    preValidation: async (request) => { request.authorize('search.read'); },
    schema: {
      tags: ['search'],
      summary: 'One search across cases, published lessons, learning opportunities, actors, instruments and published calls, with Dutch and English stemming, highlighted snippets and filters',
      querystring: searchQuery, response: searchResponses,
    },
  }, async (request, reply) => {
    const { q, page = 1, lang: _lang, ...filters } = request.query as SearchQuery;
    const body = await cachedSearchJson(app, { q, page, lang: request.lang, ...filters });
    return reply.type('application/json; charset=utf-8').send(body);
  });
}
