import type { PublicEntityType } from '../entity-type.js';
import { actorType } from './sector/actor.js';
import { callType } from './sector/call.js';
import { caseType } from './sector/case.js';
import { codeListTypes } from './sector/concepts.js';
import { instrumentType } from './sector/instrument.js';
import { learningOpportunityType } from './sector/learning.js';
import { lessonType } from './sector/lesson.js';
import { organisationType } from './sector/organisation.js';
import { projectType } from './sector/project.js';

/** Instruments, actors, organisations, calls, projects, lessons, cases and learning. */
export const sectorEntityTypes: PublicEntityType[] = [
  instrumentType, actorType, organisationType, callType, projectType, lessonType, caseType, learningOpportunityType,
  // The code lists and subsectors the entities above link to, so that every link dereferences.
  ...codeListTypes,
];
