import type { FastifyInstance } from 'fastify';
import { registerPermissions } from '../../plugins/permissions.js';
import { organisationApiRoutes } from './api-routes.js';
import { invitationRoutes } from './invitation-routes.js';
import { memberRoutes } from './member-routes.js';
import { organisationPermissions } from './permissions.js';
import { registerRoutes } from './register-routes.js';
import { organisationRoutes } from './routes.js';

export { canAnswer, canManage, canSeeAnswers, canSeeResults, isOwner, organisationAccess, organisationsOf, type OrganisationAccess } from './access.js';
export {
  BUDGET_CLASSES, FUNDING_FRAMEWORKS, LEGAL_FORMS, ORGANISATION_ROLES, POSITIONS, PROVINCES, STAFF_CLASSES, type Position, type Province,
} from './options.js';
export { positionLabel } from './views/labels.js';
export { organisationsManifest } from './manifest.js';

registerPermissions(organisationPermissions);

/**
 * Cultural organisations on the platform (R4.2, the maturity self-assessment): registration with
 * an account, the profile with its consent, members and invitations.
 */
export default async function organisations(app: FastifyInstance) {
  await app.register(registerRoutes);
  await app.register(organisationRoutes);
  await app.register(memberRoutes);
  await app.register(invitationRoutes);
  await app.register(organisationApiRoutes);
}
