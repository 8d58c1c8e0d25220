import { int, nullable, obj, str } from '../../web/json-schema.js';

export const apiKeySchema = obj({
  id: int,
  name: str,
  prefix: { type: 'string', description: 'The first characters of the secret, to recognise the key' },
  organisation: { anyOf: [{ type: 'null' }, obj({ id: int, name: str })], description: 'null: platform-wide' },
  permissions: { type: 'array', items: str },
  owner: { type: 'string', description: 'The account the key acts for' },
  createdAt: str,
  expiresAt: nullable('string'),
  lastUsedAt: { type: ['string', 'null'], description: 'Recorded to the minute' },
  revokedAt: nullable('string'),
  status: { type: 'string', enum: ['active', 'expired', 'revoked'] },
});

export const apiKeyListSchema = obj({ items: { type: 'array', items: apiKeySchema }, total: int });

export const createdApiKeySchema = obj({
  key: apiKeySchema,
  secret: { type: 'string', description: 'The key itself: shown only in this answer and never again. Send it as `Authorization: Bearer <secret>` or `X-API-Key: <secret>`' },
});

export const apiKeyOptionsSchema = obj({
  organisations: { type: 'array', items: obj({ id: int, name: str }), description: 'Organisations you own, for which you may create keys' },
  platformWide: { type: 'boolean', description: 'Whether you may create platform-wide keys' },
  permissions: { type: 'array', items: str, description: 'Permission actions you may give to a key' },
});
