import { AppError, conflict, type FieldError } from '../../plugins/errors.js';

/**
 * The module's error codes. Pages translate them through `orgs.error.<code>`; the API sends the
 * English detail. A 409 on one field names it, so a form can show the error beside that field.
 */
const onField = (code: string, status: number, detail: string, field: string, fieldCode = code) =>
  new AppError(code, status, detail, [{ field, message: detail, code: fieldCode }], { field });

export const nameTaken = (name: string) =>
  onField('ORGS_NAME_TAKEN', 409, `An organisation named "${name}" is already registered`, 'name');
export const emailTaken = (email: string) =>
  onField('ORGS_EMAIL_TAKEN', 409, `An account for ${email} already exists: log in and register the organisation from there`, 'email');

/** Registration can collide on both the account and the organisation; one answer names both. */
export function duplicates(errors: AppError[]): AppError {
  const fields: FieldError[] = errors.flatMap((e) => e.fields);
  const first = errors[0]!;
  return new AppError(first.code, 409, errors.map((e) => e.detail).join('; '), fields, { field: fields[0]!.field });
}

export const stale = (id: number, currentVersion: number, sent: number) =>
  conflict('ORGS_STALE', `Organisation ${id} was changed by someone else (version ${currentVersion}, your edit started from ${sent})`, { currentVersion });

export const consentOwnerOnly = () =>
  new AppError('ORGS_CONSENT_OWNER_ONLY', 403, 'Only an owner of the organisation may change what it shares');

export const lastOwner = () =>
  conflict('ORGS_LAST_OWNER', 'An organisation needs at least one owner: make someone else owner first');

export const alreadyMember = (email: string) =>
  onField('ORGS_ALREADY_MEMBER', 409, `${email} is already a member of this organisation`, 'email');
export const invitationOpen = (email: string) =>
  onField('ORGS_INVITATION_OPEN', 409, `${email} already has an open invitation: withdraw it first to send a new one`, 'email');

export const invitationGone = (code: 'ORGS_INVITATION_EXPIRED' | 'ORGS_INVITATION_WITHDRAWN' | 'ORGS_INVITATION_USED') => new AppError(code, 410, {
  ORGS_INVITATION_EXPIRED: 'This invitation has expired: ask the organisation for a new one',
  ORGS_INVITATION_WITHDRAWN: 'This invitation was withdrawn by the organisation',
  ORGS_INVITATION_USED: 'This invitation has already been accepted',
}[code]);
export const invitationForOther = () =>
  new AppError('ORGS_INVITATION_OTHER_ACCOUNT', 403, 'This invitation is for another e-mail address: log out first, or log in with the invited address');
export const invitationNeedsLogin = () =>
  new AppError('ORGS_INVITATION_LOGIN', 401, 'An account with the invited e-mail address exists: log in with it to accept');
export const loggedIn = () =>
  new AppError('ORGS_LOGGED_IN', 409, 'You are logged in: register another organisation with POST /api/organisations');
