import type { FieldError } from '../../../plugins/errors.js';
import type { Translate } from '../../../plugins/i18n.js';
import type { ViewContext } from '../../../web/context.js';
import { val, type Form } from '../../../web/form-data.js';
import { Csrf, ErrorSummary, Select, TextField, errorFor, fieldMessage } from '../../../web/forms.js';
import { BilingualField, bilingualLabels } from '../../../web/bilingual-field.js';
import { h, Html } from '../../../web/jsx.js';
import { Layout } from '../../../web/layout.js';
import { MAX_ROWS } from '../call-form-mapping.js';
import { ACTOR_ROLES, STEP_KINDS } from '../constants.js';
import { StaleNotice } from './parts.js';

export interface CallFormOptions {
  instruments: Array<{ code: string; name: string }>;
  applicationForms: Array<{ id: number; name: string }>;
  annexForms: Array<{ id: number; name: string }>;
}

/** A small input in a table cell: labelled for screen readers, its error below it. */
function Cell({ t, name, label, form, errors, type, options }: { t: Translate; name: string; label: string; form: Form; errors: FieldError[]; type?: string; options?: Array<[string, string]> }): Html {
  const error = errorFor(errors, name);
  const id = `f-${name}`;
  return (
    <td class={error ? 'field-error' : undefined}>
      <label for={id} class="visually-hidden">{label}</label>
      {options
        ? <select id={id} name={name} aria-invalid={error ? 'true' : undefined} aria-describedby={error ? `${id}-error` : undefined}>
            {options.map(([v, l]) => <option value={v} selected={val(form, name) === v}>{l}</option>)}
          </select>
        : type === 'checkbox'
          ? <input type="checkbox" id={id} name={name} value="true" checked={val(form, name) === 'true'} />
          : <input type="text" id={id} name={name} value={val(form, name)} aria-invalid={error ? 'true' : undefined} aria-describedby={error ? `${id}-error` : undefined}
              inputmode={type === 'number' ? 'decimal' : undefined} size={type === 'number' ? 6 : 16} />}
      {error ? <p class="error-text" id={`${id}-error`}>{fieldMessage(t, error)}</p> : null}
    </td>
  );
}

function rowCount(form: Form, prefix: string): number {
  let last = -1;
  for (let i = 0; i < MAX_ROWS; i++) if (val(form, `${prefix}${i}_code`)) last = i;
  return Math.min(MAX_ROWS, last + 3);
}

