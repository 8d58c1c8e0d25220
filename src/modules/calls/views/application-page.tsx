import type { FieldError } from '../../../plugins/errors.js';
import type { ViewContext } from '../../../web/context.js';
import { DemoBadge } from '../../../web/components.js';
import { Csrf, ErrorSummary, TextArea, TextField } from '../../../web/forms.js';
import { h, Html } from '../../../web/jsx.js';
import { Layout } from '../../../web/layout.js';
import type { ApplicationAccess } from '../access.js';
import { LIMITS, WITHDRAWABLE } from '../constants.js';
import type { FormAnswers } from '../form-fields.js';
import type { ApplicationView } from '../presenters.js';
import { ConsortiumSection, type PartnerSearch } from './consortium.js';
import { AnswerInputs, fieldLabel } from './fields.js';
import { ActionError, Deadline, SavedNotice, StaleNotice, tr } from './parts.js';
import { ApplicationReadOnly } from './read-only.js';

/** What the form shows: stored values, or what the user typed when a save was refused. */
export interface ShownValues {
  title: string; summary: string; version: string;
  answers: FormAnswers; annexAnswers: FormAnswers;
  pathway: ApplicationView['pathway'];
  documents: Array<{ annexCode: string; title: string; url: string }>;
}

export function storedValues(view: ApplicationView): ShownValues {
  return { title: view.title, summary: view.summary, version: String(view.version), answers: view.answers, annexAnswers: view.annexAnswers, pathway: view.pathway, documents: view.documents };
}

function labelsOf(ctx: ViewContext, view: ApplicationView): Record<string, string> {
  const { t, lang } = ctx;
  const labels: Record<string, string> = { title: t('calls.application.title'), summary: t('calls.application.summary'), partners: t('calls.consortium.title'), form: t('calls.application.form'), version: t('calls.application.form') };
  for (const f of view.form.fields) labels[`a_${f.key}`] = fieldLabel(f, lang);
  for (const f of view.annexForm.fields) labels[`x_${f.key}`] = `${t('calls.annex.title')}: ${fieldLabel(f, lang)}`;
  for (const p of view.pathway) {
    labels[`p_${p.stage}_description`] = `${t(`calls.pathway.${p.stage}`)}: ${t('calls.pathway.description')}`;
    for (let i = 0; i < LIMITS.indicators; i++) for (const k of ['name', 'target']) labels[`p_${p.stage}_i${i}_${k}`] = `${t(`calls.pathway.${p.stage}`)}: ${t('calls.pathway.indicators')}`;
  }
  for (const a of view.call.annexes) { labels[`d_${a.code}_title`] = tr(a.label, lang); labels[`d_${a.code}_url`] = tr(a.label, lang); }
  return labels;
}

function PathwayFields({ ctx, shown, errors }: { ctx: ViewContext; shown: ShownValues; errors: FieldError[] }): Html {
  const { t } = ctx;
  return (
    <section aria-labelledby="pathway-title">
      <h2 id="pathway-title">{t('calls.pathway.title')}</h2>
      <p class="hint">{t('calls.pathway.hint')}</p>
      {shown.pathway.map((p) => {
        const rows = Math.min(LIMITS.indicators, Math.max(2, p.indicators.length + 1));
        return (
          <fieldset>
            <legend>{t(`calls.pathway.${p.stage}`)}</legend>
            <p class="hint">{t(`calls.pathway.${p.stage}.hint`)}</p>
            <TextArea t={t} name={`p_${p.stage}_description`} label={t('calls.pathway.description')} value={p.description} errors={errors} required rows={3} />
            {Array.from({ length: rows }, (_, i) => (
              <div class="indicator-row">
                <TextField t={t} name={`p_${p.stage}_i${i}_name`} label={`${t('calls.pathway.indicator')} ${i + 1}`} value={p.indicators[i]?.name ?? ''} errors={errors} required={i === 0} />
                <TextField t={t} name={`p_${p.stage}_i${i}_target`} label={`${t('calls.pathway.target')} ${i + 1}`} value={p.indicators[i]?.target ?? ''} errors={errors} required={i === 0} />
              </div>
            ))}
          </fieldset>
        );
      })}
    </section>
  );
}

