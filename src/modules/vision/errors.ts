import { AppError, conflict } from '../../plugins/errors.js';

/** The module's error codes; pages translate them through `vision.error.<code>` in messages/. */
export const stale = (what: string, id: string | number, currentVersion: number, sent: number) =>
  conflict('VISION_STALE', `${what} ${id} was changed by someone else (version ${currentVersion}, your edit started from ${sent})`, { currentVersion });

export const codeTaken = (what: string, code: string) =>
  conflict('VISION_CODE_TAKEN', `A ${what} with code ${code} already exists`, { field: 'code' });

export const roundClosed = (closedAt: Date) =>
  conflict('VISION_ROUND_CLOSED', `This consultation round closed on ${closedAt.toISOString()}; it no longer accepts comments or endorsements`, { closedAt: closedAt.toISOString() });

export const roundNotOpen = (status: string) =>
  conflict('VISION_ROUND_NOT_OPEN', `This round is ${status}, not open: it accepts no comments or endorsements`, { roundStatus: status });

export const roundNotDraft = (status: string) =>
  conflict('VISION_ROUND_NOT_DRAFT', `This round is ${status}; only a draft round can be edited or opened`, { roundStatus: status });

export const roundActive = (number: number, status: string) =>
  conflict('VISION_ROUND_ACTIVE', `Round ${number} is still ${status}: close it before starting the next round`, { round: number, roundStatus: status });

export const unanswered = (count: number) =>
  conflict('VISION_UNANSWERED', `${count} comment${count === 1 ? ' is' : 's are'} not answered yet: answer every comment of the earlier rounds before opening the next round`, { unanswered: count });

export const alreadyEndorsed = (organisationId: number) =>
  conflict('VISION_ALREADY_ENDORSED', `Organisation ${organisationId} already endorses this version`, { field: 'organisationId' });

export const notEndorsed = (organisationId: number) =>
  conflict('VISION_NOT_ENDORSED', `Organisation ${organisationId} does not endorse this version`, { field: 'organisationId' });

export const notOwner = (organisationId: number) =>
  new AppError('VISION_NOT_OWNER', 403, `Only an owner of organisation ${organisationId} may endorse for it`, [], { field: 'organisationId' });

export const notMember = (organisationId: number) =>
  new AppError('VISION_NOT_MEMBER', 403, `You may comment on behalf of organisation ${organisationId} only as its owner or member`, [], { field: 'organisationId' });

export const duplicate = (constraint: string) =>
  conflict('VISION_DUPLICATE', `Someone saved the same record at the same time (${constraint}); reload and try again`);
