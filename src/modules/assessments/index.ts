import type { FastifyInstance } from 'fastify';
import { registerPermissions } from '../../plugins/permissions.js';
import { assessmentApiRoutes } from './api-routes.js';
import { assessmentPermissions } from './permissions.js';
import { resultsRoutes } from './results-routes.js';
import { assessmentRoutes } from './routes.js';

export { combine, DISAGREEMENT_SPREAD, lowerMedian, scoreRespondent, type AssessmentKind, type DimensionResult, type RespondentDimension, type ScoredAnswer, type ScoredQuestion } from './scoring.js';
export { questionsOf } from './questions.js';
export { assessmentsManifest } from './manifest.js';

registerPermissions(assessmentPermissions);

/**
 * The digital maturity self-assessment (R4.1, R4.2): members answer on their own, the result is
 * combined by fixed rules (scoring.ts) when the assessment is submitted, and shown as a radar
 * with a table, a CSV and a PDF.
 */
export default async function assessments(app: FastifyInstance) {
  await app.register(assessmentRoutes);
  await app.register(resultsRoutes);
  await app.register(assessmentApiRoutes);
}