/** The application's own page: the editable draft for its consortium, read-only once submitted. */
export function ApplicationPage({ ctx, view, access, shown, errors, stale, notice, actionError, search, project }: {
  ctx: ViewContext; view: ApplicationView; access: ApplicationAccess; shown: ShownValues; errors: FieldError[];
  stale?: { currentVersion: number | string } | undefined; notice?: string | undefined; actionError?: string | undefined; search: PartnerSearch | null;
  /** The code of the project a grant became. */
  project?: string | null | undefined;
}): Html {
  const { t, lang } = ctx;
  const editable = view.status === 'draft' && access.edit;
  const title = view.title;
  return (
    <Layout ctx={ctx} title={title} crumbs={[[t('calls.myApplications'), '/applications'], [tr(view.call.title, lang), `/calls/${view.call.code}`]]} api={`/api/applications/${view.id}`}>
      <h1>{title} <DemoBadge t={t} isDemo={view.isDemo} /></h1>
      <p class="lead">{t(`calls.status.${view.status}`)} · <Deadline t={t} lang={lang} phase={view.call.phase} opensAt={view.call.opensAt} closesAt={view.call.closesAt} /></p>
      <SavedNotice t={t} notice={notice} draftKey={`application-${view.id}`} />
      <ActionError message={actionError} />
      <StaleNotice t={t} stale={stale} href={`/applications/${view.id}`} />
      {editable ? <ErrorSummary t={t} errors={errors} labels={labelsOf(ctx, view)} /> : null}
      {/* A save refused because the application is no longer a draft: the reason, above the read-only view. */}
      {!editable && errors.length ? <ActionError message={errors.map((e) => e.message).join(' ')} /> : null}
      {view.status !== 'draft' ? <p>{t('calls.application.readOnly')}</p> : null}
      {view.status === 'granted' || view.status === 'refused' ? (
        <ul class="actions">
          <li><a href={`/applications/${view.id}/decision`}>{t('calls.application.decision')}</a></li>
          {project ? <li><a href={`/projects/${encodeURIComponent(project)}`}>{t('calls.application.toProject', { code: project })}</a></li> : null}
        </ul>
      ) : null}
      {/* A draft's consortium is worked on here; once submitted, the read-only view below shows it. */}
      {view.status === 'draft' ? <ConsortiumSection ctx={ctx} view={view} access={access} search={search} /> : null}
      {editable ? (
        <form method="post" action={`/applications/${view.id}`} novalidate data-draft={`application-${view.id}`} data-draft-version={shown.version} id="f-form" tabindex="-1">
          <Csrf token={ctx.csrfToken} />
          <input type="hidden" name="version" value={shown.version} />
          <section aria-labelledby="project-title">
            <h2 id="project-title">{t('calls.application.project')}</h2>
            <TextField t={t} name="title" label={t('calls.application.title')} value={shown.title} errors={errors} required />
            <TextArea t={t} name="summary" label={t('calls.application.summary')} value={shown.summary} errors={errors} rows={4} />
            <AnswerInputs t={t} lang={lang} fields={view.form.fields} answers={shown.answers} errors={errors} prefix="a" />
          </section>
          <PathwayFields ctx={ctx} shown={shown} errors={errors} />
          <section aria-labelledby="annex-title">
            <h2 id="annex-title">{t('calls.annex.title')}</h2>
            <p class="hint">{t('calls.annex.hint')}</p>
            <AnswerInputs t={t} lang={lang} fields={view.annexForm.fields} answers={shown.annexAnswers} errors={errors} prefix="x" />
          </section>
          {view.call.annexes.length ? (
            <section aria-labelledby="documents-title">
              <h2 id="documents-title">{t('calls.documents.title')}</h2>
              <p class="hint">{t('calls.documents.hint')}</p>
              {view.call.annexes.map((a) => {
                const doc = shown.documents.find((d) => d.annexCode === a.code);
                return (
                  <fieldset>
                    <legend>{tr(a.label, lang)} ({t(a.required ? 'calls.annexes.required' : 'calls.annexes.optional')})</legend>
                    <TextField t={t} name={`d_${a.code}_title`} label={t('calls.documents.docTitle')} value={doc?.title ?? ''} errors={errors} required={a.required} />
                    <TextField t={t} name={`d_${a.code}_url`} label={t('calls.documents.url')} value={doc?.url ?? ''} errors={errors} required={a.required} type="url" />
                  </fieldset>
                );
              })}
            </section>
          ) : null}
          <div class="actions">
            <button type="submit" name="intent" value="save" class="button button-secondary">{t('calls.application.save')}</button>
            {access.lead ? <button type="submit" name="intent" value="submit" class="button">{t('calls.application.submit')}</button> : null}
          </div>
          <p class="hint">{access.lead ? t('calls.application.submitHint') : t('calls.application.leadSubmits')}</p>
          <p class="hint" data-draft-status aria-live="polite"></p>
        </form>
      ) : <ApplicationReadOnly t={t} lang={lang} view={view} consortium={view.status !== 'draft'} />}
      {access.lead && WITHDRAWABLE.includes(view.status) ? (
        <section aria-labelledby="withdraw-title">
          <h2 id="withdraw-title">{t('calls.application.withdrawTitle')}</h2>
          <form method="post" action={`/applications/${view.id}/withdraw`}>
            <Csrf token={ctx.csrfToken} />
            <input type="hidden" name="version" value={String(view.version)} />
            <p>{t('calls.application.withdrawHint')}</p>
            <button type="submit" class="button button-danger">{t('calls.application.withdraw')}</button>
          </form>
        </section>
      ) : null}
    </Layout>
  );
}
