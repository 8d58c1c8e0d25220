import { AppError, conflict, type FieldError } from '../../plugins/errors.js';

/** The module's error codes; pages translate them through `calls.error.<code>` in messages/. */
export const stale = (what: string, id: string | number, currentVersion: number | string, sent: number | string) =>
  conflict('CALLS_STALE', `${what} ${id} was changed by someone else (version ${currentVersion}, your edit started from ${sent})`, { currentVersion });

export const codeTaken = (what: string, code: string) =>
  conflict('CALLS_CODE_TAKEN', `A ${what} with code ${code} already exists`, { field: 'code' });

export const formPublished = (id: number) =>
  conflict('FORM_PUBLISHED', `Form version ${id} is published and never changes; start a new version`, { formId: id });

export const draftExists = (code: string, version: number) =>
  conflict('FORM_DRAFT_EXISTS', `Form ${code} already has a draft (version ${version}); edit or publish that one first`, { version });

export const formNotPublished = (field: string, id: number) =>
  conflict('FORM_NOT_PUBLISHED', `Form version ${id} is not published; a call can only use a published form`, { field });

export const formKind = (field: string, expected: string) =>
  new AppError('VALIDATION_FAILED', 400, `${field}: must be a form of kind ${expected}`, [{ field, message: `must be a published form of kind ${expected}`, code: 'callsFormKind' }]);

export const callNotDraft = (code: string) =>
  conflict('CALL_ALREADY_PUBLISHED', `Call ${code} is already published`, { field: 'status' });

export const callNotOpen = (opensAt: Date) =>
  conflict('CALL_NOT_OPEN', `This call opens on ${opensAt.toISOString()}; it accepts applications from then on`, { opensAt: opensAt.toISOString() });

/** A late start or submission: the exact deadline in the body, the draft untouched. */
export const callClosed = (closesAt: Date, brussels: string) =>
  conflict('CALL_CLOSED', `The call closed at ${brussels} (${closesAt.toISOString()}); it no longer accepts submissions. Your draft is kept.`, { deadline: closesAt.toISOString(), deadlineBrussels: brussels });

export const notDraft = (status: string) =>
  conflict('APPLICATION_NOT_DRAFT', `The application is ${status}: only a draft can be changed or submitted`, { applicationStatus: status });

export const incomplete = (errors: FieldError[]) =>
  new AppError('APPLICATION_INCOMPLETE', 422, `The application cannot be submitted yet: ${errors.map((e) => `${e.field}: ${e.message}`).join('; ')}`, errors);

export const notWithdrawable = (status: string) =>
  conflict('APPLICATION_NOT_WITHDRAWABLE', `The application is ${status}: it can no longer be withdrawn`, { applicationStatus: status });

export const notMember = (organisationId: number) =>
  new AppError('CALLS_NOT_MEMBER', 403, `Only an owner or member of organisation ${organisationId} may do this for it`, [], { field: 'organisationId' });

export const notLead = () =>
  new AppError('CALLS_NOT_LEAD', 403, 'Only owners and members of the lead organisation may change the consortium or withdraw the application');

export const partnerExists = (organisationId: number) =>
  conflict('PARTNER_EXISTS', `Organisation ${organisationId} is already in the consortium`, { field: 'organisationId' });

export const cannotRemoveLead = () =>
  conflict('PARTNER_IS_LEAD', 'The lead organisation cannot be removed from its own application', { field: 'organisationId' });

export const duplicate = (constraint: string) =>
  conflict('CALLS_DUPLICATE', `Someone saved the same record at the same time (${constraint}); reload and try again`);

export const notConsortium = () =>
  new AppError('CALLS_NOT_CONSORTIUM', 403, 'Only the people of the lead and of partners that confirmed may edit the application');