function RowsTable({ t, caption, prefix, columns, form, errors, hint }: {
  t: Translate; caption: string; prefix: string; form: Form; errors: FieldError[]; hint: string;
  columns: Array<{ field: string; label: string; type?: string; options?: Array<[string, string]> }>;
}): Html {
  const rows = Array.from({ length: rowCount(form, prefix) }, (_, i) => i);
  return (
    <fieldset id={`f-${prefix}0_code-group`}>
      <legend>{caption}</legend>
      <p class="hint">{hint}</p>
      <div class="table-scroll">
        <table class="data-table">
          <thead><tr><th scope="col">#</th>{columns.map((c) => <th scope="col">{c.label}</th>)}</tr></thead>
          <tbody>
            {rows.map((i) => (
              <tr>
                <th scope="row">{String(i + 1)}</th>
                {columns.map((c) => <Cell t={t} name={`${prefix}${i}_${c.field}`} label={`${c.label} (${caption} ${i + 1})`} form={form} errors={errors} type={c.type} options={c.options} />)}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </fieldset>
  );
}

/** Create or edit a call; criteria, annexes and workflow steps are rows of data. */
export function CallFormPage({ ctx, mode, code, form, errors, options, stale }: {
  ctx: ViewContext; mode: 'create' | 'edit'; code?: string; form: Form; errors: FieldError[]; options: CallFormOptions; stale?: { currentVersion: number | string } | undefined;
}): Html {
  const { t } = ctx;
  const title = mode === 'create' ? t('calls.form.newTitle') : t('calls.form.editTitle');
  const back = mode === 'create' ? '/calls' : `/calls/${code}`;
  const labels: Record<string, string> = {
    code: t('calls.form.code'), instrument: t('calls.instrument'), ...bilingualLabels(t, 'title', t('calls.form.titleField')), ...bilingualLabels(t, 'summary', t('calls.form.summary')), ...bilingualLabels(t, 'eligibility', t('calls.eligibility')),
    budgetEur: t('calls.budget'), maxGrantEur: t('calls.maxGrant'), opensAt: t('calls.opens'), closesAt: t('calls.closes'),
    applicationFormId: t('calls.form.applicationForm'), annexFormId: t('calls.form.annexForm'), minPartners: t('calls.form.minPartners'),
    form: t('calls.form.label'), body: t('calls.form.label'),
  };
  for (let i = 0; i < MAX_ROWS; i++) {
    for (const f of ['code', 'weight', 'label_nl', 'label_en', 'description_nl', 'description_en']) labels[`c${i}_${f}`] = `${t('calls.criteria')} ${i + 1}: ${t(`calls.form.col.${f}`)}`;
    for (const f of ['code', 'label_nl', 'label_en']) labels[`n${i}_${f}`] = `${t('calls.annexes')} ${i + 1}: ${t(`calls.form.col.${f}`)}`;
    for (const f of ['code', 'kind', 'actorRole', 'label_nl', 'label_en']) labels[`w${i}_${f}`] = `${t('calls.workflow')} ${i + 1}: ${t(`calls.form.col.${f}`)}`;
  }
  const text = (name: string, label: string, extra: Record<string, unknown> = {}) => <TextField t={t} name={name} label={label} value={val(form, name)} errors={errors} {...extra} />;
  return (
    <Layout ctx={ctx} title={title} crumbs={[[t('calls.title'), '/calls']]} api={null}>
      <h1>{title}</h1>
      <StaleNotice t={t} stale={stale} href={back} />
      <ErrorSummary t={t} errors={errors} labels={labels} />
      <form method="post" action={mode === 'create' ? '/calls' : `/calls/${code}/edit`} novalidate data-draft={mode === 'create' ? 'call-new' : `call-${code}`} data-draft-version={val(form, 'version')} id="f-form" tabindex="-1">
        <Csrf token={ctx.csrfToken} />
        <input type="hidden" name="version" value={val(form, 'version')} />
        {mode === 'create' ? text('code', t('calls.form.code'), { required: true, hint: t('calls.form.codeHint') }) : null}
        <Select t={t} name="instrument" label={t('calls.instrument')} value={val(form, 'instrument')} errors={errors} required empty={t('form.choose')}
          options={options.instruments.map((i) => [i.code, i.name])} />
        <BilingualField t={t} name="title" label={t('calls.form.titleField')} form={form} errors={errors} required />
        <BilingualField t={t} name="summary" label={t('calls.form.summary')} form={form} errors={errors} area />
        <BilingualField t={t} name="eligibility" label={t('calls.eligibility')} form={form} errors={errors} area />
        {text('budgetEur', t('calls.form.budgetEur'), { required: true, inputmode: 'decimal' })}
        {text('maxGrantEur', t('calls.form.maxGrantEur'), { inputmode: 'decimal' })}
        {text('opensAt', t('calls.form.opensAt'), { required: true, type: 'datetime-local', hint: t('calls.form.dateHint') })}
        {text('closesAt', t('calls.form.closesAt'), { required: true, type: 'datetime-local', hint: t('calls.form.dateHint') })}
        <Select t={t} name="applicationFormId" label={t('calls.form.applicationForm')} value={val(form, 'applicationFormId')} errors={errors} required empty={t('form.choose')}
          options={options.applicationForms.map((f) => [String(f.id), f.name])} hint={t('calls.form.formHint')} />
        <Select t={t} name="annexFormId" label={t('calls.form.annexForm')} value={val(form, 'annexFormId')} errors={errors} required empty={t('form.choose')}
          options={options.annexForms.map((f) => [String(f.id), f.name])} />
        {text('minPartners', t('calls.form.minPartners'), { inputmode: 'numeric', hint: t('calls.form.minPartnersHint') })}
        <div class="checkbox-row">
          <input type="checkbox" id="f-requiresCrossSector" name="requiresCrossSector" value="true" checked={val(form, 'requiresCrossSector') === 'true'} />
          <label for="f-requiresCrossSector">{t('calls.form.requiresCrossSector')}</label>
        </div>
        <RowsTable t={t} caption={t('calls.criteria')} prefix="c" form={form} errors={errors} hint={t('calls.form.rowsHint')} columns={[
          { field: 'code', label: t('calls.form.col.code') }, { field: 'weight', label: t('calls.form.col.weight'), type: 'number' },
          { field: 'label_nl', label: t('calls.form.col.label_nl') }, { field: 'label_en', label: t('calls.form.col.label_en') },
          { field: 'description_nl', label: t('calls.form.col.description_nl') }, { field: 'description_en', label: t('calls.form.col.description_en') },
        ]} />
        <RowsTable t={t} caption={t('calls.annexes')} prefix="n" form={form} errors={errors} hint={t('calls.form.annexesHint')} columns={[
          { field: 'code', label: t('calls.form.col.code') }, { field: 'label_nl', label: t('calls.form.col.label_nl') },
          { field: 'label_en', label: t('calls.form.col.label_en') }, { field: 'required', label: t('calls.form.col.required'), type: 'checkbox' },
        ]} />
        <RowsTable t={t} caption={t('calls.workflow')} prefix="w" form={form} errors={errors} hint={t('calls.form.workflowHint')} columns={[
          { field: 'code', label: t('calls.form.col.code') },
          { field: 'kind', label: t('calls.form.col.kind'), options: STEP_KINDS.map((k) => [k, t(`calls.stepKind.${k}`)]) },
          { field: 'actorRole', label: t('calls.form.col.actorRole'), options: ACTOR_ROLES.map((r) => [r, t(`calls.actor.${r}`)]) },
          { field: 'label_nl', label: t('calls.form.col.label_nl') }, { field: 'label_en', label: t('calls.form.col.label_en') },
        ]} />
        <div class="actions">
          <button type="submit" class="button">{t('form.save')}</button>
          <a href={back}>{t('form.cancel')}</a>
        </div>
        <p class="hint" data-draft-status aria-live="polite"></p>
      </form>
    </Layout>
  );
}
