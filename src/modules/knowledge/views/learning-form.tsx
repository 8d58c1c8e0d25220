import type { Catalog } from '../../../catalog/catalog.js';
import type { FieldError } from '../../../plugins/errors.js';
import type { ViewContext } from '../../../web/context.js';
import { Select, TextField } from '../../../web/forms.js';
import { h, Html } from '../../../web/jsx.js';
import { LEARNING_KINDS, LEARNING_LANGUAGES } from '../constants.js';
import { list, val, type Form } from '../form-mapping.js';
import { Checkboxes, FormShell, Radios, Toggle } from './form-parts.js';
import { BilingualField, bilingualLabels } from '../../../web/bilingual-field.js';
import { dimensionOptions, enumOptions, subsectorOptions } from './labels.js';

export function LearningFormPage({ ctx, catalog, form, errors, mode, id, stale, actors, team }: {
  ctx: ViewContext; catalog: Catalog; form: Form; errors: FieldError[]; mode: 'create' | 'edit'; id?: number;
  stale?: { currentVersion: number } | undefined; actors: Array<[string, string]>; team: boolean;
}): Html {
  const { t, lang } = ctx;
  const title = mode === 'create' ? t('knowledge.learning.new') : t('knowledge.learning.edit');
  const back = mode === 'create' ? '/learning' : `/learning/${id}`;
  const labels: Record<string, string> = {
    kind: t('knowledge.learning.kind'), provider: t('knowledge.learning.provider'), providerName: t('knowledge.learning.providerName'),
    startsOn: t('knowledge.learning.startsOn'), endsOn: t('knowledge.learning.endsOn'), place: t('knowledge.learning.place'),
    dimension: t('knowledge.dimensionLabel'), levelFrom: t('knowledge.learning.levelFrom'), levelTo: t('knowledge.learning.levelTo'),
    url: t('cases.website'), subsectors: t('knowledge.subsectors'), pillars: t('cases.pillar'), language: t('knowledge.learning.language'),
    ...bilingualLabels(t, 'title', t('knowledge.form.title')), ...bilingualLabels(t, 'summary', t('knowledge.form.summary')),
  };
  const levels: Array<[string, string]> = [0, 1, 2, 3, 4, 5].map((l) => [String(l), t('knowledge.learning.levelN', { n: l })]);
  return (
    <FormShell ctx={ctx} title={title} crumbs={[[t('knowledge.hub.title'), '/knowledge'], [t('knowledge.learning.title'), '/learning']]}
      action={mode === 'create' ? '/learning' : `/learning/${id}/edit`} cancel={back} draft={mode === 'create' ? 'learning-new' : `learning-${id}`}
      form={form} errors={errors} labels={labels} stale={stale} current={back}>
      <BilingualField t={t} name="title" label={t('knowledge.form.title')} form={form} errors={errors} required />
      <BilingualField t={t} name="summary" label={t('knowledge.form.summary')} form={form} errors={errors} area rows={4} />
      <Radios t={t} name="kind" legend={t('knowledge.learning.kind')} options={enumOptions(t, 'knowledge.kind', LEARNING_KINDS)} value={val(form, 'kind')} errors={errors} required />
      <Select t={t} name="provider" label={t('knowledge.learning.provider')} value={val(form, 'provider')} options={actors} errors={errors}
        empty={team ? t('knowledge.form.noActor') : undefined} required={!team} hint={team ? t('knowledge.form.actorHintTeam') : t('knowledge.form.actorHintEditor')} />
      <TextField t={t} name="providerName" label={t('knowledge.learning.providerName')} value={val(form, 'providerName')} errors={errors} hint={t('knowledge.learning.providerNameHint')} />
      <TextField t={t} name="startsOn" type="date" label={t('knowledge.learning.startsOn')} value={val(form, 'startsOn')} errors={errors} hint={t('knowledge.form.dateHint')} />
      <TextField t={t} name="endsOn" type="date" label={t('knowledge.learning.endsOn')} value={val(form, 'endsOn')} errors={errors} hint={t('knowledge.form.dateHint')} />
      <Toggle name="online" label={t('knowledge.learning.isOnline')} checked={val(form, 'online') === 'true'} />
      <TextField t={t} name="place" label={t('knowledge.learning.place')} value={val(form, 'place')} errors={errors} hint={t('knowledge.learning.placeHint')} />
      <Select t={t} name="language" label={t('knowledge.learning.language')} value={val(form, 'language') || 'nl'} options={enumOptions(t, 'knowledge.language', LEARNING_LANGUAGES)} errors={errors} />
      <Select t={t} name="dimension" label={t('knowledge.dimensionLabel')} value={val(form, 'dimension')} options={dimensionOptions(t)} empty={t('knowledge.form.anyDimension')} errors={errors} />
      <Select t={t} name="levelFrom" label={t('knowledge.learning.levelFrom')} value={val(form, 'levelFrom')} options={levels} empty={t('form.none')} errors={errors} />
      <Select t={t} name="levelTo" label={t('knowledge.learning.levelTo')} value={val(form, 'levelTo')} options={levels} empty={t('form.none')} errors={errors} />
      <TextField t={t} name="url" type="url" label={t('cases.website')} value={val(form, 'url')} errors={errors} hint={t('knowledge.form.urlHint')} />
      <Checkboxes t={t} name="subsectors" legend={t('knowledge.subsectors')} options={subsectorOptions(catalog, lang)} checked={list(form, 'subsectors')} errors={errors} />
      <Checkboxes t={t} name="pillars" legend={t('knowledge.pillars')} options={catalog.pillars.map((p) => [String(p.number), `${p.number}. ${p.name[lang]}`])} checked={list(form, 'pillars')} errors={errors} />
    </FormShell>
  );
}
