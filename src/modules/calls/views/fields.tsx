import type { FieldError } from '../../../plugins/errors.js';
import type { Lang, Translate } from '../../../plugins/i18n.js';
import { errorFor, fieldMessage } from '../../../web/forms.js';
import { h, Html } from '../../../web/jsx.js';
import { answerText } from '../answers.js';
import type { FormAnswers, FormField } from '../form-fields.js';
import { formatDay, formatEuro, formatFigure } from '../../../i18n/formats.js';

const label = (f: FormField, lang: Lang) => (lang === 'en' ? f.label_en : f.label_nl);
const help = (f: FormField, lang: Lang) => (lang === 'en' ? f.help_en : f.help_nl);
const section = (f: FormField, lang: Lang) => (lang === 'en' ? f.section_en : f.section_nl);
const optionLabel = (o: { label_nl: string; label_en: string }, lang: Lang) => (lang === 'en' ? o.label_en : o.label_nl);

/** Page input names: `<prefix>_<key>` (a_ for the application form, x_ for the annex). */
export const inputName = (prefix: string, key: string) => `${prefix}_${key}`;

/**
 * One answer as an input, by field type. Choices are radio groups and checkbox groups in a
 * fieldset with a legend; every input has a label, its help and its error linked to it.
 * `disabled` renders a preview.
 */
export function AnswerInput({ t, lang, field, value, errors, prefix, disabled }: {
  t: Translate; lang: Lang; field: FormField; value: FormAnswers[string] | undefined; errors: FieldError[]; prefix: string; disabled?: boolean;
}): Html {
  const name = inputName(prefix, field.key);
  const id = `f-${name}`;
  const error = errorFor(errors, name);
  const hint = help(field, lang);
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  const required = field.required ? <span class="required"> ({t('form.required')})</span> : null;
  const hintEl = hint ? <p class="hint" id={`${id}-hint`}>{hint}</p> : null;
  const errorEl = error ? <p class="error-text" id={`${id}-error`}>{fieldMessage(t, error)}</p> : null;
  const text = typeof value === 'string' || typeof value === 'number' ? String(value) : Array.isArray(value) ? '' : answerText(value);

  if (field.type === 'choice' || field.type === 'multi_choice' || field.type === 'boolean') {
    const options: Array<[string, string]> = field.type === 'boolean'
      ? [['true', t('calls.yes')], ['false', t('calls.no')]]
      : (field.options ?? []).map((o) => [o.value, optionLabel(o, lang)]);
    const chosen = Array.isArray(value) ? value : value === undefined || value === null ? [] : [String(value)];
    const type = field.type === 'multi_choice' ? 'checkbox' : 'radio';
    return (
      <fieldset id={id} class={error ? 'field field-error' : 'field'} aria-describedby={described}>
        <legend>{label(field, lang)}{required}</legend>
        {hintEl}{errorEl}
        {options.map(([v, l]) => (
          <div class="checkbox-row">
            <input type={type} id={`${id}-${v}`} name={name} value={v} checked={chosen.includes(v)} disabled={disabled} />
            <label for={`${id}-${v}`}>{l}</label>
          </div>
        ))}
      </fieldset>
    );
  }
  const common = {
    id, name, disabled, 'aria-invalid': error ? 'true' : undefined, 'aria-describedby': described,
  };
  return (
    <div class={error ? 'field field-error' : 'field'}>
      <label for={id}>{label(field, lang)}{required}</label>
      {hintEl}{errorEl}
      {field.type === 'textarea'
        ? <textarea {...common} rows={6} maxlength={field.max_length}>{text}</textarea>
        : <input {...common} value={text}
            type={field.type === 'url' ? 'url' : field.type === 'date' ? 'date' : 'text'}
            inputmode={field.type === 'number' || field.type === 'money' ? 'decimal' : undefined}
            maxlength={field.type === 'text' ? field.max_length : undefined} />}
    </div>
  );
}

/** All fields of a form version, under their section headings (at the given heading level). */
export function AnswerInputs({ t, lang, fields, answers, errors, prefix, disabled, level = 3 }: {
  t: Translate; lang: Lang; fields: readonly FormField[]; answers: FormAnswers; errors: FieldError[]; prefix: string; disabled?: boolean; level?: 3 | 4;
}): Html {
  let current: string | undefined;
  const out: Html[] = [];
  for (const f of fields) {
    const s = section(f, lang);
    if (s && s !== current) {
      out.push(level === 3 ? <h3>{s}</h3> : <h4>{s}</h4>);
      current = s;
    }
    out.push(<AnswerInput t={t} lang={lang} field={f} value={answers[f.key]} errors={errors} prefix={prefix} disabled={disabled} />);
  }
  return new Html(out.map((x) => x.value).join(''));
}

/** An answer as text for reading: option labels, yes/no, or the text itself. */
export function answerDisplay(t: Translate, lang: Lang, field: FormField, value: FormAnswers[string] | undefined): string {
  if (value === undefined || value === null || value === '' || (Array.isArray(value) && !value.length)) return t('calls.notAnswered');
  if (field.type === 'boolean') return value === true ? t('calls.yes') : value === false ? t('calls.no') : String(value);
  if (field.type === 'choice' || field.type === 'multi_choice') {
    const values = Array.isArray(value) ? value : [String(value)];
    return values.map((v) => { const o = field.options?.find((x) => x.value === v); return o ? optionLabel(o, lang) : v; }).join(', ');
  }
  if (field.type === 'money' && typeof value === 'number') return formatEuro(lang, value);
  if (field.type === 'number' && typeof value === 'number') return formatFigure(lang, value);
  if (field.type === 'date' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDay(lang, value);
  return String(value);
}

export { label as fieldLabel, section as fieldSection };
