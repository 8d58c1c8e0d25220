/** OpenAPI shapes of the module's JSON answers. */
const num = { type: ['number', 'null'] } as const;
const int = { type: ['integer', 'null'] } as const;
const filters = {
  type: 'object', properties: { subsector: { type: 'boolean' }, size: { type: 'boolean' }, province: { type: 'boolean' } },
} as const;
const withheld = {
  shown: { type: 'boolean' },
  reason: { type: ['string', 'null'], enum: ['too_small', 'difference', 'complementary', null], description: 'Why nothing is shown: fewer than 5 organisations, a reveal by difference with a broader group, or withheld to protect a small cell' },
  message: { type: ['string', 'null'] },
} as const;
const rules = {
  type: 'object',
  properties: { minGroup: { type: 'integer' }, percentile: { type: 'string' }, quartiles: { type: 'string' }, yearOnYear: { type: 'string' }, suppression: { type: 'string' }, difference: { type: 'string' } },
} as const;

const peerGroup = {
  type: 'object',
  properties: {
    filters, label: { type: 'string' }, ...withheld,
    peers: { ...int, description: 'Peers in the group, the organisation itself not counted; null when withheld' },
    includesDemo: { type: 'boolean' },
    dimensions: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          code: { type: 'string' }, name: { type: 'string' }, peers: { type: 'integer' },
          q1: num, median: num, q3: num, level: int, target: int,
          percentile: { ...int, description: 'Share of peers strictly below plus half of those equal, in whole percent' },
          targetMedian: num, targetPeers: int, yoyMedian: num, yoyPeers: int,
        },
      },
    },
  },
} as const;

export const benchmarkSchema = {
  type: 'object',
  properties: {
    organisation: {
      type: 'object',
      properties: { id: { type: 'integer' }, name: { type: 'string' }, isDemo: { type: 'boolean' }, subsector: { type: 'string' }, staffClass: { type: 'string' }, province: { type: 'string' } },
    },
    assessment: {
      type: ['object', 'null'],
      properties: { id: { type: 'integer' }, kind: { type: 'string', enum: ['quick', 'full'] }, submittedAt: { type: 'string', format: 'date-time' }, year: { type: 'integer' } },
    },
    modelVersion: int,
    rules,
    group: peerGroup,
    broader: { type: 'array', items: peerGroup },
  },
} as const;

const sectorCell = {
  type: 'object',
  properties: {
    code: { type: ['string', 'null'] }, label: { type: 'string' }, ...withheld, n: int,
    dimensions: {
      type: 'array',
      items: {
        type: 'object',
        properties: { code: { type: 'string' }, name: { type: 'string' }, n: { type: 'integer' }, q1: num, median: num, q3: num, distribution: { type: 'array', items: { type: 'integer' } } },
      },
    },
  },
} as const;

export const sectorSchema = {
  type: 'object',
  properties: {
    year: int,
    years: { type: 'array', items: { type: 'integer' } },
    by: { type: 'string', enum: ['subsector', 'province'] },
    includesDemo: { type: 'boolean' },
    rules,
    total: { anyOf: [sectorCell, { type: 'null' }] },
    cells: { type: 'array', items: sectorCell },
    trend: {
      type: 'array',
      items: { type: 'object', properties: { year: { type: 'integer' }, shown: { type: 'boolean' }, n: int, medians: { type: 'object', additionalProperties: num } } },
    },
  },
} as const;

export const feedResultSchema = {
  type: 'object',
  properties: { year: { type: 'integer' }, kpis: { type: 'array', items: { type: 'string' } }, written: { type: 'integer' }, removed: { type: 'integer' } },
} as const;
