import type { PublicEntityType } from '../entity-type.js';
import { bodyType, mandataryType, mandateType } from './steering/bodies.js';
import { agendaItemTypeType, bodyKindType, decisionTypeType, mandateRoleType } from './steering/codelists.js';
import { actionLineType, actionType } from './steering/cycle.js';
import { decisionType } from './steering/decisions.js';
import { challengeType, maturityDimensionType, pillarType, recommendationType } from './steering/framework.js';
import { kpiType, measurementType } from './steering/kpis.js';
import { agendaItemType, meetingType, treatmentType } from './steering/meetings.js';
import { reportType } from './steering/reports.js';

export { steeringCollections, type DescribeCollection } from './steering/collections.js';

/** Framework, governance, follow-up cycle, KPIs and reports. */
export const steeringEntityTypes: PublicEntityType[] = [
  pillarType, challengeType, recommendationType, maturityDimensionType,
  bodyKindType, mandateRoleType, decisionTypeType, agendaItemTypeType, bodyType, mandateType, mandataryType,
  meetingType, agendaItemType, treatmentType, decisionType,
  actionLineType, actionType, kpiType, measurementType, reportType,
];
