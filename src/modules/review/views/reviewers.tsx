import type { FieldError } from '../../../plugins/errors.js';
import type { ViewContext } from '../../../web/context.js';
import { DemoBadge, ScrollTable } from '../../../web/components.js';
import { Csrf, ErrorSummary, TextField } from '../../../web/forms.js';
import { h, Html } from '../../../web/jsx.js';
import { Layout } from '../../../web/layout.js';
import type { CallRecord, ReviewerRow } from '../queries.js';
import { callCrumbs } from './overview.js';
import { ActionError, Notice } from './parts.js';

export interface ReviewersProps {
  ctx: ViewContext; call: CallRecord; reviewers: ReviewerRow[];
  form?: { email: string; errors: FieldError[] } | undefined; notice?: string | undefined; actionError?: string | undefined;
}

/** The call's reviewers: who reviews, how far each is, and assigning by e-mail address. */
export function ReviewersPage({ ctx, call, reviewers, form, notice, actionError }: ReviewersProps): Html {
  const { t, lang } = ctx;
  const title = t('review.reviewers.title', { call: call.title[lang] });
  const errors = form?.errors ?? [];
  return (
    <Layout ctx={ctx} title={title} crumbs={[...callCrumbs(ctx, call), [t('review.overview.short'), `/calls/${call.code}/review`]]} api={`/api/calls/${call.code}/reviewers`}>
      <h1>{title} <DemoBadge t={t} isDemo={call.isDemo} /></h1>
      <Notice t={t} notice={notice} />
      <ActionError message={actionError} />
      {reviewers.length === 0 ? <p>{t('review.reviewers.none')}</p> : (
        <ScrollTable caption={title} class="data-table" captionClass="visually-hidden">
          <thead><tr>
            <th scope="col">{t('review.reviewers.name')}</th><th scope="col">{t('review.reviewers.email')}</th>
            <th scope="col">{t('review.reviewers.progress')}</th><th scope="col"><span class="visually-hidden">{t('review.reviewers.actions')}</span></th>
          </tr></thead>
          <tbody>
            {reviewers.map((r) => (
              <tr>
                <td>{r.name}</td><td>{r.email}</td>
                <td>{t('review.reviewers.counts', { declared: r.declared, submitted: r.submitted, conflicts: r.conflicts })}</td>
                <td>{r.declared === 0 ? (
                  <form method="post" action={`/calls/${call.code}/reviewers/${r.userId}/remove`}>
                    <Csrf token={ctx.csrfToken} />
                    <button type="submit" class="button-secondary" aria-label={t('review.reviewers.removeNamed', { name: r.name })}>{t('review.reviewers.remove')}</button>
                  </form>
                ) : null}</td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
      <section aria-labelledby="assign-title">
        <h2 id="assign-title">{t('review.reviewers.assign')}</h2>
        <form method="post" action={`/calls/${call.code}/reviewers`} novalidate>
          <ErrorSummary t={t} errors={errors} labels={{ email: t('review.reviewers.email') }} />
          <Csrf token={ctx.csrfToken} />
          <TextField t={t} name="email" type="email" label={t('review.reviewers.email')} hint={t('review.reviewers.emailHint')} value={form?.email ?? ''} errors={errors} required autocomplete="off" />
          <button type="submit">{t('review.reviewers.assignButton')}</button>
        </form>
      </section>
    </Layout>
  );
}
