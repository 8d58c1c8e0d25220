import type { Catalog } from '../../../catalog/catalog.js';
import type { FieldError } from '../../../plugins/errors.js';
import type { ViewContext } from '../../../web/context.js';
import { Select, TextField } from '../../../web/forms.js';
import { h, Html } from '../../../web/jsx.js';
import { FUNDING_KINDS, PROGRAMMES } from '../constants.js';
import { list, val, type Form } from '../form-mapping.js';
import type { LineRef } from '../funding-queries.js';
import { Checkboxes, FormShell, Radios } from './form-parts.js';
import { BilingualField, bilingualLabels } from '../../../web/bilingual-field.js';
import { dimensionOptions, enumOptions, subsectorOptions } from './labels.js';

export function FundingFormPage({ ctx, catalog, form, errors, mode, code, stale, actors, team, lines }: {
  ctx: ViewContext; catalog: Catalog; form: Form; errors: FieldError[]; mode: 'create' | 'edit'; code?: string;
  stale?: { currentVersion: number } | undefined; actors: Array<[string, string]>; team: boolean; lines: LineRef[];
}): Html {
  const { t, lang } = ctx;
  const title = mode === 'create' ? t('knowledge.funding.new') : t('knowledge.funding.edit');
  const back = mode === 'create' ? '/funding' : `/funding/${code}`;
  const labels: Record<string, string> = {
    code: t('knowledge.form.code'), kind: t('knowledge.funding.kind'), programme: t('knowledge.funding.programme'), provider: t('knowledge.funding.provider'),
    providerName: t('knowledge.funding.providerName'), opensOn: t('knowledge.funding.opensOn'), deadlineOn: t('knowledge.funding.deadline'),
    budgetNote: t('knowledge.funding.budgetNote'), url: t('cases.website'), subsectors: t('knowledge.subsectors'), dimensions: t('knowledge.dimensions'),
    pillars: t('knowledge.pillars'), actionLines: t('knowledge.funding.actionLines'),
    ...bilingualLabels(t, 'title', t('knowledge.form.title')), ...bilingualLabels(t, 'summary', t('knowledge.form.summary')),
  };
  return (
    <FormShell ctx={ctx} title={title} crumbs={[[t('knowledge.hub.title'), '/knowledge'], [t('knowledge.funding.title'), '/funding']]}
      action={mode === 'create' ? '/funding' : `/funding/${code}/edit`} cancel={back} draft={mode === 'create' ? 'funding-new' : `funding-${code}`}
      form={form} errors={errors} labels={labels} stale={stale} current={back}>
      {mode === 'create' ? <TextField t={t} name="code" label={t('knowledge.form.code')} value={val(form, 'code')} errors={errors} required hint={t('knowledge.form.codeHint')} /> : null}
      <BilingualField t={t} name="title" label={t('knowledge.form.title')} form={form} errors={errors} required />
      <BilingualField t={t} name="summary" label={t('knowledge.form.summary')} form={form} errors={errors} area rows={4} />
      <Radios t={t} name="kind" legend={t('knowledge.funding.kind')} options={enumOptions(t, 'knowledge.fundingKind', FUNDING_KINDS)} value={val(form, 'kind')} errors={errors} required />
      <Select t={t} name="programme" label={t('knowledge.funding.programme')} value={val(form, 'programme')} options={enumOptions(t, 'knowledge.programme', PROGRAMMES)} empty={t('form.choose')} errors={errors} required />
      <Select t={t} name="provider" label={t('knowledge.funding.provider')} value={val(form, 'provider')} options={actors} errors={errors}
        empty={team ? t('knowledge.form.noActor') : undefined} required={!team} hint={team ? t('knowledge.form.actorHintTeam') : t('knowledge.form.actorHintEditor')} />
      <TextField t={t} name="providerName" label={t('knowledge.funding.providerName')} value={val(form, 'providerName')} errors={errors} hint={t('knowledge.learning.providerNameHint')} />
      <TextField t={t} name="opensOn" type="date" label={t('knowledge.funding.opensOn')} value={val(form, 'opensOn')} errors={errors} hint={t('knowledge.form.dateHint')} />
      <TextField t={t} name="deadlineOn" type="date" label={t('knowledge.funding.deadline')} value={val(form, 'deadlineOn')} errors={errors} hint={t('knowledge.form.dateHint')} />
      <TextField t={t} name="budgetNote" label={t('knowledge.funding.budgetNote')} value={val(form, 'budgetNote')} errors={errors} />
      <TextField t={t} name="url" type="url" label={t('cases.website')} value={val(form, 'url')} errors={errors} hint={t('knowledge.form.urlHint')} />
      <Checkboxes t={t} name="actionLines" legend={t('knowledge.funding.actionLines')} options={lines.map((l) => [l.code, l.title[lang]])} checked={list(form, 'actionLines')} errors={errors} />
      <Checkboxes t={t} name="dimensions" legend={t('knowledge.dimensions')} options={dimensionOptions(t)} checked={list(form, 'dimensions')} errors={errors} />
      <Checkboxes t={t} name="subsectors" legend={t('knowledge.subsectors')} options={subsectorOptions(catalog, lang)} checked={list(form, 'subsectors')} errors={errors} />
      <Checkboxes t={t} name="pillars" legend={t('knowledge.pillars')} options={catalog.pillars.map((p) => [String(p.number), `${p.number}. ${p.name[lang]}`])} checked={list(form, 'pillars')} errors={errors} />
    </FormShell>
  );
}
