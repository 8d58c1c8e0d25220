import type { FastifyInstance } from 'fastify';
import { registerPermissions } from '../../plugins/permissions.js';
import { applicationApiRoutes } from './api-applications.js';
import { callApiRoutes } from './api-calls.js';
import { formApiRoutes } from './api-forms.js';
import { callPermissions } from './permissions.js';
import { CallReads } from './reads.js';
import { applicationRoutes } from './routes-applications.js';
import { callRoutes } from './routes-calls.js';
import { formRoutes } from './routes-forms.js';
import { teamRoutes } from './routes-team.js';

export type { FormField, FormFieldOption, FormFieldType, FormAnswers } from './form-fields.js';
export { validateAnswers, answersFromForm, compactAnswers } from './answers.js';
export { validateFieldDefinitions } from './field-definitions.js';
export { loadForm, type FormRecord } from './queries/forms.js';
export { findCall, getCall, type CallRecord, type CallSummary } from './queries/calls.js';
export { formatBrussels, parseBrusselsLocal, toBrusselsLocal, brusselsLocalKind, brusselsOffsetMinutes, TIME_ZONE } from './tz.js';
export { APPLICATION_STATUS_LABELS, PATHWAY_STAGES, callPhase, type CallPhase } from './constants.js';
export { applicationAccess, applicationVisibleTo, type ApplicationAccess } from './access.js';
export { presentApplication, type ApplicationView } from './presenters.js';
export { isCrossSector } from './queries/applications.js';
export { CONFORMITY_ANNEX_CODE, CONFORMITY_ANNEX_FIELDS } from './conformity-annex.js';
export { callsManifest } from './manifest.js';
export { ApplicationReadOnly, ConsortiumTable } from './views/read-only.js';
export { answerDisplay } from './views/fields.js';

registerPermissions(callPermissions);

/**
 * Calls for experiments (R3): versioned application forms and the conformity annex (R2.2),
 * calls configured as data by the transition team, and consortium applications drafted
 * together and submitted before the deadline (Europe/Brussels).
 */
export default async function calls(app: FastifyInstance) {
  const reads = new CallReads(app);
  await app.register(callRoutes, { reads });
  await app.register(teamRoutes);
  await app.register(formRoutes);
  await app.register(applicationRoutes);
  await app.register(formApiRoutes);
  await app.register(callApiRoutes, { reads });
  await app.register(applicationApiRoutes);
}

// Commands other modules' demo seeds may use to build applications the same way applicants do.
export { startApplication, saveApplication } from './commands/applications.js';
export { addPartner, confirmPartner } from './commands/partners.js';
export { submitApplication, withdrawApplication } from './commands/submit.js';
