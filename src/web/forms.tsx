import type { FieldError } from '../plugins/errors.js';
import type { Translate } from '../plugins/i18n.js';
import { h, type Children, Html } from './jsx.js';

/** A field error in the reader's language: `validation.<keyword>`, else the server's message. */
export function fieldMessage(t: Translate, error: FieldError): string {
  const key = `validation.${error.code ?? ''}`;
  const text = t(key);
  return text === key ? error.message : text;
}

/** A field's id from its name: what the error summary links to. */
export const fieldId = (name: string) => `f-${name.replace(/[^a-zA-Z0-9_-]/g, '-')}`;

export function errorFor(errors: FieldError[] | undefined, name: string): FieldError | undefined {
  return errors?.find((e) => e.field === name || e.field === `body.${name}` || e.field.startsWith(`body.${name}.`) || e.field.startsWith(`${name}.`));
}

/** The error summary at the top of a form: focusable, announced, each error links to its field. */
export function ErrorSummary({ t, errors, labels }: { t: Translate; errors: FieldError[]; labels: Record<string, string> }): Html {
  if (!errors.length) return new Html('');
  return (
    <div class="notice notice-error error-summary" role="alert" tabindex="-1" id="error-summary">
      <h2>{t(errors.length === 1 ? 'form.errorsTitleOne' : 'form.errorsTitle', { count: errors.length })}</h2>
      <ul>
        {errors.map((e) => {
          const name = e.field.replace(/^body\./, '').split('.')[0] ?? e.field;
          return <li><a href={`#${fieldId(name)}`}>{labels[name] ?? name}</a>: {fieldMessage(t, e)}</li>;
        })}
      </ul>
    </div>
  );
}

export function Csrf({ token }: { token: string }): Html {
  return <input type="hidden" name="_csrf" value={token} />;
}

interface FieldProps {
  t: Translate; name: string; label: string; value?: string | number | null; errors?: FieldError[] | undefined;
  hint?: string; required?: boolean; type?: string; autocomplete?: string; lang?: string; inputmode?: string;
}

function describedBy(name: string, hint?: string, error?: FieldError) {
  return [hint ? `${fieldId(name)}-hint` : '', error ? `${fieldId(name)}-error` : ''].filter(Boolean).join(' ') || undefined;
}

function FieldWrap({ t, name, label, hint, error, required, children }: { t: Translate; name: string; label: string; hint?: string | undefined; error?: FieldError | undefined; required?: boolean | undefined; children?: Children }): Html {
  return (
    <div class={error ? 'field field-error' : 'field'}>
      <label for={fieldId(name)}>{label}{required ? <span class="required"> ({t('form.required')})</span> : null}</label>
      {hint ? <p class="hint" id={`${fieldId(name)}-hint`}>{hint}</p> : null}
      {error ? <p class="error-text" id={`${fieldId(name)}-error`}>{fieldMessage(t, error)}</p> : null}
      {children}
    </div>
  );
}

export function TextField(p: FieldProps): Html {
  const error = errorFor(p.errors, p.name);
  return (
    <FieldWrap t={p.t} name={p.name} label={p.label} hint={p.hint} error={error} required={p.required}>
      <input id={fieldId(p.name)} name={p.name} type={p.type ?? 'text'} value={p.value ?? ''} required={p.required}
        autocomplete={p.autocomplete} lang={p.lang} inputmode={p.inputmode}
        aria-invalid={error ? 'true' : undefined} aria-describedby={describedBy(p.name, p.hint, error)} />
    </FieldWrap>
  );
}

export function TextArea(p: FieldProps & { rows?: number }): Html {
  const error = errorFor(p.errors, p.name);
  return (
    <FieldWrap t={p.t} name={p.name} label={p.label} hint={p.hint} error={error} required={p.required}>
      <textarea id={fieldId(p.name)} name={p.name} rows={p.rows ?? 4} required={p.required} lang={p.lang}
        aria-invalid={error ? 'true' : undefined} aria-describedby={describedBy(p.name, p.hint, error)}>{p.value ?? ''}</textarea>
    </FieldWrap>
  );
}

export function Select(p: FieldProps & { options: Array<[string, string]>; empty?: string }): Html {
  const error = errorFor(p.errors, p.name);
  return (
    <FieldWrap t={p.t} name={p.name} label={p.label} hint={p.hint} error={error} required={p.required}>
      <select id={fieldId(p.name)} name={p.name} required={p.required}
        aria-invalid={error ? 'true' : undefined} aria-describedby={describedBy(p.name, p.hint, error)}>
        {p.empty !== undefined ? <option value="">{p.empty}</option> : null}
        {p.options.map(([value, label]) => <option value={value} selected={String(p.value ?? '') === value}>{label}</option>)}
      </select>
    </FieldWrap>
  );
}
