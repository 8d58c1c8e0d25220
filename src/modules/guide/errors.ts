import { AppError, conflict, invalid } from '../../plugins/errors.js';

/** The module's own error codes; pages translate them through `guide.error.<code>`. */
export const stale = (what: string, id: number, currentVersion: number, sent: number) =>
  conflict('GUIDE_STALE', `${what} ${id} was changed by someone else (version ${currentVersion}, your edit started from ${sent})`, { currentVersion });
export const questionClosed = (id: number) =>
  conflict('GUIDE_QUESTION_CLOSED', `Question ${id} is closed: it takes no more contact requests or answers`);
export const contactExists = () =>
  conflict('GUIDE_CONTACT_EXISTS', 'A request about this question already went to the same recipient', { field: 'message' });
export const contactAnswered = (answer: string) =>
  conflict('GUIDE_CONTACT_ANSWERED', `This request was already answered (${answer})`, { answer });
export const offerRetired = (id: number) =>
  conflict('GUIDE_OFFER_RETIRED', `Offer ${id} was withdrawn and can no longer be changed`);
export const notMember = (organisationId: number) =>
  new AppError('GUIDE_NOT_MEMBER', 403, `Only owners and members of organisation ${organisationId} may do this`, [], { field: 'organisationId' });
export const notEditor = (actorId: number) =>
  new AppError('GUIDE_NOT_EDITOR', 403, `You do not speak for actor ${actorId}: ask the transition team to make you one of its editors`, [], { field: 'actorId' });
export const fieldError = (field: string, message: string, code = 'reference') => invalid([{ field, message, code }]);
