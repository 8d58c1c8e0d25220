import type { FastifyInstance } from 'fastify';
import { registerPermissions } from '../../plugins/permissions.js';
import { maturityApiRoutes } from './api-routes.js';
import { maturityFormRoutes } from './form-routes.js';
import { maturityImportRoutes } from './import-routes.js';
import { maturityLifecycleRoutes } from './lifecycle-routes.js';
import { maturityPermissions } from './permissions.js';
import { maturityRoutes } from './routes.js';

export { DIMENSION_CODES, LEVELS, TOP_LEVEL, currentModelId, dimensionIn, loadModel, type MaturityModel, type ModelDimension, type ModelQuestion } from './model.js';
export { maturityManifest } from './manifest.js';

registerPermissions(maturityPermissions);

/**
 * The maturity model as versioned content (R4.1, R4.2): the public landing page and model, and
 * the transition team's drafts, edits, spreadsheet import and publishing, without a developer.
 */
export default async function maturity(app: FastifyInstance) {
  await app.register(maturityRoutes);
  await app.register(maturityFormRoutes);
  await app.register(maturityLifecycleRoutes);
  await app.register(maturityImportRoutes);
  await app.register(maturityApiRoutes);
}
