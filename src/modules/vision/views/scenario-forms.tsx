import type { FieldError } from '../../../plugins/errors.js';
import type { ViewContext } from '../../../web/context.js';
import { TextField } from '../../../web/forms.js';
import { h, Html } from '../../../web/jsx.js';
import { QUADRANTS } from '../constants.js';
import { val, type Form } from '../form-mapping.js';
import { FormShell } from './form-parts.js';
import { BilingualField, bilingualLabels } from '../../../web/bilingual-field.js';

const crumbs = (t: (k: string) => string): Array<[string, string]> => [[t('nav.vision'), '/vision'], [t('vision.scenarios.title'), '/scenarios']];

/** A scenario set: the focal question, the two axes with their poles and (new sets only) the four scenarios. */
export function ScenarioSetFormPage({ ctx, form, errors, mode, stale, code }: {
  ctx: ViewContext; form: Form; errors: FieldError[]; mode: 'create' | 'edit'; stale?: { currentVersion: number } | undefined; code?: string;
}): Html {
  const { t } = ctx;
  const title = mode === 'create' ? t('vision.setForm.newTitle') : t('vision.setForm.editTitle');
  const back = mode === 'create' ? '/scenarios' : `/scenarios#${code}`;
  const labels: Record<string, string> = {
    code: t('vision.form.code'), horizonYear: t('vision.setForm.horizonYear'), scenarios: t('vision.setForm.scenarios'),
    ...bilingualLabels(t, 'title', t('vision.form.titleField')), ...bilingualLabels(t, 'question', t('vision.scenarios.question')),
  };
  for (const a of [1, 2]) {
    for (const part of ['name', 'low', 'high']) Object.assign(labels, bilingualLabels(t, `axis${a}_${part}`, t(`vision.setForm.axis.${part}`, { n: a })));
  }
  QUADRANTS.forEach((_, i) => Object.assign(labels, { [`scenarios_${i}_code`]: t('vision.setForm.scenarioCode', { n: i + 1 }) }, bilingualLabels(t, `scenarios_${i}_title`, t('vision.setForm.scenarioTitle', { n: i + 1 }))));
  return (
    <FormShell ctx={ctx} title={title} crumbs={crumbs(t)} action={mode === 'create' ? '/scenarios/sets' : `/scenarios/sets/${code}/edit`} cancel={back}
      draft={mode === 'create' ? 'vision-set-new' : `vision-set-${code}`} form={form} errors={errors} labels={labels} stale={stale} current={back} lead={t('vision.setForm.lead')}>
      {mode === 'create' ? <TextField t={t} name="code" label={t('vision.form.code')} value={val(form, 'code')} errors={errors} required hint={t('vision.form.codeHint')} /> : null}
      <BilingualField t={t} name="title" label={t('vision.form.titleField')} form={form} errors={errors} required />
      <BilingualField t={t} name="question" label={t('vision.scenarios.question')} form={form} errors={errors} area rows={2} />
      <TextField t={t} name="horizonYear" label={t('vision.setForm.horizonYear')} value={val(form, 'horizonYear')} errors={errors} required inputmode="numeric" />
      {[1, 2].map((a) => (
        <fieldset>
          <legend>{t('vision.setForm.axis', { n: a })}</legend>
          {['name', 'low', 'high'].map((part) => <BilingualField t={t} name={`axis${a}_${part}`} label={t(`vision.setForm.axis.${part}`, { n: a })} form={form} errors={errors} required />)}
        </fieldset>
      ))}
      {mode === 'create' ? QUADRANTS.map(([p1, p2], i) => (
        <fieldset>
          <legend>{t('vision.setForm.quadrant', { n: i + 1, pole1: t(`vision.setForm.pole.${p1}`), pole2: t(`vision.setForm.pole.${p2}`) })}</legend>
          <TextField t={t} name={`scenarios_${i}_code`} label={t('vision.setForm.scenarioCode', { n: i + 1 })} value={val(form, `scenarios_${i}_code`)} errors={errors} required />
          <BilingualField t={t} name={`scenarios_${i}_title`} label={t('vision.setForm.scenarioTitle', { n: i + 1 })} form={form} errors={errors} required />
        </fieldset>
      )) : null}
    </FormShell>
  );
}

/** One scenario's story, the signals to watch and its implications for paths and action lines. */
export function ScenarioFormPage({ ctx, form, errors, stale, code }: {
  ctx: ViewContext; form: Form; errors: FieldError[]; stale?: { currentVersion: number } | undefined; code: string;
}): Html {
  const { t } = ctx;
  const labels = {
    ...bilingualLabels(t, 'title', t('vision.form.titleField')), ...bilingualLabels(t, 'narrative', t('vision.scenarios.narrative')),
    ...bilingualLabels(t, 'watch', t('vision.scenarios.watch')), ...bilingualLabels(t, 'implications', t('vision.scenarios.implications')),
  };
  return (
    <FormShell ctx={ctx} title={t('vision.scenarioForm.title')} crumbs={crumbs(t)} action={`/scenarios/${code}/edit`} cancel={`/scenarios/${code}`}
      draft={`vision-scenario-${code}`} form={form} errors={errors} labels={labels} stale={stale} current={`/scenarios/${code}`}>
      <BilingualField t={t} name="title" label={t('vision.form.titleField')} form={form} errors={errors} required />
      <BilingualField t={t} name="narrative" label={t('vision.scenarios.narrative')} form={form} errors={errors} area rows={6} hint={t('vision.form.textHint')} />
      <BilingualField t={t} name="watch" label={t('vision.scenarios.watch')} form={form} errors={errors} area rows={4} />
      <BilingualField t={t} name="implications" label={t('vision.scenarios.implications')} form={form} errors={errors} area rows={4} />
    </FormShell>
  );
}
