import type { FieldError } from '../../plugins/errors.js';
import { validateSchema } from '../../web/validate.js';
import { LEVELS, type MaturityModel, type ModelDimension, type ModelQuestion } from './model.js';
import {
  LIMITS, dimensionBody, questionBody, updateLevelsBody, updateNoteBody,
  type DimensionInput, type QuestionInput, type UpdateLevelsInput, type UpdateNoteInput,
} from './schemas.js';

/**
 * A form is what the browser posts back, flat. Each form becomes the same input the JSON API
 * takes and is checked against the same schema, so a page and the API never disagree.
 */
export type Form = Record<string, string>;
export type Parsed<T> = { ok: true; input: T } | { ok: false; errors: FieldError[] };

/** Reads every text field of a posted body (the first value of a repeated one). */
export function readForm(body: unknown): Form {
  const b = (body ?? {}) as Record<string, unknown>;
  const form: Form = {};
  for (const [k, v] of Object.entries(b)) {
    if (k === '_csrf') continue;
    if (typeof v === 'string') form[k] = v;
    else if (Array.isArray(v) && typeof v[0] === 'string') form[k] = v[0];
  }
  return form;
}

export const val = (form: Form, name: string) => form[name] ?? '';
const trimmed = (form: Form, name: string) => val(form, name).trim();
const rowVersion = (form: Form) => Number(val(form, 'rowVersion')) || 0;
const pair = (form: Form, name: string) => ({ nl: trimmed(form, `${name}_nl`), en: trimmed(form, `${name}_en`) });

/** API field names (name.nl, levels.2.name.nl, meanings.0.text.en) onto the form's flat names. */
export function flatErrors(errors: FieldError[]): FieldError[] {
  return errors.map((e) => {
    let field = e.field.replace(/^body\./, '');
    field = field.replace(/^levels\.(\d)\.(name|description)\.(nl|en)$/, (_m, i: string, f: string, l: string) => `${f}_${l}_${i}`);
    field = field.replace(/^meanings\.(\d)\.text\.(nl|en)$/, (_m, i: string, l: string) => `meaning_${l}_${Number(i) + 1}`);
    field = field.replace(/^(name|description|text|help|note)\.(nl|en)$/, '$1_$2');
    return { ...e, field };
  });
}

function check<T>(schema: object, candidate: unknown, extra: FieldError[] = []): Parsed<T> {
  const errors = [...extra, ...flatErrors(validateSchema(schema, candidate))];
  return errors.length ? { ok: false, errors } : { ok: true, input: candidate as T };
}

// --- note -------------------------------------------------------------------------------------
export const noteForm = (note: { nl: string; en: string }, rv: number): Form => ({ note_nl: note.nl, note_en: note.en, rowVersion: String(rv) });
export const noteInput = (form: Form): Parsed<UpdateNoteInput> => check(updateNoteBody, { rowVersion: rowVersion(form), note: pair(form, 'note') });

// --- levels -----------------------------------------------------------------------------------
export function levelsForm(model: MaturityModel, rv: number): Form {
  const form: Form = { rowVersion: String(rv) };
  for (const level of LEVELS) {
    const l = model.levels.find((x) => x.level === level);
    form[`name_nl_${level}`] = l?.name.nl ?? ''; form[`name_en_${level}`] = l?.name.en ?? '';
    form[`description_nl_${level}`] = l?.description.nl ?? ''; form[`description_en_${level}`] = l?.description.en ?? '';
  }
  return form;
}
export function levelsInput(form: Form): Parsed<UpdateLevelsInput> {
  return check(updateLevelsBody, {
    rowVersion: rowVersion(form),
    levels: LEVELS.map((level) => ({
      level,
      name: { nl: trimmed(form, `name_nl_${level}`), en: trimmed(form, `name_en_${level}`) },
      description: { nl: trimmed(form, `description_nl_${level}`), en: trimmed(form, `description_en_${level}`) },
    })),
  });
}

