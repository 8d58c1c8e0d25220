import type { FromSchema } from '../../web/schema-types.js';

/** Limits shared by the page and the API. */
export const LIMITS = { name: 100, permissions: 200 } as const;

/** Request shapes; the page's form is checked against the same schema as the API body. */
export const createApiKeyBody = {
  type: 'object',
  additionalProperties: false,
  required: ['name', 'organisationId', 'permissions'],
  properties: {
    name: { type: 'string', minLength: 1, maxLength: LIMITS.name, pattern: '\\S', description: 'What the key is for, e.g. the partner application that uses it' },
    organisationId: {
      type: ['integer', 'null'], minimum: 1, maximum: 2147483647,
      description: 'The organisation the key acts for (you must own it); null for a platform-wide key (transition team and admins only)',
    },
    permissions: {
      type: 'array', minItems: 1, maxItems: LIMITS.permissions, uniqueItems: true,
      items: { type: 'string', pattern: '^[a-z][a-zA-Z0-9]*\\.[a-zA-Z0-9]+$' },
      description: 'Permission actions (module.verb) the key may use; see GET /api/api-keys/options for the ones you may give',
    },
    expiresAt: { type: ['string', 'null'], format: 'date-time', description: 'When the key stops working (RFC 3339); null or absent: no expiry' },
  },
} as const;
export type CreateApiKeyInput = FromSchema<typeof createApiKeyBody>;

export const idParams = {
  type: 'object', additionalProperties: false, required: ['id'],
  properties: { id: { type: 'integer', minimum: 1, maximum: 2147483647 } },
} as const;
export type IdParams = FromSchema<typeof idParams>;
