import { nextProperty } from '../../web/cursor.js';
import { bilingual } from '../../web/openapi.js';
import { LESSON_OUTCOMES, PROJECT_STATUSES, REPORT_KINDS } from './constants.js';
import { arr, bool, enumOf, int, nullable, num, obj, str } from '../../web/json-schema.js';

export const projectSchema = obj({
  code: str, url: str, title: str, status: enumOf(PROJECT_STATUSES), grantedEur: num,
  startsOn: { type: 'string', format: 'date' }, endsOn: { type: 'string', format: 'date' }, closedAt: nullable('string'),
  lead: obj({ id: int, name: str, subsector: str, isDemo: bool }),
  call: obj({ code: str, title: bilingual, url: str }),
  instrument: obj({ code: str, name: bilingual, url: str }),
  isDemo: bool, version: int,
});

export const projectListSchema = obj({ items: arr(projectSchema), total: int, page: int, pages: int, pageSize: int });

export const milestoneSchema = obj({
  id: int, position: int, title: str, dueOn: str, doneOn: nullable('string'), note: str,
  status: { type: 'string', enum: ['open', 'done', 'noted'], description: 'noted: not reached, with a note saying why' },
  overdue: { type: 'boolean', description: 'Its day has passed (Europe/Brussels) and it is not done' },
  version: int,
});

export const reportSchema = obj({ id: int, kind: enumOf(REPORT_KINDS), periodLabel: str, text: str, submittedBy: str, submittedAt: str });

export const lessonSchema = obj({
  code: str, url: str, title: str, summary: str, whatWorked: str, whatFailed: str,
  details: { type: ['string', 'null'], description: 'null when the organisation did not consent to publishing details and you are not in the consortium or the team' },
  publishDetails: bool, language: enumOf(['nl', 'en']), outcome: enumOf(LESSON_OUTCOMES),
  pillars: arr(int), challenges: arr(int), dimensions: arr(str), subsectors: arr(str), technologies: arr(str),
  source: enumOf(['project', 'organisation']),
  project: { anyOf: [{ type: 'null' }, obj({ code: str, title: str, url: str })] },
  organisation: { anyOf: [{ type: 'null' }, obj({ id: int, name: str, isDemo: bool })] },
  published: bool, publishedAt: nullable('string'), isDemo: bool, version: int,
});

export const lessonListSchema = obj({ items: arr(lessonSchema), total: int, page: int, pages: int, pageSize: int, next: nextProperty }, ['items', 'total']);

export const projectDetailSchema = obj({
  ...projectSchema.properties,
  consortium: arr(obj({ id: int, name: str, role: enumOf(['lead', 'partner']), subsector: str, subsectorName: bilingual, contribution: str, isDemo: bool })),
  crossSector: { type: 'boolean', description: 'The consortium spans more than one subsector' },
  milestones: arr(milestoneSchema),
  overdueMilestones: int,
  lessons: arr(lessonSchema),
  reports: { anyOf: [{ type: 'null' }, arr(reportSchema)], description: 'Only for members of the consortium and the transition team; null for others' },
  hasFinalReport: bool,
  can: obj({ editMilestones: bool, report: bool, writeLessons: bool, close: bool }),
});

export const closeResultSchema = obj({ project: projectDetailSchema, publishedLessons: arr(str) });
