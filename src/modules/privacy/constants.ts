/**
 * What an erased account shows wherever a name is displayed (audit history, comments, authors):
 * the same words in both languages, since the name is stored once for every reader.
 */
export const DELETED_USER_NAME = 'verwijderde gebruiker / deleted user';

export const erasedEmail = (userId: number) => `deleted-${userId}@deleted.invalid`;

/** Personal fields that audit entries about an account may hold; erased with the account. */
export const PERSONAL_AUDIT_FIELDS = ['email', 'displayName', 'display_name', 'name', 'position'] as const;
