import { ACTOR_KINDS, EXPERTISE, ROLE_ACCESS, ROLE_FOCI, ROLE_HORIZONS, ROLE_KINDS, SUBSECTORS } from '../../catalog/types.js';
import { cursorQueryProperties, nextProperty } from '../../web/cursor.js';
import { bilingual } from '../../web/openapi.js';
import type { FromSchema } from '../../web/schema-types.js';

export const ACTOR_PAGE_SIZE = 25;

export const actorListQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    q: { type: 'string', maxLength: 200, description: 'Text in the name or code of the actor' },
    kind: { type: 'string', enum: ACTOR_KINDS },
    role: { type: 'string', enum: ROLE_KINDS, description: 'Actors that hold this role (R1.2); combines with focus and horizon on the same role' },
    focus: { type: 'string', enum: ROLE_FOCI, description: 'Actors that hold a role with this focus' },
    horizon: { type: 'string', enum: ROLE_HORIZONS, description: 'Actors that hold a role with this time horizon' },
    pillar: { type: 'integer', minimum: 1, maximum: 5, description: 'Pillar of transition steering (1-5) the actor works on' },
    subsector: { type: 'string', enum: SUBSECTORS, description: 'Subsector the actor serves today' },
    expertise: { type: 'string', enum: EXPERTISE },
    page: { type: 'integer', minimum: 1, default: 1 },
    pageSize: { type: 'integer', minimum: 1, maximum: 100, default: ACTOR_PAGE_SIZE },
    lang: { type: 'string', enum: ['nl', 'en'] },
    ...cursorQueryProperties,
  },
} as const;
export type ActorListQuery = FromSchema<typeof actorListQuery>;

export const actorCodeParams = {
  type: 'object', required: ['code'], additionalProperties: false,
  properties: { code: { type: 'string', minLength: 1, maxLength: 80 } },
} as const;
export type ActorCodeParams = FromSchema<typeof actorCodeParams>;

const roleSchema = {
  type: 'object',
  properties: {
    role: { type: 'string', enum: ROLE_KINDS }, focus: { type: 'string', enum: ROLE_FOCI },
    horizon: { type: 'string', enum: ROLE_HORIZONS }, access: { type: 'string', enum: ROLE_ACCESS },
    note: bilingual, source: { type: ['string', 'null'] },
  },
} as const;

const actorProperties = {
  id: { type: 'integer' }, code: { type: 'string' }, uri: { type: 'string' }, name: { type: 'string' },
  kind: { type: 'string', enum: ACTOR_KINDS }, description: bilingual,
  website: { type: ['string', 'null'] },
  expertise: { type: 'array', items: { type: 'string' } },
  pillars: { type: 'array', items: { type: 'integer' } },
  subsectors: { type: 'array', items: { type: 'string' }, description: 'Subsectors the actor serves today' },
  roles: { type: 'array', items: roleSchema },
  instrumentCount: { type: 'integer', description: 'Active policy instruments this actor is responsible for' },
  status: { type: 'string', enum: ['active', 'retired'] },
  source: { type: ['string', 'null'] }, isDemo: { type: 'boolean' }, version: { type: 'integer' }, updatedAt: { type: 'string' },
} as const;

export const actorSchema = { type: 'object', properties: actorProperties } as const;

export const actorDetailSchema = {
  type: 'object',
  properties: {
    ...actorProperties,
    instruments: {
      type: 'array',
      description: 'Policy instruments this actor is responsible for, active and retired',
      items: {
        type: 'object',
        properties: { code: { type: 'string' }, uri: { type: 'string' }, name: bilingual, type: { type: 'string' }, status: { type: 'string', enum: ['active', 'retired'] } },
      },
    },
  },
} as const;

export const actorListResponse = {
  type: 'object',
  properties: {
    items: { type: 'array', items: actorSchema },
    total: { type: 'integer' }, page: { type: 'integer' }, pageSize: { type: 'integer' }, pages: { type: 'integer' },
    next: nextProperty,
  },
} as const;

const actorRef = { type: 'object', properties: { code: { type: 'string' }, name: { type: 'string' }, uri: { type: 'string' } } } as const;

export const roleCoverageResponse = {
  type: 'object',
  properties: {
    rule: { type: 'string' },
    roles: {
      type: 'array',
      description: 'The 8 needed roles (role x focus x horizon) and who holds each',
      items: {
        type: 'object',
        properties: {
          key: { type: 'string' }, role: { type: 'string', enum: ROLE_KINDS }, focus: { type: 'string', enum: ROLE_FOCI },
          horizon: { type: 'string', enum: ROLE_HORIZONS }, held: { type: 'boolean' },
          holderCount: { type: 'integer' },
          holders: {
            type: 'array', description: 'The holders by name, at most 100; holdersUri lists them all',
            items: { type: 'object', properties: { ...actorRef.properties, access: { type: 'string', enum: ROLE_ACCESS } } },
          },
          holdersUri: { type: 'string', description: 'The actor directory filtered on this role' },
        },
      },
    },
    subsectors: {
      type: 'array',
      description: 'Per subsector: relief providers that serve it today, and sector-wide relief roles the study proposes (not counted)',
      items: {
        type: 'object',
        properties: {
          code: { type: 'string' }, name: bilingual, covered: { type: 'boolean' },
          providerCount: { type: 'integer' },
          providers: { type: 'array', items: actorRef, description: 'Relief providers that serve this subsector today, at most 100; providersUri lists them all' },
          providersUri: { type: 'string' },
          proposedSectorWideCount: { type: 'integer' },
          proposedSectorWide: { type: 'array', items: actorRef, description: 'Sector-wide relief providers that do not serve this subsector yet (proposed, not counted), at most 100' },
        },
      },
    },
    summary: {
      type: 'object',
      properties: {
        neededRoles: { type: 'integer' }, heldRoles: { type: 'integer' }, unheldRoles: { type: 'array', items: { type: 'string' } },
        subsectors: { type: 'integer' }, coveredSubsectors: { type: 'integer' }, uncoveredSubsectors: { type: 'array', items: { type: 'string' } },
      },
    },
  },
} as const;
