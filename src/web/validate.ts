import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { FieldError } from '../plugins/errors.js';

// ajv-formats is CommonJS: under ESM its function sits on .default.
type FormatsPlugin = (ajv: Ajv) => Ajv;
const addFormats = ((addFormatsModule as unknown as { default?: FormatsPlugin }).default ?? addFormatsModule) as unknown as FormatsPlugin;

const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const compiled = new WeakMap<object, ValidateFunction>();

/** Validates a value against a route's JSON schema; returns named field errors (empty when valid). */
export function validateSchema(schema: object, value: unknown): FieldError[] {
  let validate = compiled.get(schema);
  if (!validate) { validate = ajv.compile(schema); compiled.set(schema, validate); }
  if (validate(value)) return [];
  return (validate.errors ?? []).map((e) => {
    const base = e.instancePath.replace(/^\//, '').replace(/\//g, '.');
    const params = e.params as Record<string, unknown>;
    const field = e.keyword === 'required' ? [base, String(params.missingProperty)].filter(Boolean).join('.')
      : e.keyword === 'additionalProperties' ? [base, String(params.additionalProperty)].filter(Boolean).join('.') : base;
    return { field: field || 'body', message: e.message ?? 'is invalid', code: e.keyword };
  }).filter((e, i, all) => all.findIndex((x) => x.field === e.field) === i);
}
