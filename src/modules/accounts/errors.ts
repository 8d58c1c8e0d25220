import { AppError } from '../../plugins/errors.js';

/**
 * The module's error codes. Pages show `accounts.error.<code>`; the API sends the English detail.
 * Every failure of a provider login is the browser's 400 (or the provider's 502): never a 500,
 * never a session.
 */
export const oidcOff = () => new AppError('OIDC_NOT_CONFIGURED', 404, 'Login through an identity provider is not configured here');
export const oidcNoPendingLogin = () =>
  new AppError('OIDC_NO_PENDING_LOGIN', 400, 'This login was not started here, was already used or took too long. Start again.');
export const oidcStateMismatch = () =>
  new AppError('OIDC_STATE_MISMATCH', 400, 'The answer of the identity provider does not belong to this login. Start again.');
export const oidcProviderError = (error: string, description: string) =>
  new AppError('OIDC_PROVIDER_ERROR', 400, `The identity provider refused the login: ${error}${description ? ` (${description})` : ''}`, [], { providerError: error });
export const oidcRejected = (reason: string) =>
  new AppError('OIDC_REJECTED', 400, `The answer of the identity provider could not be verified: ${reason}`);
export const oidcUnavailable = () =>
  new AppError('OIDC_UNAVAILABLE', 502, 'The identity provider cannot be reached. Try again later or log in with your password.');
export const oidcNoSubject = () => new AppError('OIDC_NO_SUBJECT', 400, 'The identity provider did not say who logged in');
export const oidcEmailInUse = () =>
  new AppError('OIDC_EMAIL_IN_USE', 409, 'An account with this e-mail address already exists. Log in with your password; the transition team can allow linking accounts to the identity provider.');
export const accountDisabled = () => new AppError('ACCOUNT_DISABLED', 403, 'This account is disabled');
