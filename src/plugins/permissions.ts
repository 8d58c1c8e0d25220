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
