import { AppError, notFound } from '../../plugins/errors.js';

/** The module's error codes; pages translate them through `apikeys.error.<code>` in messages/. */
export const keyNotFound = (id: number) => notFound('API key', id);

export const notOwner = (organisationId: number) =>
  new AppError('APIKEY_NOT_OWNER', 403, `Only an owner of organisation ${organisationId} may manage its API keys`, [], { field: 'organisationId' });

export const platformKeyRefused = () =>
  new AppError('APIKEY_PLATFORM_REFUSED', 403, 'Only the transition team or an admin may create a platform-wide key; choose an organisation', [], { field: 'organisationId' });

export const permissionNotGrantable = (index: number, action: string) =>
  new AppError('VALIDATION_FAILED', 400, `permissions.${index}: ${action} cannot be given to a key by this account`, [
    { field: `body.permissions.${index}`, message: `${action} is not a permission this account may give to a key`, code: 'apikeyGrantable' },
  ]);

export const expiryInPast = () =>
  new AppError('VALIDATION_FAILED', 400, 'expiresAt: must lie in the future', [{ field: 'body.expiresAt', message: 'must lie in the future', code: 'apikeyFuture' }]);

export const alreadyRevoked = (id: number) =>
  new AppError('APIKEY_ALREADY_REVOKED', 409, `API key ${id} is already revoked`);

export const duplicate = (constraint: string) =>
  new AppError('APIKEY_DUPLICATE', 409, `Someone saved the same key at the same time (${constraint}); try again`);
