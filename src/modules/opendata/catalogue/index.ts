import type { FastifyInstance } from 'fastify';
import { registerPermissions } from '../../../plugins/permissions.js';
import { cataloguePermissions } from './permissions.js';
import { catalogueRoutes } from './routes.js';

registerPermissions(cataloguePermissions);

/**
 * The DCAT-AP-VL catalogue (/catalogue as a page, Turtle and JSON-LD) and the dumps under
 * /dumps: a CSV per public entity type, the anonymous maturity figures, and N-Triples per
 * dataset and of everything. Dumps are streamed a page at a time.
 */
export default async function catalogue(app: FastifyInstance): Promise<void> {
  await app.register(catalogueRoutes);
}
