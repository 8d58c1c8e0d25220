import { AppError, conflict } from '../../plugins/errors.js';

/** The module's conflicts (409). Validation failures use the shared `invalid` (400, fields named). */
export const staleError = (code: 'MEETING_STALE' | 'DECISION_STALE' | 'MEMBER_STALE', what: string, current: number, sent: number) =>
  conflict(code, `${what} was changed by someone else (version ${current}, your edit started from ${sent})`, { currentVersion: current });

export const publicationStale = (id: number, digest: string) =>
  conflict('PUBLICATION_STALE', `Publication ${id} changed since you opened it (its content digest is now ${digest})`, { currentDigest: digest });

export const publicationFrozen = (id: number) =>
  conflict('PUBLICATION_PUBLISHED', `Publication ${id} is published and is never edited; prepare a correction, which becomes a new version`);

export const publicationPending = (kind: string, version: number) =>
  conflict('PUBLICATION_PENDING', `Version ${version} of this ${kind} is not published yet; refresh or finish that one first`, { version });

export const wrongStatus = (code: 'DECISION_STATUS' | 'PUBLICATION_STATUS', what: string, status: string, action: string) =>
  conflict(code, `${what} is ${status}: it cannot be ${action}`, { currentStatus: status });

export const decisionLocked = (code: string, status: string) =>
  conflict('DECISION_LOCKED', `Decision ${code} is ${status}; only draft decisions can be edited`, { currentStatus: status });

export const treatmentMissing = (itemId: number) =>
  conflict('TREATMENT_MISSING', `Agenda item ${itemId} has no treatment yet; record how it was treated before recording a decision`);

export const bodyCodeTaken = (code: string) =>
  conflict('BODY_CODE_TAKEN', `A body with code ${code} already exists`, { field: 'code' });

export { AppError };
