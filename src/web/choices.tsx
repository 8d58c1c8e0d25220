import type { FieldError } from '../plugins/errors.js';
import type { Translate } from '../plugins/i18n.js';
import { errorFor, fieldId, fieldMessage } from './forms.js';
import { h, Html } from './jsx.js';

interface ChoiceProps {
  t: Translate; name: string; legend: string; options: Array<[string, string]>; errors: FieldError[];
  hint?: string | undefined; required?: boolean | undefined;
  /** For two groups of the same name on one page (one form per item): their ids must differ. */
  idPrefix?: string | undefined;
}

/** An id token for an option's value, made as a field's id is (forms.tsx). */
const token = (value: string) => value.replace(/[^a-zA-Z0-9_-]/g, '-');

/**
 * A group of checkboxes or radio buttons: a fieldset with its legend (and "required"), a hint,
 * the error, and one label per choice. Every input is described by the hint and the error, so a
 * screen reader announces them on the choice it is on, and the error summary links to the group
 * (#f-<name>). An input's id is the group's with the option's value: #f-pillars-3.
 */
function ChoiceGroup({ t, type, name, legend, options, errors, hint, required, idPrefix, isChecked }: ChoiceProps & {
  type: 'checkbox' | 'radio'; isChecked: (value: string) => boolean;
}): Html {
  const error = errorFor(errors, name);
  // The error summary links to fieldId(name); a second group of the same name takes its own prefix.
  const id = idPrefix ? `${idPrefix}-${name}` : fieldId(name);
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset id={id} class={error ? 'field-error' : undefined}>
      <legend>{legend}{required ? <span class="required"> ({t('form.required')})</span> : null}</legend>
      {hint ? <p class="hint" id={`${id}-hint`}>{hint}</p> : null}
      {error ? <p class="error-text" id={`${id}-error`}>{fieldMessage(t, error)}</p> : null}
      {options.map(([value, label]) => (
        <div class="checkbox-row">
          <input type={type} id={`${id}-${token(value)}`} name={name} value={value} checked={isChecked(value)} aria-describedby={described} />
          <label for={`${id}-${token(value)}`}>{label}</label>
        </div>
      ))}
    </fieldset>
  );
}

/** Several of a list: checkboxes in a fieldset. */
export function Checkboxes(p: ChoiceProps & { checked: readonly string[] }): Html {
  return <ChoiceGroup {...p} type="checkbox" isChecked={(value) => p.checked.includes(value)} />;
}

/** One of a list: radio buttons in a fieldset. */
export function Radios(p: ChoiceProps & { value: string }): Html {
  return <ChoiceGroup {...p} type="radio" isChecked={(value) => p.value === value} />;
}
