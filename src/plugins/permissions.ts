import type { FastifyRequest } from 'fastify';
/**
 * Roles and the permission table. Each module declares its actions in its own permissions.ts;
 * `registerPermissions` merges them here. Anything not listed is denied.
 */
export const ROLES = ['admin', 'transition_team', 'steering_committee', 'org_member'] as const;
export type Role = (typeof ROLES)[number];
/** A visitor without an account has the role 'public' for the permission check. */
export type Principal = Role | 'public';

export type PermissionTable = Record<string, readonly Principal[]>;

const table: Record<string, ReadonlySet<Principal>> = {};

export function registerPermissions(rules: PermissionTable): void {
  for (const [action, roles] of Object.entries(rules)) {
    if (table[action]) throw new Error(`Permission ${action} is declared twice`);
    table[action] = new Set(roles);
  }
}

export function can(principal: Principal, action: string): boolean {
  return table[action]?.has(principal) ?? false;
}

export function declaredActions(): string[] { return Object.keys(table).sort(); }

/**
 * A route option that checks the permission before the parameters and the body are validated: a
 * visitor is asked to log in (401) and an account without the right refused (403) before a 400
 * tells how the route is shaped. Handlers check again where they need the user or finer rules.
 */
export function requires(action: string) {
  return { preValidation: async (request: FastifyRequest) => { request.authorize(action); } };
}
