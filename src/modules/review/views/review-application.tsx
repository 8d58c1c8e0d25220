import type { FieldError } from '../../../plugins/errors.js';
import type { ViewContext } from '../../../web/context.js';
import { DemoBadge } from '../../../web/components.js';
import { Csrf, ErrorSummary, errorFor, fieldMessage, TextArea } from '../../../web/forms.js';
import { h, Html } from '../../../web/jsx.js';
import { Layout } from '../../../web/layout.js';
import type { ReviewDetail } from '../reads.js';
import { ApplicationView } from './application-content.js';
import { ActionError, Notice } from './parts.js';

const crumbs = (ctx: ViewContext): Array<[string, string]> => [[ctx.t('review.workspace.title'), '/review']];

/** Before anything else: title and consortium, and the declaration of a conflict of interest. */
export function DeclarePage({ ctx, app, automatic, errors, actionError }: {
  ctx: ViewContext; app: { id: number; title: string; isDemo: boolean; partners: string[] }; automatic: boolean; errors: FieldError[]; actionError?: string | undefined;
}): Html {
  const { t } = ctx;
  const error = errorFor(errors, 'conflicted');
  return (
    <Layout ctx={ctx} title={app.title} crumbs={crumbs(ctx)} api={null}>
      <h1>{app.title} <DemoBadge t={t} isDemo={app.isDemo} /></h1>
      <ActionError message={actionError} />
      <p>{t('review.declare.consortium')}: {app.partners.join(', ')}</p>
      <form method="post" action={`/review/applications/${app.id}/declaration`} novalidate>
        <ErrorSummary t={t} errors={errors} labels={{ conflicted: t('review.declare.legend') }} />
        <Csrf token={ctx.csrfToken} />
        {automatic ? <p class="notice">{t('review.declare.automatic')}</p> : null}
        <fieldset class={error ? 'field field-error' : 'field'} id="f-conflicted">
          <legend>{t('review.declare.legend')}</legend>
          <p class="hint">{t('review.declare.hint')}</p>
          {error ? <p class="error-text">{fieldMessage(t, error)}</p> : null}
          <div class="checkbox-row"><input type="radio" id="conflicted-yes" name="conflicted" value="yes" /> <label for="conflicted-yes">{t('review.declare.yes')}</label></div>
          {automatic ? null : <div class="checkbox-row"><input type="radio" id="conflicted-no" name="conflicted" value="no" /> <label for="conflicted-no">{t('review.declare.no')}</label></div>}
        </fieldset>
        <TextArea t={t} name="note" label={t('review.declare.note')} errors={errors} rows={2} />
        <button type="submit">{t('review.declare.submit')}</button>
      </form>
    </Layout>
  );
}

export interface ScoreForm { values: Record<string, { score: string; motivation: string }>; errors: FieldError[] }

/** The application and the reviewer's scores: a form while the review is open, read-only after. */
export function ReviewPage({ ctx, d, form, notice, actionError }: { ctx: ViewContext; d: ReviewDetail; form?: ScoreForm | undefined; notice?: string | undefined; actionError?: string | undefined }): Html {
  const { t, lang } = ctx;
  const errors = form?.errors ?? [];
  const stored = new Map(d.scores.map((s) => [s.criterion, s]));
  const value = (code: string) => form?.values[code] ?? { score: stored.has(code) ? String(stored.get(code)!.score) : '', motivation: stored.get(code)?.motivation ?? '' };
  const labels = Object.fromEntries(d.criteria.flatMap((c) => [[`score_${c.code}`, `${c.label[lang]}: ${t('review.score.score')}`], [`motivation_${c.code}`, `${c.label[lang]}: ${t('review.score.motivation')}`]]));
  return (
    <Layout ctx={ctx} title={d.title} crumbs={crumbs(ctx)} api={`/api/review/applications/${d.id}`}>
      <h1>{d.title} <DemoBadge t={t} isDemo={d.isDemo} /></h1>
      <Notice t={t} notice={notice} draftKey={notice === 'submitted' || notice === 'draft' ? `review-${d.id}` : undefined} />
      <ActionError message={actionError} />
      <ApplicationView t={t} lang={lang} title={d.title} isDemo={d.isDemo} requested={d.requested}
        partners={d.partners.map((p) => ({ ...p, isDemo: p.isDemo }))} content={{ summary: d.summary, answers: Object.fromEntries(d.answers.map((a) => [a.key, a.value])), annexAnswers: Object.fromEntries(d.annex.map((a) => [a.key, a.value])), fields: d.answers.map((a) => a.field), annexFields: d.annex.map((a) => a.field), pathway: d.pathway, documents: d.documents }} />
      <section aria-labelledby="scores-title">
        <h2 id="scores-title">{t('review.score.title')}</h2>
        {d.submitted ? (
          [<p>{t('review.score.submittedNote')}</p>,
            <dl class="facts">{d.criteria.map((c) => [<dt>{c.label[lang]}</dt>, <dd><strong>{stored.get(c.code)?.score ?? '—'}</strong> / 10 — {stored.get(c.code)?.motivation ?? ''}</dd>])}</dl>]
        ) : !d.reviewOpen ? <p>{t('review.score.notOpen')}</p> : (
          <form method="post" action={`/review/applications/${d.id}/scores`} novalidate data-draft={`review-${d.id}`}>
            <ErrorSummary t={t} errors={errors} labels={labels} />
            <Csrf token={ctx.csrfToken} />
            <p class="hint">{t('review.score.hint')}</p>
            {d.criteria.map((c) => {
              const v = value(c.code);
              const scoreError = errorFor(errors, `score_${c.code}`);
              return (
                <fieldset class="field">
                  <legend>{c.label[lang]} <span class="muted">({t('review.score.weight', { weight: c.weight })})</span></legend>
                  <div class={scoreError ? 'field field-error' : 'field'}>
                    <label for={`f-score_${c.code}`}>{t('review.score.score')}</label>
                    {scoreError ? <p class="error-text" id={`f-score_${c.code}-error`}>{fieldMessage(t, scoreError)}</p> : null}
                    <input type="number" id={`f-score_${c.code}`} name={`score_${c.code}`} min="0" max="10" step="1" inputmode="numeric" value={v.score}
                      aria-invalid={scoreError ? 'true' : undefined} aria-describedby={scoreError ? `f-score_${c.code}-error` : undefined} />
                  </div>
                  <TextArea t={t} name={`motivation_${c.code}`} label={t('review.score.motivation')} value={v.motivation} errors={errors} rows={3} />
                </fieldset>
              );
            })}
            <div class="actions">
              <button type="submit" name="action" value="draft" class="button-secondary">{t('review.score.saveDraft')}</button>
              {' '}
              <button type="submit" name="action" value="submit">{t('review.score.submit')}</button>
            </div>
          </form>
        )}
      </section>
    </Layout>
  );
}
