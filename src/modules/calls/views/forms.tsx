import type { FieldError } from '../../../plugins/errors.js';
import type { ViewContext } from '../../../web/context.js';
import { DemoBadge } from '../../../web/components.js';
import { val, type Form } from '../../../web/form-data.js';
import { Csrf, ErrorSummary, Select, TextArea, TextField } from '../../../web/forms.js';
import { BilingualField, bilingualLabels } from '../../../web/bilingual-field.js';
import { h, Html } from '../../../web/jsx.js';
import { Layout } from '../../../web/layout.js';
import type { FormField } from '../form-fields.js';
import type { FormRecord } from '../queries/forms.js';
import { AnswerInputs } from './fields.js';
import { ActionError, SavedNotice, StaleNotice, When, tr } from './parts.js';

/** Every form with its versions; the team starts new versions and forms here. */
export function FormListPage({ ctx, forms, team, notice }: { ctx: ViewContext; forms: FormRecord[]; team: boolean; notice?: string | undefined }): Html {
  const { t, lang } = ctx;
  const codes = [...new Set(forms.map((f) => f.code))];
  return (
    <Layout ctx={ctx} title={t('calls.forms.title')} crumbs={[[t('calls.title'), '/calls']]} api="/api/forms">
      <h1>{t('calls.forms.title')}</h1>
      <p class="lead">{t('calls.forms.lead')}</p>
      <SavedNotice t={t} notice={notice} />
      {team ? <p><a class="button" href="/forms/new">{t('calls.forms.new')}</a></p> : null}
      {codes.map((code) => {
        const versions = forms.filter((f) => f.code === code);
        const latest = versions[0]!;
        return (
          <section aria-labelledby={`form-${code}`}>
            <h2 id={`form-${code}`}>{tr(latest.title, lang)} <DemoBadge t={t} isDemo={latest.isDemo} /></h2>
            <p class="muted">{t(`calls.forms.kind.${latest.kind}`)} · <code>{code}</code></p>
            <ul>
              {versions.map((f) => (
                <li><a href={`/forms/${f.id}`}>{t('calls.forms.versionN', { n: f.version })}</a>: {f.publishedAt ? <span>{t('calls.forms.publishedOn')} <When lang={lang} at={f.publishedAt} /></span> : <strong>{t('calls.forms.draft')}</strong>}</li>
              ))}
            </ul>
          </section>
        );
      })}
    </Layout>
  );
}

/** A form version: its state, the team's actions, and a preview of the form as applicants see it. */
export function FormDetailPage({ ctx, form, latest, team, notice, actionError }: {
  ctx: ViewContext; form: FormRecord; latest: boolean; team: boolean; notice?: string | undefined; actionError?: string | undefined;
}): Html {
  const { t, lang } = ctx;
  const title = `${tr(form.title, lang)} (${t('calls.forms.versionN', { n: form.version })})`;
  return (
    <Layout ctx={ctx} title={title} crumbs={[[t('calls.title'), '/calls'], [t('calls.forms.title'), '/forms']]} api={`/api/forms/${form.id}`}>
      <h1>{title} <DemoBadge t={t} isDemo={form.isDemo} /></h1>
      <SavedNotice t={t} notice={notice} draftKey={`form-${form.id}`} />
      <ActionError message={actionError} />
      <p>{form.publishedAt ? <span>{t('calls.forms.publishedOn')} <When lang={lang} at={form.publishedAt} />. {t('calls.forms.neverChanges')}</span> : t('calls.forms.draftHint')}</p>
      {team ? (
        <div class="actions">
          {!form.publishedAt ? <a class="button" href={`/forms/${form.id}/edit`}>{t('calls.forms.edit')}</a> : null}
          {!form.publishedAt ? (
            <form method="post" action={`/forms/${form.id}/publish`} class="inline-form"><Csrf token={ctx.csrfToken} /><button type="submit" class="button">{t('calls.forms.publish')}</button></form>
          ) : null}
          {form.publishedAt && latest ? (
            <form method="post" action={`/forms/${form.id}/versions`} class="inline-form"><Csrf token={ctx.csrfToken} /><button type="submit" class="button">{t('calls.forms.newVersion')}</button></form>
          ) : null}
        </div>
      ) : null}
      <section aria-labelledby="preview-title">
        <h2 id="preview-title">{t('calls.forms.preview')}</h2>
        <p class="hint">{t('calls.forms.previewHint')}</p>
        <div class="card"><AnswerInputs t={t} lang={lang} fields={form.fields} answers={{}} errors={[]} prefix="preview" disabled /></div>
      </section>
    </Layout>
  );
}

/** A new form or the edit of a draft version: the field list as JSON, with a preview of what it gives. */
export function FormEditPage({ ctx, mode, form, errors, preview, stale, id }: {
  ctx: ViewContext; mode: 'create' | 'edit'; form: Form; errors: FieldError[]; preview: FormField[] | null; stale?: { currentVersion: number | string } | undefined; id?: number;
}): Html {
  const { t, lang } = ctx;
  const title = mode === 'create' ? t('calls.forms.new') : t('calls.forms.edit');
  const back = mode === 'create' ? '/forms' : `/forms/${id}`;
  const labels = { code: t('calls.form.code'), kind: t('calls.forms.kindLabel'), ...bilingualLabels(t, 'title', t('calls.form.titleField')), fields: t('calls.forms.fields'), form: t('calls.forms.title'), body: t('calls.forms.title') };
  return (
    <Layout ctx={ctx} title={title} crumbs={[[t('calls.title'), '/calls'], [t('calls.forms.title'), '/forms']]} api={null}>
      <h1>{title}</h1>
      <StaleNotice t={t} stale={stale} href={back} />
      <ErrorSummary t={t} errors={errors} labels={labels} />
      <form method="post" action={mode === 'create' ? '/forms' : `/forms/${id}/edit`} novalidate id="f-form" tabindex="-1" data-draft={mode === 'create' ? 'form-new' : `form-${id}`} data-draft-version={val(form, 'revision')}>
        <Csrf token={ctx.csrfToken} />
        <input type="hidden" name="revision" value={val(form, 'revision')} />
        {mode === 'create' ? <TextField t={t} name="code" label={t('calls.form.code')} value={val(form, 'code')} errors={errors} required hint={t('calls.form.codeHint')} /> : null}
        {mode === 'create' ? <Select t={t} name="kind" label={t('calls.forms.kindLabel')} value={val(form, 'kind')} errors={errors} required
          options={[['application', t('calls.forms.kind.application')], ['conformity_annex', t('calls.forms.kind.conformity_annex')]]} /> : null}
        <BilingualField t={t} name="title" label={t('calls.form.titleField')} form={form} errors={errors} required />
        <TextArea t={t} name="fields" label={t('calls.forms.fields')} value={val(form, 'fields')} errors={errors} required rows={24} hint={t('calls.forms.fieldsHint')} />
        <div class="actions">
          <button type="submit" class="button">{t('form.save')}</button>
          <a href={back}>{t('form.cancel')}</a>
        </div>
        <p class="hint" data-draft-status aria-live="polite"></p>
      </form>
      {preview ? (
        <section aria-labelledby="preview-title">
          <h2 id="preview-title">{t('calls.forms.preview')}</h2>
          <div class="card"><AnswerInputs t={t} lang={lang} fields={preview} answers={{}} errors={[]} prefix="preview" disabled /></div>
        </section>
      ) : null}
    </Layout>
  );
}
