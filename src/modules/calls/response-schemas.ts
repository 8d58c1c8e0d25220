import { nextProperty } from '../../web/cursor.js';
import { bilingual } from '../../web/openapi.js';
import { APPLICATION_STATUSES, PATHWAY_STAGES } from './constants.js';
import { formFieldSchema } from './field-definitions.js';
import { arr, bool, enumOf, int, nullable, num, obj, str } from '../../web/json-schema.js';

export const formSchema = obj({
  id: int, code: str, kind: enumOf(['application', 'conformity_annex']), version: int, title: bilingual,
  fields: arr(formFieldSchema), published: bool, publishedAt: nullable('string'),
  revision: { type: 'string', description: 'Send it back with an edit of a draft' }, isDemo: bool, url: str,
});
export const formListSchema = obj({ items: arr(formSchema), total: int });

const callSummaryProps = {
  code: str, url: str, title: bilingual, summary: bilingual,
  instrument: obj({ code: str, name: bilingual, type: str }),
  budgetEur: num, maxGrantEur: nullable('number'),
  opensAt: { type: 'string', description: 'Instant (ISO 8601, UTC)' }, closesAt: { type: 'string', description: 'Instant (ISO 8601, UTC); submissions are accepted up to, not at, this instant' },
  opensAtBrussels: { type: 'string', description: 'The same instant as Brussels wall-clock time' }, closesAtBrussels: str,
  status: enumOf(['draft', 'published', 'cancelled']), phase: enumOf(['draft', 'cancelled', 'upcoming', 'open', 'closed']), isDemo: bool, version: int,
};
export const callSummarySchema = obj(callSummaryProps);
export const callListSchema = obj({ items: arr(callSummarySchema), total: int, next: nextProperty }, ['items', 'total']);
export const callSchema = obj({
  ...callSummaryProps,
  eligibility: bilingual, applicationFormId: int, annexFormId: int, minPartners: int, requiresCrossSector: bool,
  criteria: arr(obj({ code: str, weight: num, label: bilingual, description: bilingual })),
  annexes: arr(obj({ code: str, label: bilingual, required: bool })),
  workflow: arr(obj({ code: str, kind: str, actorRole: str, label: bilingual })),
});

const answersSchema = { type: 'object', additionalProperties: true } as const;
export const applicationListItemSchema = obj({
  id: int, url: str, title: str, status: enumOf(APPLICATION_STATUSES), currentStep: nullable('string'),
  submittedAt: nullable('string'), updatedAt: str, isDemo: bool,
  call: obj({ code: str, title: bilingual, closesAt: str }),
  lead: obj({ id: int, name: str, subsector: str }), partners: int, crossSector: bool,
});
export const applicationListSchema = obj({ items: arr(applicationListItemSchema), total: int });
export const applicationSchema = obj({
  id: int, url: str, title: str, summary: str, status: enumOf(APPLICATION_STATUSES), currentStep: nullable('string'),
  requestedEur: nullable('number'), submittedAt: nullable('string'), createdAt: str, updatedAt: str, version: int, isDemo: bool,
  call: obj({ code: str, title: bilingual, opensAt: str, closesAt: str, phase: str }),
  lead: obj({ id: int, name: str }),
  form: obj({ id: int, code: str, version: int }), annexForm: obj({ id: int, code: str, version: int }),
  answers: answersSchema, annexAnswers: answersSchema,
  pathway: arr(obj({ stage: enumOf(PATHWAY_STAGES), description: str, indicators: arr(obj({ name: str, target: str })) })),
  partners: arr(obj({ organisationId: int, name: str, subsector: str, role: enumOf(['lead', 'partner']), contribution: str, confirmed: bool, confirmedAt: nullable('string') })),
  crossSector: { type: 'boolean', description: 'True when the consortium spans more than one subsector' },
  documents: arr(obj({ annexCode: str, title: str, url: str })),
});

const countPair = { submitted: int, granted: int };
export const conformitySchema = obj({
  filter: obj({ call: str, instrument: str }, []),
  totals: obj(countPair),
  fields: arr(obj({ key: str, label: bilingual, values: arr(obj({ value: str, label: bilingual, ...countPair })) })),
  calls: arr(obj({ code: str, title: bilingual, instrument: obj({ code: str, name: bilingual }), ...countPair })),
  rows: arr(obj({ call: obj({ code: str, title: bilingual }), instrument: obj({ code: str, name: bilingual }), field: str, value: str, ...countPair })),
});
