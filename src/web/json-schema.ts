/**
 * Small builders for the JSON Schemas of API responses. The OpenAPI document shows them, and
 * fast-json-stringify uses them to send only these fields; `obj` lists every property as
 * required and allows no others, so an answer never carries a field the document does not name.
 */
export const obj = (properties: Record<string, unknown>, required = Object.keys(properties)) => ({ type: 'object', additionalProperties: false, required, properties }) as const;
export const nullable = (type: string) => ({ type: [type, 'null'] });
export const int = { type: 'integer' } as const;
export const num = { type: 'number' } as const;
export const str = { type: 'string' } as const;
export const bool = { type: 'boolean' } as const;
export const arr = (items: unknown) => ({ type: 'array', items });
export const enumOf = (values: readonly string[]) => ({ type: 'string', enum: values });
