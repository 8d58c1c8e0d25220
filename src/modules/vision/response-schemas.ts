import { bilingual } from '../../web/openapi.js';
import { arr, bool, enumOf, int, nullable, obj, str } from '../../web/json-schema.js';

const roundRef = obj({
  number: int, status: enumOf(['draft', 'open', 'closed']), openedAt: nullable('string'), closedAt: nullable('string'), url: str,
});

export const visionSchema = obj({ code: str, title: bilingual, isDemo: bool, url: str, version: int, rounds: arr(roundRef) });
export const visionListSchema = obj({ items: arr(visionSchema), total: int });

const participationRow = obj({ key: { type: 'string', description: "Subsector or province code; '' for people who took part on their own" }, organisations: int, individuals: int });
const sectionCount = obj({ section: str, total: int, answered: int, unanswered: int });
export const roundSchema = obj({
  vision: obj({ code: str, title: bilingual, isDemo: bool }),
  number: int, status: enumOf(['draft', 'open', 'closed']), openedAt: nullable('string'), closedAt: nullable('string'), url: str,
  version: int, intro: bilingual,
  sections: arr(obj({ section: str, body: bilingual })),
  comments: obj({ total: int, unanswered: int, bySection: arr(sectionCount) }),
  participation: obj({ organisations: int, individuals: int, bySubsector: arr(participationRow), byProvince: arr(participationRow) }),
  endorsements: obj({
    total: int, bySubsector: arr(obj({ key: str, organisations: int })),
    organisations: arr(obj({ id: int, name: str, subsector: str, province: str, isDemo: bool, endorsedAt: str })),
  }),
});

export const commentSchema = obj({
  id: int, section: str, text: str, proposedText: str, author: str,
  organisation: { anyOf: [{ type: 'null' }, obj({ id: int, name: str, isDemo: bool })] },
  createdAt: str,
  answer: { anyOf: [{ type: 'null' }, obj({ status: enumOf(['adopted', 'adapted', 'not_adopted']), reason: str, by: nullable('string'), at: nullable('string') })] },
  isDemo: bool, version: int,
});
export const commentPageSchema = obj({ items: arr(commentSchema), total: int, page: int, pages: int });

export const kpiWriteSchema = obj({ kpi: str, year: int, total: int, bySubsector: { type: 'object', additionalProperties: int } });

const kpiRef = obj({
  code: str, name: bilingual, unit: str, direction: enumOf(['increase', 'decrease']),
  latest: { anyOf: [{ type: 'null' }, obj({ period: str, value: { type: 'number' } })] },
  target: { anyOf: [{ type: 'null' }, obj({ year: int, value: { type: 'number' } })] },
  isDemo: bool,
});
const lineSchema = obj({
  code: str, title: bilingual, isDemo: bool, url: str, progress: nullable('number'), atRisk: int, actions: int,
  plan: { anyOf: [{ type: 'null' }, obj({ id: int, year: int, status: str })] }, kpis: arr(kpiRef),
});
export const pathSchema = obj({
  code: str, title: bilingual, summary: bilingual, isDemo: bool, version: int, position: int, url: str,
  pillars: arr(obj({ number: int, name: bilingual })), challenges: arr(obj({ number: int, title: bilingual })),
  progress: nullable('number'), actionLineCount: int,
  withoutActionLines: { type: 'boolean', description: 'True when no short-term action line moves this path forward (flagged on the list)' },
  horizons: arr(obj({ year: int, goal: bilingual, actionLines: arr(lineSchema) })),
});
export const pathListSchema = obj({ items: arr(pathSchema), total: int, withoutActionLines: int });

const scenarioSchema = obj({
  code: str, url: str, pole1: enumOf(['low', 'high']), pole2: enumOf(['low', 'high']), title: bilingual,
  narrative: bilingual, watch: bilingual, implications: bilingual, signals: int, version: int,
});
const axisSchema = obj({ name: bilingual, low: bilingual, high: bilingual });
const quarterCounts = obj({ quarters: arr(str), rows: arr(obj({ code: str, counts: arr(int) })) });
export const scenarioSetSchema = obj({
  code: str, title: bilingual, question: bilingual, horizonYear: int, axis1: axisSchema, axis2: axisSchema, isDemo: bool, version: int,
  scenarios: arr(scenarioSchema), signalsPerQuarter: quarterCounts,
});
export const scenarioSetListSchema = obj({ items: arr(scenarioSetSchema), total: int });
export const signalSchema = obj({ id: int, scenario: str, observedOn: str, source: str, description: str, loggedBy: nullable('string'), isDemo: bool });
export const scenarioDetailSchema = obj({ set: obj({ code: str, title: bilingual, axis1: axisSchema, axis2: axisSchema, isDemo: bool }), scenario: scenarioSchema, signals: arr(signalSchema) });
export const signalPageSchema = obj({ items: arr(signalSchema), total: int, page: int, pages: int });

export const whySchema = obj({
  vision: {
    anyOf: [{ type: 'null' }, obj({
      code: str, title: bilingual, isDemo: bool, round: roundRef, sections: arr(obj({ section: str, body: bilingual })),
      participation: obj({ organisations: int, individuals: int }),
      endorsements: obj({ total: int, bySubsector: arr(obj({ key: str, organisations: int })) }),
    })],
  },
  overallProgress: nullable('number'),
  paths: arr(obj({ code: str, title: bilingual, url: str, isDemo: bool, progress: nullable('number'), actionLineCount: int, withoutActionLines: bool })),
  kpis: arr(kpiRef),
});
