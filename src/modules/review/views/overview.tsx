import type { ViewContext } from '../../../web/context.js';
import { DemoBadge, ScrollTable } from '../../../web/components.js';
import { Csrf } from '../../../web/forms.js';
import { h, Html } from '../../../web/jsx.js';
import { Layout } from '../../../web/layout.js';
import type { CallRecord, OverviewRow } from '../queries.js';
import { currentStep, type WorkflowStep } from '../workflow.js';
import { ActionError, Money, Notice, StatusBadge } from './parts.js';

export interface OverviewProps {
  ctx: ViewContext; call: CallRecord; steps: readonly WorkflowStep[]; rows: OverviewRow[];
  can: { manage: boolean; decide: boolean }; notice?: string | undefined; actionError?: string | undefined;
}

export const callCrumbs = (ctx: ViewContext, call: CallRecord): Array<[string, string]> => [[ctx.t('nav.calls'), '/calls'], [call.title[ctx.lang], `/calls/${call.code}`]];

/** The team's view of a call after submission: where each application is, and what to do next. */
export function OverviewPage({ ctx, call, steps, rows, can, notice, actionError }: OverviewProps): Html {
  const { t, lang } = ctx;
  const title = t('review.overview.title', { call: call.title[lang] });
  const inReview = rows.some((r) => currentStep(steps, { status: r.status, current_step: r.currentStep })?.kind === 'review');
  return (
    <Layout ctx={ctx} title={title} crumbs={callCrumbs(ctx, call)} api={`/api/calls/${call.code}/review`}>
      <h1>{title} <DemoBadge t={t} isDemo={call.isDemo} /></h1>
      <Notice t={t} notice={notice} />
      <ActionError message={actionError} />
      <nav aria-label={t('review.overview.links')}>
        <ul>
          <li><a href={`/calls/${call.code}/ranking`}>{t('review.ranking.link')}</a></li>
          {can.manage ? <li><a href={`/calls/${call.code}/reviewers`}>{t('review.reviewers.link')}</a></li> : null}
        </ul>
      </nav>
      <section aria-labelledby="steps-title">
        <h2 id="steps-title">{t('review.overview.steps')}</h2>
        <ol>{steps.map((s) => <li>{s.label[lang]} — {t(`review.kind.${s.kind}`)}, {t(`review.actor.${s.actorRole}`)}</li>)}</ol>
      </section>
      <section aria-labelledby="apps-title">
        <h2 id="apps-title">{t('review.overview.applications', { count: rows.length })}</h2>
        {rows.length === 0 ? <p>{t('review.overview.none')}</p> : (
          <ScrollTable caption={t('review.overview.applications', { count: rows.length })} class="data-table" captionClass="visually-hidden">
            <thead><tr>
              <th scope="col">{t('review.col.application')}</th><th scope="col">{t('review.col.lead')}</th><th scope="col">{t('review.col.requested')}</th>
              <th scope="col">{t('review.col.status')}</th><th scope="col">{t('review.col.step')}</th><th scope="col">{t('review.col.reviews')}</th>
            </tr></thead>
            <tbody>
              {rows.map((r) => {
                const step = currentStep(steps, { status: r.status, current_step: r.currentStep });
                return (
                  <tr>
                    <td><a href={`/calls/${call.code}/review/${r.id}`}>{r.title}</a> <DemoBadge t={t} isDemo={r.isDemo} /></td>
                    <td>{r.leadName}</td>
                    <td><Money lang={lang} amount={r.requested} /></td>
                    <td><StatusBadge t={t} status={r.status} /></td>
                    <td>{step ? step.label[lang] : '—'}</td>
                    <td>{t('review.overview.reviewCount', { submitted: r.submittedReviews, conflicts: r.conflicts })}</td>
                  </tr>
                );
              })}
            </tbody>
          </ScrollTable>
        )}
      </section>
      {can.manage && inReview ? (
        <form method="post" action={`/calls/${call.code}/review/close`}>
          <Csrf token={ctx.csrfToken} />
          <p>{t('review.overview.closeHint')}</p>
          <button type="submit">{t('review.overview.close')}</button>
        </form>
      ) : null}
    </Layout>
  );
}
