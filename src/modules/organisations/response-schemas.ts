import { ORGANISATION_ROLES } from './options.js';
import { bool, int, str } from '../../web/json-schema.js';

/** Response schemas: what the API promises to send, field by field (and serialises nothing else). */

const role = { type: 'string', enum: ORGANISATION_ROLES } as const;

export const memberSchema = {
  type: 'object',
  properties: {
    userId: int, displayName: str, role, position: str, addedAt: str,
    email: { type: 'string', description: 'Only for members of the organisation' },
  },
} as const;

export const invitationSchema = {
  type: 'object',
  properties: {
    id: int, email: str, role, position: str, invitedBy: str, createdAt: str, expiresAt: str,
    status: { type: 'string', enum: ['open', 'expired'] },
  },
} as const;

export const organisationSchema = {
  type: 'object',
  description: 'The transition team without consent gets only id, name, subsector, province and consent (view "basic").',
  properties: {
    id: int, uri: str, name: str, subsector: str, province: str, shareWithTeam: bool, isDemo: bool,
    view: { type: 'string', enum: ['member', 'coach', 'shared', 'basic'] },
    myRole: { type: ['string', 'null'], enum: [...ORGANISATION_ROLES, null] },
    staffClass: str, budgetClass: str, municipality: str, legalForm: str, fundingFramework: str,
    website: { type: ['string', 'null'] }, mission: str, contactable: bool, version: int, createdAt: str, updatedAt: str,
    members: { type: 'array', items: memberSchema },
    links: {
      type: 'object', description: 'The parts of the maturity flow this reader may open',
      properties: { members: str, assessments: str, benchmark: str, plan: str, coaches: str, edit: str },
    },
  },
} as const;

export const listItemSchema = {
  type: 'object',
  properties: {
    id: int, uri: str, name: str, subsector: str, province: str, shareWithTeam: bool, isDemo: bool,
    myRole: { type: 'string', enum: ORGANISATION_ROLES },
  },
} as const;

export const listSchema = {
  type: 'object',
  properties: { items: { type: 'array', items: listItemSchema }, total: int, page: int, pageSize: int, pages: int },
} as const;

export const membersSchema = {
  type: 'object',
  properties: {
    members: { type: 'array', items: memberSchema },
    invitations: { type: 'array', items: invitationSchema, description: 'Open and expired invitations; owners only' },
  },
} as const;

export const addMemberResultSchema = {
  type: 'object',
  properties: {
    status: { type: 'string', enum: ['added', 'invited'] },
    member: memberSchema,
    invitation: invitationSchema,
    invitationLink: { type: 'string', description: 'Shown once: pass it on yourself; the platform sends no e-mail' },
  },
} as const;

const userSchema = { type: 'object', properties: { id: int, displayName: str, email: str, role: str } } as const;

export const registeredSchema = {
  type: 'object',
  properties: { user: userSchema, organisation: organisationSchema, csrfToken: { type: 'string', description: 'For writes made with the new session cookie' } },
} as const;

export const invitationForInviteeSchema = {
  type: 'object',
  properties: {
    organisation: { type: 'object', properties: { id: int, name: str, isDemo: bool } },
    email: str, role, position: str, expiresAt: str,
    accountExists: { type: 'boolean', description: 'An account with the invited address exists: log in with it to accept' },
  },
} as const;

export const acceptedSchema = {
  type: 'object',
  properties: { organisation: { type: 'object', properties: { id: int, name: str } }, role, user: userSchema, accountCreated: bool },
} as const;
