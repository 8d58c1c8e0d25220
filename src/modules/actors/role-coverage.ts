import { ROLE_FOCI, ROLE_HORIZONS, ROLE_KINDS, type Actor, type ActorRole } from '../../catalog/types.js';

/**
 * The R1.2 check, as a pure function: (a) is every needed role held by someone, and (b) does
 * every subsector have a relief provider it can turn to today.
 *
 * (b) counts what an actor does now, not what the study proposes: an actor reaches a subsector
 * when it has a relief-provider role AND lists that subsector among the ones it serves. A
 * relief-provider role with sector-wide access (meemoo, Cultuurconnect) is the study's proposal;
 * it is reported beside the subsector as `proposedSectorWide` and never closes the gap.
 */

export type RoleKind = ActorRole['role'];
export type RoleFocus = ActorRole['focus'];
export type RoleHorizon = ActorRole['horizon'];
export type RoleAccess = ActorRole['access'];

export type CoverageActor = Pick<Actor, 'code' | 'name' | 'subsectors' | 'roles' | 'retired'>;

export interface RoleHolder { code: string; name: string; access: RoleAccess }
export interface ActorRef { code: string; name: string }

export interface RoleSlot {
  key: string;
  role: RoleKind; focus: RoleFocus; horizon: RoleHorizon;
  held: boolean;
  holders: RoleHolder[];
}

export interface SubsectorReach {
  subsector: string;
  covered: boolean;
  /** Relief providers that serve this subsector today. */
  providers: ActorRef[];
  /** Relief providers with a sector-wide role that do not serve this subsector yet: proposed, not counted. */
  proposedSectorWide: ActorRef[];
}

export interface RoleCoverage {
  roles: RoleSlot[];
  subsectors: SubsectorReach[];
  summary: {
    neededRoles: number; heldRoles: number; unheldRoles: string[];
    subsectors: number; coveredSubsectors: number; uncoveredSubsectors: string[];
  };
}

export const roleKey = (r: { role: string; focus: string; horizon: string }) => `${r.role}:${r.focus}:${r.horizon}`;

/** Every combination of role x focus x horizon, in the study's order: the roles the transition needs. */
export const NEEDED_ROLES: ReadonlyArray<{ role: RoleKind; focus: RoleFocus; horizon: RoleHorizon }> =
  ROLE_KINDS.flatMap((role) => ROLE_FOCI.flatMap((focus) => ROLE_HORIZONS.map((horizon) => ({ role, focus, horizon }))));

/**
 * One pass over the actors. Retired actors hold nothing. Holders and providers keep the order of
 * `actors` (pass them sorted by name), and each actor appears at most once per role or subsector.
 */
export function computeRoleCoverage(actors: Iterable<CoverageActor>, subsectors: readonly string[]): RoleCoverage {
  const slots = new Map<string, RoleSlot>(NEEDED_ROLES.map((r) => [roleKey(r), { key: roleKey(r), ...r, held: false, holders: [] }]));
  const reach = new Map<string, SubsectorReach>(subsectors.map((s) => [s, { subsector: s, covered: false, providers: [], proposedSectorWide: [] }]));

  for (const actor of actors) {
    if (actor.retired) continue;
    const seen = new Set<string>();
    let relief = false;
    let sectorWideRelief = false;
    for (const role of actor.roles) {
      const key = roleKey(role);
      const slot = slots.get(key);
      if (slot && !seen.has(key)) {
        seen.add(key);
        slot.holders.push({ code: actor.code, name: actor.name, access: role.access });
      } else if (slot && role.access === 'sector_wide') {
        // The same combination twice: keep the widest access.
        const holder = slot.holders.find((x) => x.code === actor.code);
        if (holder) holder.access = 'sector_wide';
      }
      if (role.role === 'relief_provider') {
        relief = true;
        if (role.access === 'sector_wide') sectorWideRelief = true;
      }
    }
    if (!relief) continue;
    const ref = { code: actor.code, name: actor.name };
    const served = new Set(actor.subsectors);
    for (const r of reach.values()) {
      if (served.has(r.subsector)) r.providers.push(ref);
      else if (sectorWideRelief) r.proposedSectorWide.push(ref);
    }
  }

  const roles = [...slots.values()].map((s) => ({ ...s, held: s.holders.length > 0 }));
  const reaches = [...reach.values()].map((r) => ({ ...r, covered: r.providers.length > 0 }));
  return {
    roles,
    subsectors: reaches,
    summary: {
      neededRoles: roles.length,
      heldRoles: roles.filter((r) => r.held).length,
      unheldRoles: roles.filter((r) => !r.held).map((r) => r.key),
      subsectors: reaches.length,
      coveredSubsectors: reaches.filter((r) => r.covered).length,
      uncoveredSubsectors: reaches.filter((r) => !r.covered).map((r) => r.subsector),
    },
  };
}
