import { AppError, conflict } from '../../plugins/errors.js';

/** The module's error codes; pages translate them through `error.<code>` in messages/. */
export const submitted = (id: number) =>
  conflict('ASSESSMENT_SUBMITTED', `Assessment ${id} is submitted: its answers and result are final. Start a new assessment to measure again.`);

export const notSubmitted = (id: number) =>
  conflict('ASSESSMENT_NOT_SUBMITTED', `Assessment ${id} is not submitted yet: its result exists once an owner or member submits it`);

export const partFinished = (id: number) =>
  conflict('ASSESSMENT_PART_FINISHED', `You marked your part of assessment ${id} as finished: reopen it before changing answers`);

export const nobodyFinished = (id: number) =>
  conflict('ASSESSMENT_NOBODY_FINISHED', `Nobody has marked their part of assessment ${id} as finished yet: at least one respondent must finish before it can be submitted`);

export const nothingAnswered = (id: number) =>
  conflict('ASSESSMENT_NOTHING_ANSWERED', `You have not answered any question of assessment ${id} yet: answer at least one before marking your part as finished`);

export const noModel = () =>
  conflict('ASSESSMENT_NO_MODEL', 'No maturity model is published yet, so no assessment can be started');

export const staleAnswer = (questionId: number, currentVersion: number, sent: number, current: unknown) =>
  conflict('ASSESSMENT_ANSWER_STALE', `Your answer to question ${questionId} was changed elsewhere (version ${currentVersion}, your edit started from ${sent}); send it again with version ${currentVersion} to overwrite`,
    { field: 'version', currentVersion, current });

export const questionNotInAssessment = (questionId: number, why: string) =>
  new AppError('ASSESSMENT_QUESTION_NOT_IN_ASSESSMENT', 400, `Question ${questionId} ${why}`,
    [{ field: 'questionId', message: why, code: 'assessmentQuestion' }]);

export const noAnswerAccess = () =>
  new AppError('ASSESSMENT_MEMBERS_ONLY', 403, 'Only members of the organisation answer its assessments and see individual answers');

export const notManager = () =>
  new AppError('ASSESSMENT_MANAGERS_ONLY', 403, 'Only owners and members of the organisation start and submit assessments; respondents answer');
