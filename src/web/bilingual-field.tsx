import type { FieldError } from '../plugins/errors.js';
import type { Lang, Translate } from '../plugins/i18n.js';
import { val, type Form } from './form-data.js';
import { TextArea, TextField } from './forms.js';
import { h, Html } from './jsx.js';

/** A field's label with the language its text is in: "Titel (Nederlands)". */
export const inLanguage = (t: Translate, label: string, lang: Lang) => `${label} (${t(`form.lang.${lang}`)})`;

/** What the error summary calls a bilingual field: the pair by its name, and each language's field. */
export function bilingualLabels(t: Translate, name: string, label: string): Record<string, string> {
  return { [name]: label, [`${name}_nl`]: inLanguage(t, label, 'nl'), [`${name}_en`]: inLanguage(t, label, 'en') };
}

/**
 * One text in Dutch and in English (fields `<name>_nl` and `<name>_en`), one above the other: the
 * platform's content exists in both languages. Each field carries its `lang`, so that a screen
 * reader reads it in its language and a spelling checker checks it in its language; a hint is
 * given once, with the Dutch field that comes first.
 */
export function BilingualField({ t, name, label, form, errors, required, area, rows, hint }: {
  t: Translate; name: string; label: string; form: Form; errors: FieldError[]; required?: boolean; area?: boolean; rows?: number; hint?: string;
}): Html {
  const field = (lang: Lang) => {
    const props = {
      t, name: `${name}_${lang}`, label: inLanguage(t, label, lang), value: val(form, `${name}_${lang}`), errors, lang, required: required ?? false,
      ...(hint && lang === 'nl' ? { hint } : {}),
    };
    return area ? <TextArea {...props} rows={rows} /> : <TextField {...props} />;
  };
  return <div>{field('nl')}{field('en')}</div>;
}
