import type { FieldError } from '../../../plugins/errors.js';
import type { ViewContext } from '../../../web/context.js';
import { TextField } from '../../../web/forms.js';
import { h, Html } from '../../../web/jsx.js';
import { SECTIONS } from '../constants.js';
import { val, type Form } from '../form-mapping.js';
import { FormShell } from './form-parts.js';
import { BilingualField, bilingualLabels } from '../../../web/bilingual-field.js';

/** A new vision (code, title and the text of its first draft round), or the text of a draft round. */
export function VisionFormPage({ ctx, form, errors, mode, stale, code, number }: {
  ctx: ViewContext; form: Form; errors: FieldError[]; mode: 'create' | 'edit'; stale?: { currentVersion: number } | undefined; code?: string; number?: number;
}): Html {
  const { t } = ctx;
  const title = mode === 'create' ? t('vision.form.newTitle') : t('vision.form.editTitle', { n: number ?? 1 });
  const back = mode === 'create' ? '/vision' : `/vision/${code}/rounds/${number}`;
  const labels: Record<string, string> = {
    code: t('vision.form.code'), ...bilingualLabels(t, 'title', t('vision.form.titleField')), ...bilingualLabels(t, 'intro', t('vision.form.intro')),
    ...Object.assign({}, ...SECTIONS.map((s) => bilingualLabels(t, `sections_${s}`, t(`vision.section.${s}`)))),
  };
  return (
    <FormShell ctx={ctx} title={title} crumbs={[[t('nav.vision'), '/vision']]} action={mode === 'create' ? '/vision' : `${back}/edit`} cancel={back}
      draft={mode === 'create' ? 'vision-new' : `vision-round-${code}-${number}`} form={form} errors={errors} labels={labels} stale={stale} current={back}
      lead={t('vision.form.lead')}>
      {mode === 'create'
        ? <TextField t={t} name="code" label={t('vision.form.code')} value={val(form, 'code')} errors={errors} required hint={t('vision.form.codeHint')} />
        : null}
      <BilingualField t={t} name="title" label={t('vision.form.titleField')} form={form} errors={errors} required />
      <BilingualField t={t} name="intro" label={t('vision.form.intro')} form={form} errors={errors} area rows={3} />
      {SECTIONS.map((s) => (
        <fieldset>
          <legend>{t(`vision.section.${s}`)}</legend>
          <p class="hint">{t(`vision.section.${s}.hint`)}</p>
          <BilingualField t={t} name={`sections_${s}`} label={t(`vision.section.${s}`)} form={form} errors={errors} required area rows={10} hint={t('vision.form.textHint')} />
        </fieldset>
      ))}
    </FormShell>
  );
}
