/** Shared OpenAPI pieces: the problem-details schema and bilingual text. */
export const problemSchema = {
  type: 'object',
  description: 'RFC 9457 problem details',
  properties: {
    type: { type: 'string' }, title: { type: 'string' }, status: { type: 'integer' }, code: { type: 'string' },
    detail: { type: 'string' }, instance: { type: 'string' },
    errors: { type: 'array', items: { type: 'object', properties: { field: { type: 'string' }, message: { type: 'string' }, code: { type: 'string' } } } },
  },
  additionalProperties: true,
} as const;

const DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid input; every field error is named', 401: 'Not logged in', 403: 'Not allowed', 404: 'Not found',
  409: 'Conflict: duplicate or stale version',
};

export function problemResponses(...statuses: number[]) {
  return Object.fromEntries(statuses.map((s) => [s, { description: DESCRIPTIONS[s] ?? 'Error', content: { 'application/problem+json': { schema: problemSchema } } }]));
}

export const bilingual = {
  type: 'object', required: ['nl', 'en'], additionalProperties: false,
  properties: { nl: { type: 'string' }, en: { type: 'string' } },
} as const;
