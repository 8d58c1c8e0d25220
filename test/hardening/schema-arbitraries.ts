import fc from 'fast-check';
import type { JsonSchema } from './routes.js';

/**
 * fast-check arbitraries from the JSON schemas of the OpenAPI document: values a schema accepts
 * (as far as shape goes) and values it must refuse. Long strings are kept short for valid values
 * so that a case fits in memory and in the log; limits are probed by the invalid ones.
 */

const typesOf = (s: JsonSchema): string[] => {
  if (Array.isArray(s.type)) return s.type;
  if (typeof s.type === 'string') return [s.type];
  if (s.properties) return ['object'];
  if (s.items) return ['array'];
  return [];
};

const FORMATS: Record<string, fc.Arbitrary<string>> = {
  date: fc.date({ min: new Date('2000-01-01'), max: new Date('2040-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  'date-time': fc.date({ min: new Date('2000-01-01'), max: new Date('2040-12-31'), noInvalidDate: true }).map((d) => d.toISOString()),
  email: fc.constantFrom('a@example.org', 'someone.else@example.org'),
  uri: fc.constantFrom('https://example.org/', 'https://example.org/a/b?c=d'),
  url: fc.constantFrom('https://example.org/'),
  uuid: fc.uuid(),
};

function validString(s: JsonSchema): fc.Arbitrary<string> {
  const min = s.minLength ?? 0;
  const max = Math.min(s.maxLength ?? 40, Math.max(min, 40));
  if (s.format && FORMATS[s.format]) return FORMATS[s.format]!;
  if (s.pattern) {
    let re: RegExp;
    try { re = new RegExp(s.pattern); } catch { return fc.string({ minLength: min, maxLength: max }); }
    return fc.stringMatching(re).filter((v) => v.length >= min && v.length <= (s.maxLength ?? Infinity));
  }
  return fc.string({ minLength: min, maxLength: max });
}

function bounds(s: JsonSchema): { min: number; max: number } {
  const min = s.minimum ?? (s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + 1 : undefined);
  const max = s.maximum ?? (s.exclusiveMaximum !== undefined ? s.exclusiveMaximum - 1 : undefined);
  const lo = min ?? (max !== undefined ? max - 1000 : -1000);
  return { min: lo, max: max ?? lo + 2000 };
}

/** A value of the right shape: right types, within limits, enum members, required keys present. */
export function validValue(schema: JsonSchema | undefined, depth = 0): fc.Arbitrary<unknown> {
  if (!schema || depth > 6) return fc.constant(null);
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives?.length) return fc.oneof(...alternatives.map((a) => validValue(a, depth + 1)));
  if (schema.allOf?.length) return validValue(Object.assign({}, ...schema.allOf), depth + 1);
  const types = typesOf(schema);
  const nonNull = types.filter((t) => t !== 'null');
  const type = nonNull[0] ?? types[0];
  switch (type) {
    case 'string': return validString(schema);
    case 'integer': { const b = bounds(schema); return fc.integer({ min: Math.ceil(b.min), max: Math.floor(b.max) }); }
    case 'number': { const b = bounds(schema); return fc.double({ min: b.min, max: b.max, noNaN: true, noDefaultInfinity: true }); }
    case 'boolean': return fc.boolean();
    case 'null': return fc.constant(null);
    case 'array': {
      const items = validValue(schema.items, depth + 1);
      const constraints = { minLength: schema.minItems ?? 0, maxLength: Math.max(schema.minItems ?? 0, Math.min(schema.maxItems ?? 3, 3)) };
      return schema.uniqueItems ? fc.uniqueArray(items, { ...constraints, selector: (v) => JSON.stringify(v) }) : fc.array(items, constraints);
    }
    case 'object': {
      const props = schema.properties ?? {};
      const model: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [key, sub] of Object.entries(props)) model[key] = validValue(sub, depth + 1);
      const required = (schema.required ?? []).filter((k) => k in props);
      return fc.record(model, { requiredKeys: required });
    }
    default: return fc.constantFrom<unknown>('x', 1, true, null);
  }
}

const LONG = 'x'.repeat(70_000);

/** A value the schema must refuse at this level: wrong type, out of range, too long, not in the enum. */
export function invalidValue(schema: JsonSchema | undefined): fc.Arbitrary<unknown> {
  if (!schema) return fc.constantFrom<unknown>({ unexpected: true }, [1, 2], 'junk');
  const types = typesOf(schema);
  const options: fc.Arbitrary<unknown>[] = [];
  const wrongTypes: unknown[] = [];
  if (!types.includes('string') && !schema.enum) wrongTypes.push('not-a-number', '');
  if (!types.includes('number') && !types.includes('integer')) wrongTypes.push(42, -1.5);
  if (!types.includes('boolean')) wrongTypes.push(true);
  if (!types.includes('object')) wrongTypes.push({ nested: { deeper: ['x'] } });
  if (!types.includes('array')) wrongTypes.push([1, 'two', null]);
  if (!types.includes('null')) wrongTypes.push(null);
  if (wrongTypes.length) options.push(fc.constantFrom(...wrongTypes));
  if (schema.enum) options.push(fc.constantFrom('not-a-valid-option', `${String(schema.enum[0])} `, String(schema.enum[0]).toUpperCase()));
  if (types.includes('string')) {
    if (schema.maxLength !== undefined) options.push(fc.constant('é'.repeat(schema.maxLength + 1)));
    else options.push(fc.constant(LONG));
    if (schema.minLength) options.push(fc.constant(''));
    if (schema.pattern) options.push(fc.constantFrom(' bad value! ', '../../etc', '<script>', '\u0000'));
    if (schema.format) options.push(fc.constantFrom('not-a-date', '2024-02-30', '9999-99-99T99:99', 'no at sign'));
  }
  if (types.includes('integer') || types.includes('number')) {
    const extremes: number[] = [1e308, -1e308, 2 ** 53, 2 ** 31, -(2 ** 31) - 1];
    if (schema.minimum !== undefined) extremes.push(schema.minimum - 1);
    if (schema.maximum !== undefined) extremes.push(schema.maximum + 1);
    if (types.includes('integer') && !types.includes('number')) extremes.push(1.5);
    options.push(fc.constantFrom(...extremes));
  }
  if (types.includes('array')) {
    const tooMany = (schema.maxItems ?? 500) + 1;
    options.push(fc.constant(Array.from({ length: tooMany }, () => 1)));
    if (schema.minItems) options.push(fc.constant([]));
  }
  if (types.includes('object')) options.push(fc.constantFrom<unknown>([], 'object expected', {}));
  return options.length ? fc.oneof(...options) : fc.constant({ unexpected: true });
}

/**
 * A value that is wrong in one place: the whole value, or one property or item deep inside an
 * otherwise well-formed value, or a required property left out, or a property nobody declared.
 */
export function malformedValue(schema: JsonSchema | undefined, depth = 0): fc.Arbitrary<unknown> {
  const options: Array<fc.WeightedArbitrary<unknown>> = [{ arbitrary: invalidValue(schema), weight: 1 }];
  if (schema && depth < 4) {
    const props = Object.keys(schema.properties ?? {});
    const required = (schema.required ?? []).filter((k) => props.includes(k));
    if (props.length) {
      options.push({
        weight: 3,
        arbitrary: fc.constantFrom(...props).chain((key) => fc.tuple(validValue(schema, depth), malformedValue(schema.properties![key], depth + 1))
          .map(([value, bad]) => ({ ...(value as object), [key]: bad }))),
      });
    }
    if (required.length) {
      options.push({
        weight: 1,
        arbitrary: fc.tuple(validValue(schema, depth), fc.constantFrom(...required)).map(([value, key]) => {
          const copy = { ...(value as Record<string, unknown>) };
          delete copy[key];
          return copy;
        }),
      });
    }
    if (props.length && schema.additionalProperties === false) {
      options.push({ weight: 1, arbitrary: validValue(schema, depth).map((value) => ({ ...(value as object), undeclaredField: 'x' })) });
    }
    if (schema.items) {
      options.push({
        weight: 1,
        arbitrary: fc.tuple(validValue(schema, depth), malformedValue(schema.items, depth + 1)).map(([value, bad]) => [...(value as unknown[]), bad]),
      });
    }
  }
  return fc.oneof(...options);
}

/** Path parameter values that no route should take for a record. */
export const junkParam: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('0', '-1', '1.5', '1e3', '99999999999999999999', '2147483648', 'abc', 'null', 'true', 'x'.repeat(300),
    '..', ' ', "1' or '1'='1", '%00', 'é', '١٢٣').map(encodeURIComponent),
  // Broken percent-encoding, sent raw.
  fc.constantFrom('%E0%A4%A', '%', '%zz', '%00'),
  fc.string({ maxLength: 12 }).filter((s) => s.length > 0).map(encodeURIComponent),
);
