import { SUBSECTORS } from '../../catalog/types.js';
import { PASSWORD_MIN_LENGTH } from '../../plugins/passwords.js';
import type { FromSchema } from '../../web/schema-types.js';
import {
  BUDGET_CLASSES, FUNDING_FRAMEWORKS, LEGAL_FORMS, MISSION_MAX, NAME_MAX, ORGANISATION_ROLES, POSITIONS, PROVINCES, STAFF_CLASSES,
} from './options.js';
import { id, MAX_ID, NO_NUL } from '../../web/input-schema.js';

/** Request schemas: one definition of valid for the API and the forms (through validateSchema). */

// A NUL character cannot be stored in PostgreSQL text; a name of only spaces is no name.
const NOT_BLANK = '^[^\\u0000]*[^\\s\\u0000][^\\u0000]*$';

const required = (max: number) => ({ type: 'string', minLength: 1, maxLength: max, pattern: NOT_BLANK }) as const;
const email = { type: 'string', format: 'email', minLength: 3, maxLength: 320 } as const;
const position = { type: 'string', enum: ['', ...POSITIONS], description: 'What the person does in the organisation; empty when not given' } as const;
const role = { type: 'string', enum: ORGANISATION_ROLES } as const;

const profileFields = {
  name: { ...required(NAME_MAX), description: 'Unique among active organisations, ignoring case' },
  subsector: { type: 'string', enum: SUBSECTORS },
  staffClass: { type: 'string', enum: STAFF_CLASSES, description: 'Staff in full-time equivalents' },
  budgetClass: { type: 'string', enum: BUDGET_CLASSES, description: 'Yearly budget in euro' },
  province: { type: 'string', enum: PROVINCES },
  municipality: required(100),
  legalForm: { type: 'string', enum: LEGAL_FORMS },
  fundingFramework: { type: 'string', enum: FUNDING_FRAMEWORKS, description: 'The decree or framework the organisation is funded under' },
  website: { type: ['string', 'null'], maxLength: 300, pattern: '^https?://[^\\s\\u0000]+$' },
  mission: { type: 'string', maxLength: MISSION_MAX, pattern: NO_NUL },
  shareWithTeam: { type: 'boolean', description: 'May the transition team see this organisation\'s identified results?' },
  contactable: { type: 'boolean', description: 'May peers contact this organisation for advice?' },
} as const;
const PROFILE_REQUIRED = ['name', 'subsector', 'staffClass', 'budgetClass', 'province', 'municipality', 'legalForm', 'fundingFramework'] as const;

export const createOrganisationBody = {
  type: 'object', required: PROFILE_REQUIRED, additionalProperties: false,
  properties: { ...profileFields, position: { ...position, description: 'Your own position in the organisation' } },
} as const;
export type CreateOrganisationInput = FromSchema<typeof createOrganisationBody>;

export const registerBody = {
  type: 'object', required: ['displayName', 'email', 'password', ...PROFILE_REQUIRED], additionalProperties: false,
  properties: {
    displayName: required(200),
    email,
    password: { type: 'string', minLength: PASSWORD_MIN_LENGTH, maxLength: 1000 },
    ...createOrganisationBody.properties,
  },
} as const;
export type RegisterInput = FromSchema<typeof registerBody>;

export const updateOrganisationBody = {
  type: 'object', required: ['version', ...PROFILE_REQUIRED], additionalProperties: false,
  properties: {
    version: { type: 'integer', minimum: 1, maximum: MAX_ID, description: 'The version this edit starts from; a stale version gets 409' },
    ...profileFields,
  },
} as const;
export type UpdateOrganisationInput = FromSchema<typeof updateOrganisationBody>;

export const addMemberBody = {
  type: 'object', required: ['email', 'role'], additionalProperties: false,
  properties: { email, role, position },
} as const;
export type AddMemberInput = FromSchema<typeof addMemberBody>;

export const changeMemberBody = {
  type: 'object', additionalProperties: false, minProperties: 1,
  properties: { role, position },
} as const;
export type ChangeMemberInput = FromSchema<typeof changeMemberBody>;

export const acceptInvitationBody = {
  type: 'object', additionalProperties: false,
  description: 'Without a session: displayName and password create the account. With the session of the invited e-mail address: empty.',
  properties: {
    displayName: required(200),
    password: { type: 'string', minLength: PASSWORD_MIN_LENGTH, maxLength: 1000 },
  },
} as const;
export type AcceptInvitationInput = FromSchema<typeof acceptInvitationBody>;

export const listQuery = {
  type: 'object', additionalProperties: false,
  properties: {
    scope: { type: 'string', enum: ['mine', 'all'], default: 'mine', description: '`all` is for the transition team and administrators' },
    subsector: { type: 'string', enum: SUBSECTORS },
    province: { type: 'string', enum: PROVINCES },
    shares: { type: 'string', enum: ['yes', 'no'], description: 'Only organisations that do (not) share their results with the team' },
    q: { type: 'string', maxLength: 200 },
    page: { type: 'integer', minimum: 1, maximum: 100000, default: 1 },
    lang: { type: 'string', enum: ['nl', 'en'] },
  },
} as const;
export type ListQuery = FromSchema<typeof listQuery>;

export const idParams = { type: 'object', required: ['id'], additionalProperties: false, properties: { id } } as const;
export type IdParams = FromSchema<typeof idParams>;
export const memberParams = { type: 'object', required: ['id', 'userId'], additionalProperties: false, properties: { id, userId: id } } as const;
export type MemberParams = FromSchema<typeof memberParams>;
export const invitationParams = { type: 'object', required: ['id', 'invitationId'], additionalProperties: false, properties: { id, invitationId: id } } as const;
export type InvitationParams = FromSchema<typeof invitationParams>;
export const tokenParams = {
  type: 'object', required: ['token'], additionalProperties: false,
  properties: { token: { type: 'string', minLength: 20, maxLength: 100, pattern: '^[A-Za-z0-9_-]+$' } },
} as const;
export type TokenParams = FromSchema<typeof tokenParams>;
