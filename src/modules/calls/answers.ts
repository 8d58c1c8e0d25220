import type { FieldError } from '../../plugins/errors.js';
import type { FormAnswers, FormField } from './form-fields.js';

/** Limits every form shares; a field may set a lower max_length. */
export const ANSWER_LIMITS = { text: 500, textarea: 10000, url: 2000, money: 1e12, choices: 50 } as const;

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const URL_PATTERN = /^https?:\/\/[^\s/$.?#][^\s]*$/i;
const NUL = /\u0000/;

const isEmpty = (v: unknown) => v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);

export interface ValidateOptions {
  /** At submission every required field must be answered; a draft may be incomplete. */
  forSubmit: boolean;
  /** Prefix of the field names in the errors ('answers' gives 'answers.title'). */
  prefix?: string;
}

/**
 * Checks answers against a form version: type, options, limits, and (at submission only)
 * required fields. Every error names its field; keys the form does not have are errors too,
 * so that a client sending answers for another version learns it.
 */
export function validateAnswers(fields: readonly FormField[], answers: FormAnswers, options: ValidateOptions): FieldError[] {
  const name = (key: string) => (options.prefix ? `${options.prefix}.${key}` : key);
  const errors: FieldError[] = [];
  const known = new Set(fields.map((f) => f.key));
  for (const key of Object.keys(answers)) {
    if (!known.has(key)) errors.push({ field: name(key), message: 'is not a field of this form', code: 'callsUnknownField' });
  }
  for (const field of fields) {
    const value = answers[field.key];
    const fail = (message: string, code: string) => errors.push({ field: name(field.key), message, code });
    if (isEmpty(value)) {
      if (options.forSubmit && field.required) fail('must be answered', 'required');
      continue;
    }
    switch (field.type) {
      case 'text': case 'textarea': case 'url': case 'date': {
        if (typeof value !== 'string') { fail('must be text', 'type'); break; }
        if (NUL.test(value)) { fail('contains a character that is not allowed', 'pattern'); break; }
        const max = field.max_length ?? (field.type === 'textarea' ? ANSWER_LIMITS.textarea : field.type === 'url' ? ANSWER_LIMITS.url : ANSWER_LIMITS.text);
        if (value.length > max) fail(`must be at most ${max} characters`, 'maxLength');
        else if (field.type === 'url' && !URL_PATTERN.test(value)) fail('must be a web address starting with http:// or https://', 'format');
        else if (field.type === 'date' && (!DATE.test(value) || Number.isNaN(Date.parse(value)))) fail('must be a date (YYYY-MM-DD)', 'format');
        break;
      }
      case 'number': case 'money': {
        if (typeof value !== 'number' || !Number.isFinite(value)) { fail('must be a number', 'type'); break; }
        if (field.type === 'money' && Math.round(value * 100) !== value * 100) fail('must have at most two decimals', 'format');
        else if (field.min !== undefined && value < field.min) fail(`must be at least ${field.min}`, 'minimum');
        else if (field.max !== undefined && value > field.max) fail(`must be at most ${field.max}`, 'maximum');
        else if (field.type === 'money' && (value < 0 || value > ANSWER_LIMITS.money)) fail('must be an amount between 0 and 1,000,000,000,000', 'minimum');
        break;
      }
      case 'boolean':
        if (typeof value !== 'boolean') fail('must be yes or no', 'type');
        break;
      case 'choice':
        if (typeof value !== 'string') fail('must be one of the options', 'type');
        else if (!field.options?.some((o) => o.value === value)) fail('is not one of the options', 'enum');
        break;
      case 'multi_choice': {
        if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) { fail('must be a list of options', 'type'); break; }
        if (value.some((v) => !field.options?.some((o) => o.value === v))) fail('contains a value that is not one of the options', 'enum');
        else if (new Set(value).size !== value.length) fail('names an option twice', 'uniqueItems');
        break;
      }
    }
  }
  return errors;
}

/** Answers without empty values, so a stored draft only holds what was answered. */
export function compactAnswers(answers: FormAnswers): FormAnswers {
  const out: FormAnswers = {};
  for (const [k, v] of Object.entries(answers)) if (!isEmpty(v)) out[k] = typeof v === 'string' ? v.trim() : v;
  return out;
}

/**
 * Answers from a posted page form (every value a string, checkbox groups as lists), typed for
 * validateAnswers: a number that does not parse stays text so the check names the field.
 * Page inputs are named `<prefix>_<key>`.
 */
export function answersFromForm(fields: readonly FormField[], body: Record<string, unknown>, prefix: string): FormAnswers {
  const out: FormAnswers = {};
  for (const field of fields) {
    const raw = body[`${prefix}_${field.key}`];
    if (field.type === 'multi_choice') {
      const values = Array.isArray(raw) ? raw.filter((x): x is string => typeof x === 'string') : typeof raw === 'string' && raw ? [raw] : [];
      if (values.length) out[field.key] = values;
      continue;
    }
    const text = typeof raw === 'string' ? raw : Array.isArray(raw) && typeof raw[0] === 'string' ? raw[0] : '';
    if (text.trim() === '') continue;
    if (field.type === 'number' || field.type === 'money') {
      const normalised = text.trim().replace(/\s/g, '').replace(',', '.');
      out[field.key] = /^-?\d+(\.\d+)?$/.test(normalised) ? Number(normalised) : text;
    } else if (field.type === 'boolean') {
      out[field.key] = text === 'true' ? true : text === 'false' ? false : text;
    } else out[field.key] = text;
  }
  return out;
}

/** The posted value of one answer, as a page input shows it again. */
export function answerText(value: FormAnswers[string] | undefined): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.join(', ');
  return String(value);
}