// --- dimensions -------------------------------------------------------------------------------
/** Empty step slots offered below the existing steps of each level. */
export const SPARE_STEPS = 2;

export function dimensionForm(d: ModelDimension | null, rv: number): Form {
  const form: Form = {
    rowVersion: String(rv), code: d?.code ?? '', name_nl: d?.name.nl ?? '', name_en: d?.name.en ?? '',
    description_nl: d?.description.nl ?? '', description_en: d?.description.en ?? '',
  };
  for (const level of [1, 2, 3, 4, 5]) {
    form[`meaning_nl_${level}`] = d?.meanings[level]?.nl ?? '';
    form[`meaning_en_${level}`] = d?.meanings[level]?.en ?? '';
    const steps = d?.steps[level] ?? [];
    steps.forEach((s, i) => { form[`step_nl_${level}_${i + 1}`] = s.text.nl; form[`step_en_${level}_${i + 1}`] = s.text.en; });
    form[`slots_${level}`] = String(steps.length + SPARE_STEPS);
  }
  return form;
}

export const stepSlots = (form: Form, level: number) => Math.min(Math.max(Number(val(form, `slots_${level}`)) || SPARE_STEPS, 1), 20);

export function dimensionInput(form: Form): Parsed<DimensionInput> {
  const errors: FieldError[] = [];
  const steps: Array<{ level: number; text: { nl: string; en: string } }> = [];
  for (const level of [1, 2, 3, 4, 5]) {
    for (let i = 1; i <= stepSlots(form, level); i++) {
      const nl = trimmed(form, `step_nl_${level}_${i}`);
      const en = trimmed(form, `step_en_${level}_${i}`);
      if (!nl && !en) continue;
      if (!nl || !en) errors.push({ field: `step_${nl ? 'en' : 'nl'}_${level}_${i}`, message: 'fill in the step in both languages, or empty both to remove it', code: 'maturityStepPair' });
      else if (nl.length > LIMITS.text || en.length > LIMITS.text) errors.push({ field: `step_nl_${level}_${i}`, message: 'is too long', code: 'maxLength' });
      else steps.push({ level, text: { nl, en } });
    }
  }
  return check(dimensionBody, {
    rowVersion: rowVersion(form), code: trimmed(form, 'code'), name: pair(form, 'name'), description: pair(form, 'description'),
    meanings: [1, 2, 3, 4, 5].map((level) => ({ level, text: { nl: trimmed(form, `meaning_nl_${level}`), en: trimmed(form, `meaning_en_${level}`) } })),
    steps: errors.length ? [] : steps,
  }, errors);
}

// --- questions --------------------------------------------------------------------------------
export function questionForm(q: ModelQuestion | null, dimension: string, rv: number): Form {
  return {
    rowVersion: String(rv), code: q?.code ?? '', dimension: q?.dimension ?? dimension,
    text_nl: q?.text.nl ?? '', text_en: q?.text.en ?? '', help_nl: q?.help.nl ?? '', help_en: q?.help.en ?? '',
    quickScan: q?.quickScan ? 'yes' : '', criticalFrom: q?.criticalFrom ? String(q.criticalFrom) : '', allowsNotApplicable: q?.allowsNotApplicable ? 'yes' : '',
  };
}

export function questionInput(form: Form): Parsed<QuestionInput> {
  const critical = trimmed(form, 'criticalFrom');
  return check(questionBody, {
    rowVersion: rowVersion(form), code: trimmed(form, 'code'), dimension: trimmed(form, 'dimension'),
    text: pair(form, 'text'), help: pair(form, 'help'),
    quickScan: val(form, 'quickScan') === 'yes', allowsNotApplicable: val(form, 'allowsNotApplicable') === 'yes',
    criticalFrom: critical === '' ? null : /^\d$/.test(critical) ? Number(critical) : critical,
  });
}
