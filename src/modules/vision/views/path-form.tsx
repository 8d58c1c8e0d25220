import type { Catalog } from '../../../catalog/catalog.js';
import type { FieldError } from '../../../plugins/errors.js';
import type { ViewContext } from '../../../web/context.js';
import { TextField } from '../../../web/forms.js';
import { h, Html } from '../../../web/jsx.js';
import { HORIZONS } from '../constants.js';
import { list, val, type Form } from '../form-mapping.js';
import { Checkboxes, FormShell } from './form-parts.js';
import { BilingualField, bilingualLabels } from '../../../web/bilingual-field.js';

export function PathFormPage({ ctx, catalog, form, errors, mode, stale, code }: {
  ctx: ViewContext; catalog: Catalog; form: Form; errors: FieldError[]; mode: 'create' | 'edit'; stale?: { currentVersion: number } | undefined; code?: string;
}): Html {
  const { t, lang } = ctx;
  const title = mode === 'create' ? t('vision.pathForm.newTitle') : t('vision.pathForm.editTitle');
  const back = mode === 'create' ? '/paths' : `/paths/${code}`;
  const labels: Record<string, string> = {
    code: t('vision.form.code'), position: t('vision.pathForm.position'), pillars: t('vision.paths.pillars'), challenges: t('vision.paths.challenges'),
    ...bilingualLabels(t, 'title', t('vision.form.titleField')), ...bilingualLabels(t, 'summary', t('vision.pathForm.summary')),
    ...Object.assign({}, ...HORIZONS.map((y) => bilingualLabels(t, `horizons_${y}`, t('vision.paths.horizon', { year: y })))),
  };
  return (
    <FormShell ctx={ctx} title={title} crumbs={[[t('nav.vision'), '/vision'], [t('vision.paths.title'), '/paths']]} action={mode === 'create' ? '/paths' : `/paths/${code}/edit`}
      cancel={back} draft={mode === 'create' ? 'vision-path-new' : `vision-path-${code}`} form={form} errors={errors} labels={labels} stale={stale} current={back}>
      {mode === 'create' ? <TextField t={t} name="code" label={t('vision.form.code')} value={val(form, 'code')} errors={errors} required hint={t('vision.pathForm.codeHint')} /> : null}
      <BilingualField t={t} name="title" label={t('vision.form.titleField')} form={form} errors={errors} required />
      <BilingualField t={t} name="summary" label={t('vision.pathForm.summary')} form={form} errors={errors} area rows={4} />
      {HORIZONS.map((y) => (
        <fieldset>
          <legend>{t('vision.paths.horizon', { year: y })}</legend>
          <BilingualField t={t} name={`horizons_${y}`} label={t('vision.pathForm.goal', { year: y })} form={form} errors={errors} required area rows={3} />
        </fieldset>
      ))}
      <Checkboxes t={t} name="pillars" legend={t('vision.paths.pillars')} options={catalog.pillars.map((p) => [String(p.number), `${p.number}. ${p.name[lang]}`])} checked={list(form, 'pillars')} errors={errors} />
      <Checkboxes t={t} name="challenges" legend={t('vision.paths.challenges')} options={catalog.challenges.map((c) => [String(c.number), `${c.number}. ${c.title[lang]}`])} checked={list(form, 'challenges')} errors={errors} />
      <TextField t={t} name="position" label={t('vision.pathForm.position')} value={val(form, 'position')} errors={errors} inputmode="numeric" hint={t('vision.pathForm.positionHint')} />
    </FormShell>
  );
}
