import { AppError, conflict } from '../../plugins/errors.js';

/** The module's error codes; pages show `privacy.error.<code>`, the API the English detail. */
export const lastOwner = (organisations: Array<{ id: number; name: string }>) =>
  conflict('PRIVACY_LAST_OWNER',
    `You are the only owner of ${organisations.map((o) => o.name).join(', ')}: make someone else owner first, then delete your account`,
    { organisations });

export const lastAdmin = () =>
  conflict('PRIVACY_LAST_ADMIN', 'You are the only administrator: appoint another administrator first, then delete your account');

export const notConfirmed = () =>
  new AppError('VALIDATION_FAILED', 400, 'confirm: confirm that the account and its personal data are to be deleted',
    [{ field: 'confirm', message: 'confirm that the account and its personal data are to be deleted', code: 'required' }]);
