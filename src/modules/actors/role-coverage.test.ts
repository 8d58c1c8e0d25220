import { describe, expect, it } from 'vitest';
import type { ActorRole } from '../../catalog/types.js';
import { computeRoleCoverage, NEEDED_ROLES, type CoverageActor } from './role-coverage.js';

const role = (r: ActorRole['role'], focus: ActorRole['focus'], horizon: ActorRole['horizon'], access: ActorRole['access'] = 'subsector'): ActorRole =>
  ({ role: r, focus, horizon, access, note: { nl: '', en: '' }, source: null });
const actor = (code: string, subsectors: string[], roles: ActorRole[], retired = false): CoverageActor =>
  ({ code, name: code.toUpperCase(), subsectors, roles, retired });

describe('computeRoleCoverage', () => {
  it('needs every combination of role, focus and horizon: eight roles', () => {
    expect(NEEDED_ROLES).toHaveLength(8);
    const empty = computeRoleCoverage([], ['a']);
    expect(empty.summary).toEqual({ neededRoles: 8, heldRoles: 0, unheldRoles: expect.any(Array), subsectors: 1, coveredSubsectors: 0, uncoveredSubsectors: ['a'] });
    expect(empty.summary.unheldRoles).toHaveLength(8);
  });

  it('lists the holders of each role once and names the roles nobody holds', () => {
    const c = computeRoleCoverage([
      actor('x', [], [role('driver', 'strategic', 'long'), role('driver', 'strategic', 'long', 'sector_wide')]),
      actor('y', [], [role('driver', 'strategic', 'long'), role('relief_provider', 'technical', 'short')]),
    ], []);
    const slot = c.roles.find((r) => r.key === 'driver:strategic:long')!;
    expect(slot.holders.map((h) => h.code)).toEqual(['x', 'y']);
    expect(slot.holders[0]!.access).toBe('sector_wide');
    expect(c.summary.heldRoles).toBe(2);
    expect(c.summary.unheldRoles).toEqual([
      'driver:strategic:short', 'driver:technical:long', 'driver:technical:short',
      'relief_provider:strategic:long', 'relief_provider:strategic:short', 'relief_provider:technical:long',
    ]);
  });

  it('counts a subsector only for relief providers that serve it today', () => {
    const c = computeRoleCoverage([
      actor('serves', ['heritage'], [role('relief_provider', 'strategic', 'short')]),
      actor('driver-only', ['circus'], [role('driver', 'strategic', 'long')]),
      actor('no-role', ['circus'], []),
    ], ['heritage', 'circus']);
    expect(c.subsectors.find((s) => s.subsector === 'heritage')).toMatchObject({ covered: true, providers: [{ code: 'serves' }] });
    expect(c.subsectors.find((s) => s.subsector === 'circus')).toMatchObject({ covered: false, providers: [], proposedSectorWide: [] });
    expect(c.summary.uncoveredSubsectors).toEqual(['circus']);
  });

  it('shows a sector-wide proposal separately and does not let it close the gap', () => {
    const c = computeRoleCoverage([
      actor('wide', ['heritage'], [role('relief_provider', 'technical', 'long', 'sector_wide')]),
      actor('wide-driver', [], [role('driver', 'strategic', 'long', 'sector_wide')]),
    ], ['heritage', 'circus', 'amateur_arts']);
    const heritage = c.subsectors.find((s) => s.subsector === 'heritage')!;
    const circus = c.subsectors.find((s) => s.subsector === 'circus')!;
    // Where it already works, it counts as a provider and is not repeated as a proposal.
    expect(heritage).toMatchObject({ covered: true, providers: [{ code: 'wide' }], proposedSectorWide: [] });
    // Elsewhere it is only proposed: the subsector stays uncovered. A sector-wide driver is no relief provider.
    expect(circus).toMatchObject({ covered: false, providers: [], proposedSectorWide: [{ code: 'wide' }] });
    expect(c.summary.uncoveredSubsectors).toEqual(['circus', 'amateur_arts']);
  });

  it('ignores retired actors', () => {
    const c = computeRoleCoverage([actor('gone', ['circus'], [role('relief_provider', 'technical', 'short', 'sector_wide')], true)], ['circus']);
    expect(c.summary.heldRoles).toBe(0);
    expect(c.subsectors[0]).toMatchObject({ covered: false, providers: [], proposedSectorWide: [] });
  });
});
