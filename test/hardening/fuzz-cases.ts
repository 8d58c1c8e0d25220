import fc from 'fast-check';
import type { Outgoing } from './request.js';
import type { Operation } from './routes.js';
import { invalidValue, junkParam, malformedValue, validValue } from './schema-arbitraries.js';

/** One generated request against one operation, before the path is filled in. */
export interface FuzzCase {
  /** Per path parameter: junk to send, or null for an existing record. */
  params: Record<string, string | null>;
  query: Record<string, string>;
  body: { kind: string; payload?: unknown; contentType?: string };
}

const JUNK_JSON = ['{"a":', '[', '{"a":1}}', '"unterminated', '{\'single\':1}', '\u0000', '{"__proto__":{"x":1}}', 'NaN', '1e999'];
const NOT_OBJECTS: unknown[] = [[], [1, 2, 3], 'text', 42, true, null];

const asQueryText = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));

function bodyArbitrary(op: Operation): fc.Arbitrary<FuzzCase['body']> {
  const wrongType = fc.constantFrom(
    { kind: 'wrong content type', payload: 'hello', contentType: 'text/plain' },
    { kind: 'wrong content type', payload: '<a>1</a>', contentType: 'application/xml' },
    { kind: 'wrong content type', payload: 'a=1&b=2', contentType: 'application/x-www-form-urlencoded' },
  );
  const junk = fc.constantFrom(...JUNK_JSON).map((payload) => ({ kind: 'junk JSON', payload, contentType: 'application/json' }));
  const none = fc.constant({ kind: 'no body' });
  if (!op.body) {
    if (op.method === 'GET') return none;
    return fc.oneof({ arbitrary: none, weight: 3 }, { arbitrary: junk, weight: 1 }, { arbitrary: wrongType, weight: 1 });
  }
  if (!op.body.schema) {
    // A document upload (CSV, spreadsheet): junk in the declared type, and the wrong types.
    const declared = op.body.contentTypes[0]!;
    const text = fc.oneof(
      fc.constantFrom('', ';;;\n\n', 'a,b\n"unterminated', '\uFEFFcode;value\n1;2', 'PK\u0003\u0004garbage', 'x'.repeat(10_000)),
      fc.string({ maxLength: 200 }),
    ).map((payload) => ({ kind: 'junk document', payload, contentType: declared }));
    return fc.oneof({ arbitrary: text, weight: 4 }, { arbitrary: junk, weight: 1 }, { arbitrary: wrongType, weight: 1 }, { arbitrary: none, weight: 1 });
  }
  const schema = op.body.schema;
  return fc.oneof(
    { arbitrary: malformedValue(schema).map((payload) => ({ kind: 'malformed body', payload })), weight: 8 },
    { arbitrary: validValue(schema).map((payload) => ({ kind: 'well-formed body', payload })), weight: 2 },
    { arbitrary: fc.constantFrom(...NOT_OBJECTS).map((payload) => ({ kind: 'not an object', payload })), weight: 1 },
    { arbitrary: junk, weight: 1 },
    { arbitrary: wrongType, weight: 1 },
    { arbitrary: none, weight: 1 },
  );
}

/** Requests against one operation: junk or real path parameters, query and body. */
export function caseArbitrary(op: Operation): fc.Arbitrary<FuzzCase> {
  const pathParams = [...op.path.matchAll(/:(\w+)/g)].map((m) => m[1]!);
  const params: Record<string, fc.Arbitrary<string | null>> = {};
  for (const name of pathParams) params[name] = fc.option(junkParam, { freq: 3 });
  const query: Record<string, fc.Arbitrary<string>> = {};
  for (const p of op.parameters.filter((x) => x.in === 'query')) {
    query[p.name] = fc.oneof(validValue(p.schema).map(asQueryText), invalidValue(p.schema).map(asQueryText));
  }
  return fc.record({
    params: fc.record(params),
    query: fc.record(query, { requiredKeys: [] }),
    body: bodyArbitrary(op),
  }) as fc.Arbitrary<FuzzCase>;
}

/** Turns a case into a request, given the path with every parameter already filled in. */
export function toRequest(op: Operation, c: FuzzCase, resolved: Record<string, string>, headers: Record<string, string>): Outgoing {
  const path = op.path.replace(/:(\w+)/g, (_, name: string) => c.params[name] ?? encodeURIComponent(resolved[name] ?? '1'));
  const search = new URLSearchParams(c.query).toString();
  const req: Outgoing = { method: op.method, url: search ? `${path}?${search}` : path, headers };
  if (c.body.kind !== 'no body') {
    req.body = typeof c.body.payload === 'string' && c.body.kind !== 'malformed body' && c.body.kind !== 'well-formed body' && c.body.kind !== 'not an object'
      ? c.body.payload : JSON.stringify(c.body.payload);
    req.contentType = c.body.contentType ?? 'application/json';
  }
  return req;
}
