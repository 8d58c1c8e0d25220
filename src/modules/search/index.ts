import type { FastifyInstance } from 'fastify';
import { registerPermissions } from '../../plugins/permissions.js';
import { searchApiRoutes } from './api-routes.js';
import { searchPermissions } from './permissions.js';
import { searchRoutes } from './routes.js';

export { SEARCH_AREAS, SEARCH_TYPES, hrefOf, type SearchType } from './constants.js';
export { highlighted } from './highlight.js';

registerPermissions(searchPermissions);

/**
 * One search across the sector's knowledge: cases, published lessons, learning opportunities,
 * actors, instruments and published calls, with Dutch and English stemming, highlighted
 * snippets and filters (page /search, API /api/search).
 */
export default async function search(app: FastifyInstance) {
  await app.register(searchRoutes);
  await app.register(searchApiRoutes);
}
