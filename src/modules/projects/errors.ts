import { AppError, conflict } from '../../plugins/errors.js';

/** The module's error codes; pages translate them through `projects.error.<code>` in messages/. */
export const stale = (what: string, id: string | number, currentVersion: number, sent: number) =>
  conflict('PROJECT_STALE', `${what} ${id} was changed by someone else (version ${currentVersion}, your edit started from ${sent})`, { currentVersion });

export const projectClosed = (code: string) =>
  conflict('PROJECT_CLOSED', `Project ${code} is closed: its milestones, reports and lessons no longer change`, { project: code });

export const finalReportExists = (code: string) =>
  conflict('PROJECT_FINAL_REPORT_EXISTS', `Project ${code} already has its final report; add a progress report instead`, { field: 'kind' });

/** Milestones neither done nor noted, named, so the consortium knows which to account for. */
export const openMilestones = (titles: string[]) =>
  new AppError('PROJECT_OPEN_MILESTONES', 422,
    `The final report needs every milestone done or explained with a note; still open: ${titles.join('; ')}`, [], { field: 'kind', milestones: titles });

/** What a project still lacks before it can close: 'finalReport' and/or 'lesson'. */
export const notReadyToClose = (code: string, missing: string[]) =>
  new AppError('PROJECT_NOT_READY', 422,
    `Project ${code} cannot close yet: ${missing.map((m) => (m === 'finalReport' ? 'the final report is missing' : 'a lesson stating what worked and what failed is missing')).join(' and ')}`,
    [], { missing });

export const onlySuccess = () =>
  new AppError('LESSON_ONLY_SUCCESS', 422,
    'whatFailed: a lesson must also say what did not work, what was harder than expected or what you would do differently; "nothing" is not a lesson',
    [{ field: 'body.whatFailed', message: 'must say what did not work', code: 'onlySuccess' }]);

export const lessonPublished = (code: string) =>
  conflict('LESSON_ALREADY_PUBLISHED', `Lesson ${code} is already published`);

export const lessonOfProject = (code: string) =>
  conflict('LESSON_OF_PROJECT', `Lesson ${code} belongs to a project: it is published when the project closes`);

export const notAllowed = (what: string) =>
  new AppError('PROJECT_NOT_ALLOWED', 403, `You may not ${what}`);

export const duplicate = (constraint: string) =>
  conflict('PROJECT_DUPLICATE', `Someone saved the same record at the same time (${constraint}); reload and try again`, constraint.includes('final') ? { field: 'kind' } : {});
