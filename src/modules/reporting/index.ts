import type { FastifyInstance } from 'fastify';
import { registerPermissions } from '../../plugins/permissions.js';
import { reportingPermissions } from './permissions.js';
import { reportingRoutes } from './routes.js';

export { gatherReportData } from './report-data.js';

registerPermissions(reportingPermissions);

/** Annual reports: generated from the data, as a page and a PDF, published as frozen versions. */
export default async function reporting(app: FastifyInstance) {
  await app.register(reportingRoutes);
}
