import type { PermissionTable, Principal } from '../../plugins/permissions.js';

const everyone: readonly Principal[] = ['public', 'org_member', 'steering_committee', 'transition_team', 'admin'];
const writers: readonly Principal[] = ['org_member', 'transition_team', 'admin'];

/**
 * Platform-level rules, deny by default. Who writes for one project or organisation (its
 * consortium, its lead's owner) is checked after this table, per project, in access.ts.
 */
export const projectPermissions: PermissionTable = {
  'projects.read': everyone,
  // The lead organisation's owners and members, and the transition team.
  'projects.editMilestones': writers,
  // Consortium members and the transition team.
  'projects.report': writers,
  'projects.writeLessons': writers,
  // The transition team, or an owner of the lead organisation.
  'projects.close': writers,
  // A lesson outside a project is published by an owner of its organisation.
  'projects.publishLessons': ['org_member', 'admin', 'transition_team'],
};

/**
 * Route option: the permission is checked before the body is validated (401/403 before 400).
 * With optionalBody, a request without a body counts as an empty object (a one-button action).
 */
export function requires(action: string, options: { optionalBody?: boolean } = {}) {
  return {
    preValidation: async (request: import('fastify').FastifyRequest) => {
      request.authorize(action);
      if (options.optionalBody && (request.body === undefined || request.body === null)) request.body = {};
    },
  };
}
