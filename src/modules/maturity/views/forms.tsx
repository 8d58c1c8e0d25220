import type { FieldError } from '../../../plugins/errors.js';
import type { ViewContext } from '../../../web/context.js';
import { Select, TextArea, TextField, errorFor, fieldMessage } from '../../../web/forms.js';
import { h, type Children, Html } from '../../../web/jsx.js';
import { stepSlots, val, type Form } from '../form-mapping.js';
import { LEVELS, type ModelLevel } from '../model.js';
import { StaleNotice } from './parts.js';
import { DraftFormPage } from '../../../web/draft-form.js';
import { BilingualField, bilingualLabels, inLanguage } from '../../../web/bilingual-field.js';

export interface FormState { form: Form; errors: FieldError[]; stale: { currentRowVersion: number } | undefined }

/**
 * The frame every form of the module shares: crumbs, conflict notice, error summary, CSRF, row
 * version, and the input kept locally until saved (drafts.js; not for file uploads, whose value
 * a script cannot restore).
 */
export function FormShell({ ctx, version, title, action, cancel, draftKey, state, labels, submit, enctype, children }: {
  ctx: ViewContext; version: number; title: string; action: string; cancel: string; draftKey: string | undefined; state: FormState;
  labels: Record<string, string>; submit?: string; enctype?: string; children?: Children;
}): Html {
  const { t } = ctx;
  return (
    <DraftFormPage ctx={ctx} title={title} action={action} cancel={cancel} draft={draftKey} submit={submit} enctype={enctype}
      crumbs={[[t('maturity.landing.title'), '/maturity'], [t('maturity.versions.title'), '/maturity/models'], [t('maturity.versionN', { version }), cancel]]}
      version={{ name: 'rowVersion', value: val(state.form, 'rowVersion') }} errors={state.errors} labels={{ form: t('maturity.form.general'), ...labels }}
      notices={<StaleNotice t={t} stale={state.stale} href={`/maturity/models/${version}`} />}>
      {children}
    </DraftFormPage>
  );
}

// --- note -------------------------------------------------------------------------------------
export function NoteFormPage({ ctx, version, state }: { ctx: ViewContext; version: number; state: FormState }) {
  const { t } = ctx;
  const labels = bilingualLabels(ctx.t, 'note', t('maturity.form.note'));
  return (
    <FormShell ctx={ctx} version={version} title={t('maturity.edit.noteTitle', { version })} action={`/maturity/models/${version}/note`}
      cancel={`/maturity/models/${version}`} draftKey={`maturity:${version}:note`} state={state} labels={labels}>
      <p>{t('maturity.form.noteHint')}</p>
      <BilingualField t={ctx.t} form={state.form} errors={state.errors} name="note" label={t('maturity.form.note')} area rows={4} />
    </FormShell>
  );
}

// --- levels -----------------------------------------------------------------------------------
export function LevelsFormPage({ ctx, version, state }: { ctx: ViewContext; version: number; state: FormState }) {
  const { t } = ctx;
  const labels: Record<string, string> = {};
  for (const level of LEVELS) {
    Object.assign(labels, bilingualLabels(ctx.t, `name_${level}`, t('maturity.form.levelName', { level })));
    for (const l of ['nl', 'en'] as const) {
      labels[`name_${l}_${level}`] = inLanguage(t, t('maturity.form.levelName', { level }), l);
      labels[`description_${l}_${level}`] = inLanguage(t, t('maturity.form.levelDescription', { level }), l);
    }
  }
  labels.levels = t('maturity.model.levelsTitle');
  return (
    <FormShell ctx={ctx} version={version} title={t('maturity.edit.levelsTitle', { version })} action={`/maturity/models/${version}/levels`}
      cancel={`/maturity/models/${version}#levels`} draftKey={`maturity:${version}:levels`} state={state} labels={labels}>
      <p>{t('maturity.form.levelsHint')}</p>
      {LEVELS.map((level) => (
        <fieldset>
          <legend>{t('maturity.form.levelLegend', { level })}</legend>
          {(['nl', 'en'] as const).map((l) => <TextField t={t} name={`name_${l}_${level}`} label={labels[`name_${l}_${level}`]!} value={val(state.form, `name_${l}_${level}`)} errors={state.errors} lang={l} required />)}
          {(['nl', 'en'] as const).map((l) => <TextArea t={t} name={`description_${l}_${level}`} label={labels[`description_${l}_${level}`]!} value={val(state.form, `description_${l}_${level}`)} errors={state.errors} lang={l} required rows={3} />)}
        </fieldset>
      ))}
    </FormShell>
  );
}

