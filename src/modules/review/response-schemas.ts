import { bilingual } from '../../web/openapi.js';
import { arr, bool, enumOf, int, nullable, num, obj, str } from '../../web/json-schema.js';

const status = enumOf(['submitted', 'withdrawn', 'ineligible', 'in_review', 'granted', 'refused']);
export const callSchema = obj({
  code: str, title: bilingual, isDemo: bool, budget: num, maxGrant: nullable('number'), closesAt: str,
  criteria: arr(obj({ code: str, label: bilingual, weight: num, share: { type: 'number', description: 'The weight normalised to the sum of weights' } })),
});
const stepSchema = obj({ code: str, kind: enumOf(['eligibility', 'review', 'panel', 'decision', 'other']), actorRole: str, label: bilingual });
const decisionRef = { anyOf: [{ type: 'null' }, obj({ outcome: enumOf(['granted', 'refused']), amount: nullable('number') })] };

export const rankingSchema = obj({
  call: callSchema, tieRule: str, budget: num, requestedTotal: num, granted: num,
  budgetRunsOutAt: { type: ['integer', 'null'], description: 'Rank of the first application whose request no longer fits the budget' },
  rows: arr(obj({
    rank: int, id: int, title: str, lead: str, isDemo: bool, status, currentStep: nullable('string'),
    requested: nullable('number'), score: { type: ['number', 'null'], description: 'Weighted score out of 10' }, reviews: int,
    cumulative: num, withinBudget: bool,
    criteria: arr(obj({ code: str, mean: nullable('number'), min: nullable('number'), max: nullable('number'), count: int })),
    decision: decisionRef,
  })),
});

export const overviewSchema = obj({
  call: callSchema, steps: arr(stepSchema),
  applications: arr(obj({
    id: int, title: str, lead: str, status, currentStep: nullable('string'), requested: nullable('number'), submittedAt: nullable('string'),
    isDemo: bool, version: int, reviews: int, conflicts: int,
  })),
});

export const reviewerSchema = obj({ userId: int, name: str, email: str, assignedAt: str, declared: int, submitted: int, conflicts: int });
export const reviewersSchema = obj({ call: str, items: arr(reviewerSchema) });

const historySchema = arr(obj({ step: str, outcome: enumOf(['passed', 'failed', 'noted']), note: str, by: str, at: str }));
export const workflowSchema = obj({
  id: int, title: str, status, currentStep: { anyOf: [{ type: 'null' }, stepSchema] }, version: int, history: historySchema,
});
export const closeReviewSchema = obj({ closed: arr(int), withoutReviews: arr(int) });

const partnerSchema = obj({ organisationId: int, name: str, subsector: str, role: enumOf(['lead', 'partner']), isDemo: bool });
export const workspaceSchema = obj({
  calls: arr(obj({
    code: str, title: bilingual, isDemo: bool, closesAt: str,
    applications: arr(obj({
      id: int, title: str, partners: arr(str), isDemo: bool,
      declaration: enumOf(['pending', 'conflicted', 'no_conflict']), submitted: bool, automaticConflict: bool,
    })),
  })),
});

const answerValue = { anyOf: [str, num, bool, { type: 'null' }, arr(str)] };
export const reviewDetailSchema = obj({
  id: int, call: str, title: str, summary: str, isDemo: bool, requested: nullable('number'), partners: arr(partnerSchema),
  answers: arr(obj({ key: str, label: bilingual, value: answerValue })),
  annex: arr(obj({ key: str, label: bilingual, value: answerValue })),
  pathway: arr(obj({ stage: str, description: str, indicators: arr(obj({ name: str, target: str })) })),
  documents: arr(obj({ annexCode: str, title: str, url: str })),
  criteria: arr(obj({ code: str, label: bilingual, weight: num })),
  scores: arr(obj({ criterion: str, score: int, motivation: str })),
  submitted: bool, reviewOpen: bool,
});
export const declarationSchema = obj({ id: int, conflicted: bool });
export const scoresResultSchema = obj({ id: int, submitted: bool, reviewClosed: bool, scores: arr(obj({ criterion: str, score: int, motivation: str })) });

export const decisionSchema = obj({
  id: int, outcome: enumOf(['granted', 'refused']), amount: nullable('number'), letter: bilingual, decidedAt: str, decidedBy: str, isDemo: bool,
  project: { anyOf: [{ type: 'null' }, obj({ code: str, startsOn: str, endsOn: str })] },
});
export const letterDraftSchema = obj({ outcome: enumOf(['granted', 'refused']), amount: nullable('number'), letter: bilingual });
