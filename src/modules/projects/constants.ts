import type { LessonOutcome } from '../../db/schema-projects.js';

/** Code lists and limits shared by the schemas, the commands and the views; change them here only. */
export const PROJECT_STATUSES = ['active', 'closed'] as const;
export const REPORT_KINDS = ['progress', 'final'] as const;
export const LESSON_OUTCOMES: readonly LessonOutcome[] = ['inspiring', 'mixed', 'failure'];
export const LESSON_LANGUAGES = ['nl', 'en'] as const;

export const LIMITS = {
  title: 200,
  milestoneTitle: 300,
  note: 2000,
  periodLabel: 80,
  reportBody: 50000,
  summary: 2000,
  lessonText: 10000,
  details: 50000,
  technology: 60,
  technologies: 20,
  tags: 20,
  projectsPage: 50,
  lessonsPage: 24,
} as const;

/**
 * Answers to "what failed" that say nothing failed. A lesson that only celebrates teaches the
 * sector nothing about risk (R4.2 asks for successes and failures alike), so it is refused.
 */
export const NOTHING_FAILED = [
  'niets', 'niks', 'geen', 'nvt', 'n.v.t.', 'n.v.t', 'nee', 'none', 'nothing', 'n/a', 'na', 'no', '-', '--', '/', '.',
  'niets mislukt', 'er mislukte niets', 'alles lukte', 'alles werkte', 'alles is gelukt', 'geen problemen', 'geen mislukkingen',
  'nothing failed', 'everything worked', 'no failures', 'no problems',
];

export const CODE_PREFIX = { project: 'P', lesson: 'L' } as const;
