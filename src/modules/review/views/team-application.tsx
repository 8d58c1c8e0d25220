import type { FieldError } from '../../../plugins/errors.js';
import type { ViewContext } from '../../../web/context.js';
import { DemoBadge } from '../../../web/components.js';
import { Csrf, ErrorSummary, errorFor, fieldMessage, TextArea } from '../../../web/forms.js';
import { h, Html } from '../../../web/jsx.js';
import { Layout } from '../../../web/layout.js';
import type { ApplicationContent, CallRecord, Partner, StepEntry } from '../queries.js';
import { mayAct, outcomesFor, type WorkflowStep } from '../workflow.js';
import { ApplicationView } from './application-content.js';
import { callCrumbs } from './overview.js';
import { ActionError, Moment, Notice, StatusBadge } from './parts.js';

export interface StepFormState { outcome: string; note: string; errors: FieldError[] }

export interface TeamApplicationProps {
  ctx: ViewContext; call: CallRecord; app: { id: number; title: string; status: string; version: number; isDemo: boolean; requested: number | null };
  step: WorkflowStep | null; steps: readonly WorkflowStep[]; history: StepEntry[]; partners: Partner[]; content: ApplicationContent;
  can: { manage: boolean; decide: boolean }; form?: StepFormState | undefined; notice?: string | undefined; actionError?: string | undefined;
}

function StepForm({ ctx, app, step, form }: { ctx: ViewContext; app: TeamApplicationProps['app']; step: WorkflowStep; form?: StepFormState | undefined }): Html {
  const { t } = ctx;
  const outcomes = outcomesFor(step.kind);
  const errors = form?.errors ?? [];
  const outcomeError = errorFor(errors, 'outcome');
  return (
    <form method="post" action={`/applications/${app.id}/steps`} novalidate>
      <ErrorSummary t={t} errors={errors} labels={{ outcome: t('review.step.outcome'), note: t('review.step.note') }} />
      <Csrf token={ctx.csrfToken} />
      <input type="hidden" name="step" value={step.code} />
      <input type="hidden" name="version" value={String(app.version)} />
      {outcomes.length > 1 ? (
        <fieldset class={outcomeError ? 'field field-error' : 'field'} id="f-outcome">
          <legend>{t('review.step.outcome')}</legend>
          {outcomeError ? <p class="error-text">{fieldMessage(t, outcomeError)}</p> : null}
          {outcomes.map((o) => (
            <div class="checkbox-row"><input type="radio" id={`outcome-${o}`} name="outcome" value={o} checked={(form?.outcome ?? 'passed') === o} /> <label for={`outcome-${o}`}>{t(`review.outcome.${o}`)}</label></div>
          ))}
        </fieldset>
      ) : <input type="hidden" name="outcome" value={outcomes[0]!} />}
      <TextArea t={t} name="note" label={t(step.kind === 'eligibility' ? 'review.step.reason' : 'review.step.note')} hint={t(`review.step.hint.${step.kind}`)} value={form?.note ?? ''} errors={errors} />
      <button type="submit">{t(`review.step.submit.${step.kind}`)}</button>
    </form>
  );
}

/** One application for the team: where it is, its history, the action of its step, and its content. */
export function TeamApplicationPage(p: TeamApplicationProps): Html {
  const { ctx, call, app, step } = p;
  const { t, lang } = ctx;
  const user = ctx.user!;
  return (
    <Layout ctx={ctx} title={app.title} crumbs={[...callCrumbs(ctx, call), [t('review.overview.short'), `/calls/${call.code}/review`]]} api={`/api/applications/${app.id}/workflow`}>
      <h1>{app.title} <DemoBadge t={t} isDemo={app.isDemo} /></h1>
      <Notice t={t} notice={p.notice} />
      <ActionError message={p.actionError} />
      <p>{t('review.col.status')}: <StatusBadge t={t} status={app.status} />{step ? [' · ', t('review.col.step'), ': ', <strong>{step.label[lang]}</strong>] : null}</p>
      <section aria-labelledby="act-title">
        <h2 id="act-title">{t('review.step.title')}</h2>
        {!step ? <p>{t('review.step.done')}</p>
          : step.kind === 'decision'
            ? (mayAct(step, user.role) ? <p><a class="button" href={`/applications/${app.id}/decision`}>{t('review.decision.prepare')}</a></p> : <p>{t('review.step.notYours')}</p>)
            : step.kind === 'review' && p.can.manage
              ? [<p>{t('review.step.reviewHint')}</p>, <StepForm ctx={ctx} app={app} step={step} form={p.form} />]
              : p.can.manage && mayAct(step, user.role) ? <StepForm ctx={ctx} app={app} step={step} form={p.form} /> : <p>{t('review.step.notYours')}</p>}
        {app.status === 'granted' || app.status === 'refused' ? <p><a href={`/applications/${app.id}/decision`}>{t('review.decision.view')}</a></p> : null}
      </section>
      <section aria-labelledby="history-title">
        <h2 id="history-title">{t('review.history.title')}</h2>
        {p.history.length === 0 ? <p>{t('review.history.none')}</p> : (
          <ol>
            {/* Not `h`: that name is the JSX factory, and shadowing it breaks every element inside. */}
            {p.history.map((entry) => {
              const label = p.steps.find((s) => s.code === entry.stepCode)?.label[lang] ?? entry.stepCode;
              return <li>{label}: <strong>{t(`review.outcome.${entry.outcome}`)}</strong> — {entry.by}, <Moment lang={lang} iso={entry.at} />{entry.note ? [': ', entry.note] : null}</li>;
            })}
          </ol>
        )}
      </section>
      <h2>{t('review.app.title')}</h2>
      <ApplicationView t={t} lang={lang} title={app.title} isDemo={app.isDemo} requested={app.requested} partners={p.partners} content={p.content} />
    </Layout>
  );
}
