import { notFound } from '../../../plugins/errors.js';
import { conflicted, notReviewer, undeclared } from '../errors.js';
import { applicationRow, callRecord, isAssigned, reviewOf, type Reader } from '../queries.js';

const HIDDEN = new Set(['draft', 'withdrawn', 'ineligible']);

/**
 * What a reviewer may see of an application: nothing unless assigned to its call; title and
 * consortium until the declaration; nothing when conflicted (403); everything otherwise.
 */
export async function reviewerAccess(db: Reader, userId: number, applicationId: number) {
  const app = await applicationRow(db, applicationId);
  if (HIDDEN.has(app.status)) throw notFound('application', applicationId);
  const call = await callRecord(db, { id: app.call_id });
  // Not assigned: the application does not exist for this account.
  if (!(await isAssigned(db, call.id, userId))) throw notFound('application', applicationId);
  const review = await reviewOf(db, applicationId, userId);
  return { app, call, review };
}

export async function requireReadable(db: Reader, userId: number, applicationId: number) {
  const access = await reviewerAccess(db, userId, applicationId);
  if (!access.review) throw undeclared(applicationId);
  if (access.review.conflicted) throw conflicted(applicationId);
  return { ...access, review: access.review };
}

export { notReviewer };
