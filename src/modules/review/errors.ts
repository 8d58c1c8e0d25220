import { AppError, conflict, invalid } from '../../plugins/errors.js';

/** The module's error codes; pages translate them through `review.error.<code>` in messages/. */
export const stale = (id: number, currentVersion: number, sent: number) =>
  conflict('REVIEW_STALE', `Application ${id} was changed by someone else (version ${currentVersion}, your action started from ${sent})`, { currentVersion });

export const wrongStep = (id: number, current: string | null, wanted: string) =>
  conflict('REVIEW_WRONG_STEP', `Application ${id} is not at step ${wanted} (its current step is ${current ?? 'none'})`, { currentStep: current, field: 'step' });

export const notInWorkflow = (id: number, status: string) =>
  conflict('REVIEW_NOT_IN_WORKFLOW', `Application ${id} is ${status}: only submitted applications under review can be acted on`, { applicationStatus: status });

export const notReviewer = (callCode: string) =>
  new AppError('REVIEW_NOT_ASSIGNED', 403, `You are not a reviewer of call ${callCode}`);

export const conflicted = (id: number) =>
  new AppError('REVIEW_CONFLICTED', 403, `You declared a conflict of interest for application ${id}: you cannot see or score it`);

export const undeclared = (id: number) =>
  conflict('REVIEW_UNDECLARED', `Declare first whether you have a conflict of interest with application ${id}`);

export const automaticConflict = (id: number) =>
  conflict('REVIEW_AUTOMATIC_CONFLICT', `You are a member of an organisation in the consortium of application ${id}: you are conflicted`, { field: 'conflicted' });

export const alreadyDeclared = (id: number) =>
  conflict('REVIEW_ALREADY_DECLARED', `You already declared your position on application ${id}`, { field: 'conflicted' });

export const alreadySubmitted = (id: number) =>
  conflict('REVIEW_ALREADY_SUBMITTED', `Your review of application ${id} is submitted and can no longer change`);

export const notReviewStep = (id: number) =>
  conflict('REVIEW_NOT_OPEN', `Application ${id} is not in its review step: scores cannot be saved now`);

export const incomplete = (missing: string[]) =>
  invalid(missing.map((code) => ({ field: `scores.${code}`, message: 'needs a score and a motivation before the review can be submitted', code: 'required' })));

export const unknownCriterion = (code: string) =>
  invalid([{ field: `scores.${code}`, message: 'is not a criterion of this call', code: 'enum' }]);

export const stepActor = (role: string) =>
  new AppError('REVIEW_STEP_ACTOR', 403, `Only the ${role.replace(/_/g, ' ')} acts in this step`);

export const amountTooHigh = (limit: 'requested' | 'maxGrant' | 'budget', max: string) =>
  invalid([{ field: 'amount', message: `must not exceed the ${limit === 'requested' ? 'requested amount' : limit === 'maxGrant' ? 'maximum grant of the call' : 'remaining budget of the call'} (${max})`, code: 'maximum' }]);

export const amountMissing = () => invalid([{ field: 'amount', message: 'is required for a grant', code: 'required' }]);

export const reasonMissing = () => invalid([{ field: 'note', message: 'a reason is required when an application is not eligible', code: 'required' }]);

export const decided = (id: number) =>
  conflict('REVIEW_DECIDED', `Application ${id} already has a decision`);

export const noReviews = (id: number) =>
  conflict('REVIEW_NO_REVIEWS', `Application ${id} has no submitted review yet: close the review when at least one reviewer submitted`);

export const reviewerUnknown = (userId: number) =>
  invalid([{ field: 'userId', message: `account ${userId} does not exist or is disabled`, code: 'reference' }]);

export const reviewerBusy = (userId: number) =>
  conflict('REVIEW_REVIEWER_BUSY', `Reviewer ${userId} already declared or scored in this call: the assignment stays`, { field: 'userId' });

export const duplicate = (constraint: string) =>
  conflict('REVIEW_DUPLICATE', `Someone saved the same record at the same time (${constraint}); reload and try again`);

export const reviewerEmailUnknown = () =>
  invalid([{ field: 'email', message: 'no active account has this e-mail address', code: 'reference' }]);
