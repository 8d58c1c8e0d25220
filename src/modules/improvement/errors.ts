import { AppError, conflict, invalid } from '../../plugins/errors.js';

/** The module's own error codes; pages translate them through `improvement.error.<code>`. */
export const stale = (what: string, id: string | number, currentVersion: number, sent: number) =>
  conflict('IMPROVEMENT_STALE', `${what} ${id} was changed by someone else (version ${currentVersion}, your edit started from ${sent})`, { currentVersion });

export const noResult = (organisationId: number) =>
  conflict('IMPROVEMENT_NO_RESULT', `Organisation ${organisationId} has no submitted assessment yet: a plan starts from a result`);
export const planExists = (assessmentId: number, planId: number) =>
  conflict('IMPROVEMENT_PLAN_EXISTS', `Assessment ${assessmentId} already has improvement plan ${planId}`, { planId });
export const noPlan = (organisationId: number) =>
  new AppError('IMPROVEMENT_NO_PLAN', 404, `Organisation ${organisationId} has no improvement plan yet`);
export const coachActive = () =>
  conflict('IMPROVEMENT_COACH_ACTIVE', 'This person is already an invited coach of the organisation', { field: 'email' });
export const coachIsMember = () =>
  conflict('IMPROVEMENT_COACH_IS_MEMBER', 'This person is a member of the organisation and already sees everything', { field: 'email' });
export const contactRequested = () =>
  conflict('IMPROVEMENT_CONTACT_REQUESTED', 'Your organisation already asked this organisation for contact about this dimension in the last 30 days');

export const contactAnswered = (answer: string) =>
  conflict('IMPROVEMENT_CONTACT_ANSWERED', `This request for contact was already answered (${answer})`, { answer });

export const fieldError = (field: string, message: string, code = 'reference') => invalid([{ field, message, code }]);