// --- dimensions -------------------------------------------------------------------------------
export function DimensionFormPage({ ctx, version, state, mode, code, levels }: {
  ctx: ViewContext; version: number; state: FormState; mode: 'create' | 'edit'; code?: string; levels: ModelLevel[];
}) {
  const { t, lang } = ctx;
  const levelName = (n: number) => levels.find((l) => l.level === n)?.name[lang] ?? '';
  const labels: Record<string, string> = {
    code: t('maturity.form.code'),
    ...bilingualLabels(ctx.t, 'name', t('maturity.form.name')),
    ...bilingualLabels(ctx.t, 'description', t('maturity.form.description')),
    steps: t('maturity.model.stepsTitle'), meanings: t('maturity.model.meaningHere'),
  };
  for (const n of [1, 2, 3, 4, 5]) {
    for (const l of ['nl', 'en'] as const) {
      labels[`meaning_${l}_${n}`] = inLanguage(t, t('maturity.form.meaning', { level: n }), l);
      for (let i = 1; i <= stepSlots(state.form, n); i++) labels[`step_${l}_${n}_${i}`] = inLanguage(t, t('maturity.form.step', { level: n, n: i }), l);
    }
  }
  const action = mode === 'create' ? `/maturity/models/${version}/dimensions` : `/maturity/models/${version}/dimensions/${code}`;
  const title = mode === 'create' ? t('maturity.edit.newDimensionTitle', { version }) : t('maturity.edit.dimensionTitle', { name: val(state.form, `name_${lang}`) || code || '' });
  return (
    <FormShell ctx={ctx} version={version} title={title} action={action} cancel={`/maturity/models/${version}${code ? `#dim-${code}` : ''}`}
      draftKey={`maturity:${version}:dimension:${code ?? 'new'}`} state={state} labels={labels}>
      <TextField t={t} name="code" label={labels.code!} value={val(state.form, 'code')} errors={state.errors} required
        hint={mode === 'create' ? t('maturity.form.dimensionCodeHint') : t('maturity.form.dimensionRenameHint')} />
      <BilingualField t={ctx.t} form={state.form} errors={state.errors} name="name" label={t('maturity.form.name')} required />
      <BilingualField t={ctx.t} form={state.form} errors={state.errors} name="description" label={t('maturity.form.description')} area rows={3} />
      <p class="hint">{t('maturity.form.levelsOfDimensionHint')}</p>
      {[1, 2, 3, 4, 5].map((n) => (
        <fieldset>
          <legend>{t('maturity.form.levelLegendName', { level: n, name: levelName(n) })}</legend>
          <input type="hidden" name={`slots_${n}`} value={String(stepSlots(state.form, n))} />
          {(['nl', 'en'] as const).map((l) => <TextArea t={t} name={`meaning_${l}_${n}`} label={labels[`meaning_${l}_${n}`]!} value={val(state.form, `meaning_${l}_${n}`)} errors={state.errors} lang={l} rows={2} />)}
          <p class="hint">{t('maturity.form.stepsHint')}</p>
          {Array.from({ length: stepSlots(state.form, n) }, (_x, k) => k + 1).map((i) => (
            <div>{(['nl', 'en'] as const).map((l) => <TextField t={t} name={`step_${l}_${n}_${i}`} label={labels[`step_${l}_${n}_${i}`]!} value={val(state.form, `step_${l}_${n}_${i}`)} errors={state.errors} lang={l} />)}</div>
          ))}
        </fieldset>
      ))}
    </FormShell>
  );
}

// --- questions --------------------------------------------------------------------------------
export function QuestionFormPage({ ctx, version, state, mode, code, dimensions, levels }: {
  ctx: ViewContext; version: number; state: FormState; mode: 'create' | 'edit'; code?: string;
  dimensions: Array<{ code: string; name: { nl: string; en: string } }>; levels: ModelLevel[];
}) {
  const { t, lang } = ctx;
  const labels: Record<string, string> = {
    code: t('maturity.form.code'), dimension: t('maturity.form.dimension'),
    ...bilingualLabels(ctx.t, 'text', t('maturity.form.questionText')), ...bilingualLabels(ctx.t, 'help', t('maturity.form.help')),
    quickScan: t('maturity.form.quickScan'), criticalFrom: t('maturity.form.criticalFrom'), allowsNotApplicable: t('maturity.form.allowsNotApplicable'),
  };
  const action = mode === 'create' ? `/maturity/models/${version}/questions` : `/maturity/models/${version}/questions/${code}`;
  const title = mode === 'create' ? t('maturity.edit.newQuestionTitle', { version }) : t('maturity.edit.questionTitle', { code: code ?? '' });
  const checkbox = (name: string, hint: string) => {
    const error = errorFor(state.errors, name);
    return (
      <div class={error ? 'field field-error' : 'field'}>
        {error ? <p class="error-text" id={`f-${name}-error`}>{fieldMessage(t, error)}</p> : null}
        <div class="checkbox-row">
          <input type="checkbox" id={`f-${name}`} name={name} value="yes" checked={val(state.form, name) === 'yes'} aria-describedby={`f-${name}-hint`} />
          <label for={`f-${name}`}>{labels[name]}</label>
        </div>
        <p class="hint" id={`f-${name}-hint`}>{hint}</p>
      </div>
    );
  };
  return (
    <FormShell ctx={ctx} version={version} title={title} action={action} cancel={`/maturity/models/${version}${code ? `#q-${code}` : ''}`}
      draftKey={`maturity:${version}:question:${code ?? 'new'}`} state={state} labels={labels}>
      <TextField t={t} name="code" label={labels.code!} value={val(state.form, 'code')} errors={state.errors} required hint={t('maturity.form.questionCodeHint')} />
      <Select t={t} name="dimension" label={labels.dimension!} value={val(state.form, 'dimension')} errors={state.errors} required
        options={dimensions.map((d) => [d.code, d.name[lang] || d.code])} hint={mode === 'edit' ? t('maturity.form.moveHint') : undefined} />
      <BilingualField t={ctx.t} form={state.form} errors={state.errors} name="text" label={t('maturity.form.questionText')} area rows={3} required hint={t('maturity.form.questionTextHint')} />
      <BilingualField t={ctx.t} form={state.form} errors={state.errors} name="help" label={t('maturity.form.help')} area rows={4} hint={t('maturity.form.helpHint')} />
      {checkbox('quickScan', t('maturity.form.quickScanHint'))}
      <Select t={t} name="criticalFrom" label={labels.criticalFrom!} value={val(state.form, 'criticalFrom')} errors={state.errors} empty={t('maturity.form.notCritical')}
        options={[1, 2, 3, 4, 5].map((n) => [String(n), `${n}. ${levels.find((l) => l.level === n)?.name[lang] ?? ''}`])} hint={t('maturity.form.criticalHint')} />
      {checkbox('allowsNotApplicable', t('maturity.form.naHint'))}
    </FormShell>
  );
}
