import type { FastifyInstance } from 'fastify';
import { registerPermissions } from '../../plugins/permissions.js';
import { reportingPermissions } from './permissions.js';
import { reportingRoutes } from './routes.js';
import { dashboardRoutes } from './dashboard-routes.js';

export { gatherReportData } from './report-data.js';

registerPermissions(reportingPermissions);

/** The follow-up dashboard, and annual reports: generated from the data, as a page and a PDF, published as frozen versions. */
export default async function reporting(app: FastifyInstance) {
  await app.register(reportingRoutes);
  await app.register(dashboardRoutes);
}
