import type { Catalog } from '../../../catalog/catalog.js';
import type { FieldError } from '../../../plugins/errors.js';
import type { ViewContext } from '../../../web/context.js';
import { Select, TextField } from '../../../web/forms.js';
import { h, Html } from '../../../web/jsx.js';
import { sectorName } from '../cases-labels.js';
import { CASE_SECTORS, OUTCOMES } from '../constants.js';
import { list, val, type Form } from '../form-mapping.js';
import { Checkboxes, FormShell, Radios } from './form-parts.js';
import { BilingualField, bilingualLabels } from '../../../web/bilingual-field.js';
import { dimensionOptions, enumOptions, subsectorOptions, technologyOptions } from './labels.js';

export function CaseFormPage({ ctx, catalog, form, errors, mode, code, stale, actors, team }: {
  ctx: ViewContext; catalog: Catalog; form: Form; errors: FieldError[]; mode: 'create' | 'edit'; code?: string;
  stale?: { currentVersion: number } | undefined; actors: Array<[string, string]>; team: boolean;
}): Html {
  const { t, lang } = ctx;
  const title = mode === 'create' ? t('knowledge.cases.new') : t('knowledge.cases.edit');
  const back = mode === 'create' ? '/cases' : `/cases/${code}`;
  const labels: Record<string, string> = {
    code: t('knowledge.form.code'), country: t('cases.country'), region: t('cases.region'), sector: t('cases.sector'), pillar: t('cases.pillar'),
    challenges: t('cases.challenges'), outcome: t('knowledge.outcomeLabel'), subsectors: t('knowledge.subsectors'), technologies: t('knowledge.technologies'),
    dimensions: t('knowledge.dimensions'), url: t('cases.website'), actor: t('knowledge.cases.maintainer'),
    ...bilingualLabels(t, 'title', t('knowledge.form.title')), ...bilingualLabels(t, 'summary', t('knowledge.form.summary')),
  };
  return (
    <FormShell ctx={ctx} title={title} crumbs={[[t('knowledge.hub.title'), '/knowledge'], [t('cases.title'), '/cases']]}
      action={mode === 'create' ? '/cases' : `/cases/${code}/edit`} cancel={back} draft={mode === 'create' ? 'case-new' : `case-${code}`}
      form={form} errors={errors} labels={labels} stale={stale} current={back} lead={t('knowledge.cases.formLead')}>
      {mode === 'create' ? <TextField t={t} name="code" label={t('knowledge.form.code')} value={val(form, 'code')} errors={errors} required hint={t('knowledge.form.codeHint')} /> : null}
      <BilingualField t={t} name="title" label={t('knowledge.form.title')} form={form} errors={errors} required />
      <BilingualField t={t} name="summary" label={t('knowledge.form.summary')} form={form} errors={errors} required area rows={5} />
      <Radios t={t} name="outcome" legend={t('knowledge.outcomeLabel')} options={enumOptions(t, 'knowledge.outcome', OUTCOMES)} value={val(form, 'outcome')} errors={errors} required />
      <Select t={t} name="actor" label={t('knowledge.cases.maintainer')} value={val(form, 'actor')} options={actors} errors={errors}
        empty={team ? t('knowledge.form.noActor') : undefined} required={!team} hint={team ? t('knowledge.form.actorHintTeam') : t('knowledge.form.actorHintEditor')} />
      <TextField t={t} name="country" label={t('cases.country')} value={val(form, 'country')} errors={errors} required hint={t('knowledge.cases.countryHint')} />
      <TextField t={t} name="region" label={t('cases.region')} value={val(form, 'region')} errors={errors} />
      <Select t={t} name="sector" label={t('cases.sector')} value={val(form, 'sector')} options={CASE_SECTORS.map((s) => [s, sectorName(s, lang)])} empty={t('form.choose')} errors={errors} required />
      <Radios t={t} name="pillar" legend={t('cases.pillar')} options={catalog.pillars.map((p) => [String(p.number), `${p.number}. ${p.name[lang]}`])} value={val(form, 'pillar')} errors={errors} required />
      <Checkboxes t={t} name="challenges" legend={t('cases.challenges')} options={catalog.challenges.map((c) => [String(c.number), `${c.number}. ${c.title[lang]}`])} checked={list(form, 'challenges')} errors={errors} />
      <Checkboxes t={t} name="subsectors" legend={t('knowledge.subsectors')} options={subsectorOptions(catalog, lang)} checked={list(form, 'subsectors')} errors={errors} />
      <Checkboxes t={t} name="technologies" legend={t('knowledge.technologies')} options={technologyOptions(t)} checked={list(form, 'technologies')} errors={errors} />
      <Checkboxes t={t} name="dimensions" legend={t('knowledge.dimensions')} options={dimensionOptions(t)} checked={list(form, 'dimensions')} errors={errors} />
      <TextField t={t} name="url" type="url" label={t('cases.website')} value={val(form, 'url')} errors={errors} hint={t('knowledge.form.urlHint')} />
    </FormShell>
  );
}
