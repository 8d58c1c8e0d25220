import { describe, expect, it } from 'vitest';
import { answersFromForm, compactAnswers, validateAnswers } from './answers.js';
import { CONFORMITY_ANNEX_FIELDS } from './conformity-annex.js';
import { validateFieldDefinitions } from './field-definitions.js';
import type { FormField } from './form-fields.js';
import { flattenConformity } from './commands/submit.js';

const fields: FormField[] = [
  { key: 'title', type: 'text', required: true, label_nl: 'Titel', label_en: 'Title', max_length: 10 },
  { key: 'budget', type: 'money', required: true, label_nl: 'Budget', label_en: 'Budget', min: 0, max: 1000 },
  { key: 'months', type: 'number', required: false, label_nl: 'Maanden', label_en: 'Months', min: 1, max: 36 },
  { key: 'site', type: 'url', required: false, label_nl: 'Site', label_en: 'Site' },
  { key: 'start', type: 'date', required: false, label_nl: 'Start', label_en: 'Start' },
  { key: 'open', type: 'boolean', required: true, label_nl: 'Open', label_en: 'Open' },
  { key: 'licence', type: 'choice', required: true, label_nl: 'Licentie', label_en: 'Licence', options: [{ value: 'cc0', label_nl: 'CC0', label_en: 'CC0' }, { value: 'cc_by', label_nl: 'CC BY', label_en: 'CC BY' }] },
  { key: 'models', type: 'multi_choice', required: true, label_nl: 'Modellen', label_en: 'Models', options: [{ value: 'a', label_nl: 'A', label_en: 'A' }, { value: 'b', label_nl: 'B', label_en: 'B' }] },
];
const fieldsOf = (errors: Array<{ field: string }>) => errors.map((e) => e.field).sort();

describe('validateAnswers', () => {
  it('accepts complete, well-typed answers', () => {
    expect(validateAnswers(fields, { title: 'Proef', budget: 999.5, months: 12, site: 'https://x.be', start: '2027-02-28', open: false, licence: 'cc0', models: ['a', 'b'] }, { forSubmit: true })).toEqual([]);
  });

  it('asks for required answers only at submission; a draft may be incomplete', () => {
    expect(validateAnswers(fields, { title: 'Proef' }, { forSubmit: false })).toEqual([]);
    const errors = validateAnswers(fields, { title: 'Proef', models: [] }, { forSubmit: true, prefix: 'answers' });
    expect(fieldsOf(errors)).toEqual(['answers.budget', 'answers.licence', 'answers.models', 'answers.open']);
    expect(errors.every((e) => e.code === 'required')).toBe(true);
  });

  it('names every field with a wrong type, option, limit or format, in drafts too', () => {
    const errors = validateAnswers(fields, {
      title: 'Veel te lange titel', budget: 1000.001, months: 40, site: 'javascript:alert(1)', start: '2027-13-01', open: 'ja', licence: 'gpl', models: ['a', 'c'], extra: 'x',
    }, { forSubmit: false });
    expect(fieldsOf(errors)).toEqual(['budget', 'extra', 'licence', 'models', 'months', 'open', 'site', 'start', 'title']);
    expect(errors.find((e) => e.field === 'title')!.code).toBe('maxLength');
    expect(errors.find((e) => e.field === 'licence')!.code).toBe('enum');
    expect(errors.find((e) => e.field === 'extra')!.code).toBe('callsUnknownField');
    expect(validateAnswers(fields, { budget: -1 }, { forSubmit: false })[0]).toMatchObject({ field: 'budget', code: 'minimum' });
    expect(validateAnswers(fields, { models: ['a', 'a'] }, { forSubmit: false })[0]).toMatchObject({ field: 'models', code: 'uniqueItems' });
  });

  it('reads a posted page form into typed answers; unparseable numbers stay text so the check names them', () => {
    const answers = answersFromForm(fields, { a_title: ' Proef ', a_budget: '1 250,50', a_months: 'twaalf', a_open: 'true', a_models: ['a'], a_licence: '' }, 'a');
    expect(answers).toEqual({ title: ' Proef ', budget: 1250.5, months: 'twaalf', open: true, models: ['a'] });
    expect(fieldsOf(validateAnswers(fields, answers, { forSubmit: false }))).toEqual(['budget', 'months']);
    expect(compactAnswers({ title: ' Proef ', site: '', models: [] })).toEqual({ title: 'Proef' });
  });
});

describe('field definitions', () => {
  it('accepts the standard conformity annex', () => {
    expect(validateFieldDefinitions(CONFORMITY_ANNEX_FIELDS)).toEqual([]);
  });

  it('names the field of a bad definition', () => {
    expect(fieldsOf(validateFieldDefinitions([{ key: 'Bad Key', type: 'text', label_nl: 'x', label_en: 'x', required: true }]))).toEqual(['fields.0.key']);
    const rules = validateFieldDefinitions([
      { key: 'a', type: 'choice', label_nl: 'x', label_en: 'x', required: true },
      { key: 'a', type: 'text', label_nl: 'x', label_en: 'x', required: true, options: [{ value: 'x', label_nl: 'x', label_en: 'x' }] },
      { key: 'n', type: 'number', label_nl: 'x', label_en: 'x', required: true, min: 5, max: 1 },
    ]);
    expect(fieldsOf(rules)).toEqual(['fields.0.options', 'fields.1.key', 'fields.1.options', 'fields.2.max']);
    expect(fieldsOf(validateFieldDefinitions([]))).toEqual(['fields']);
  });
});

describe('conformity flattening', () => {
  it('gives one row per chosen value, yes/no included, free text left out', () => {
    const rows = flattenConformity(CONFORMITY_ANNEX_FIELDS, {
      oslo_models: ['organisatie', 'besluit'], licence: 'cc0', open_access: true, explanation: 'tekst', aggregation: ['meemoo'],
    });
    expect(rows).toEqual([
      { field_key: 'oslo_models', value: 'organisatie' }, { field_key: 'oslo_models', value: 'besluit' },
      { field_key: 'aggregation', value: 'meemoo' }, { field_key: 'licence', value: 'cc0' }, { field_key: 'open_access', value: 'true' },
    ]);
  });
});
