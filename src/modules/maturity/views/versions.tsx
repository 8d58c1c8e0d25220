import type { ViewContext } from '../../../web/context.js';
import { Csrf } from '../../../web/forms.js';
import { h, Html } from '../../../web/jsx.js';
import { Layout } from '../../../web/layout.js';
import type { ModelSummary } from '../queries.js';
import { DateText, StatusBadge } from './parts.js';
import { ScrollTable } from '../../../web/components.js';

/** Every version with its status and dates; the team also sees the draft and can start one. */
export function VersionsPage({ ctx, versions, canEdit, notice, error }: { ctx: ViewContext; versions: ModelSummary[]; canEdit: boolean; notice?: Html | undefined; error?: string | undefined }) {
  const { t, lang } = ctx;
  const draft = versions.find((v) => v.status === 'draft');
  return (
    <Layout ctx={ctx} title={t('maturity.versions.title')} crumbs={[[t('maturity.landing.title'), '/maturity']]} api="/api/maturity/models">
      <h1>{t('maturity.versions.title')}</h1>
      {notice ?? null}
      {error ? <div class="notice notice-error" role="alert"><p>{error}</p></div> : null}
      <p class="lead">{t('maturity.versions.lead')}</p>
      {versions.length === 0 ? <p>{t('maturity.noPublished')}</p> : (
        <ScrollTable caption={t('maturity.versions.caption', { count: versions.length })} class="data-table">
          <thead>
            <tr>
              <th scope="col">{t('maturity.versions.version')}</th><th scope="col">{t('maturity.versions.status')}</th>
              <th scope="col">{t('maturity.versions.published')}</th><th scope="col">{t('maturity.versions.changed')}</th>
              <th scope="col">{t('maturity.versions.questions')}</th><th scope="col">{t('maturity.versions.note')}</th>
            </tr>
          </thead>
          <tbody>
            {versions.map((v) => (
              <tr>
                <th scope="row"><a href={`/maturity/models/${v.version}`}>{t('maturity.versionN', { version: v.version })}</a></th>
                <td><StatusBadge t={t} status={v.status} /></td>
                <td><DateText lang={lang} date={v.publishedAt} /></td>
                <td><DateText lang={lang} date={v.updatedAt} /></td>
                <td>{t('maturity.versions.questionsText', { questions: v.questions, quick: v.quickScanQuestions, dimensions: v.dimensions })}</td>
                <td>{v.note[lang]}</td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
      {canEdit ? (
        <section aria-labelledby="new-draft">
          <h2 id="new-draft">{t('maturity.versions.nextTitle')}</h2>
          {draft ? (
            <p>{t('maturity.versions.draftOpen', { version: draft.version })} <a href={`/maturity/models/${draft.version}`}>{t('maturity.versions.openDraft', { version: draft.version })}</a></p>
          ) : (
            <form method="post" action="/maturity/models">
              <Csrf token={ctx.csrfToken} />
              <p>{t('maturity.versions.newDraftText')}</p>
              <button type="submit" class="button">{t('maturity.versions.newDraft')}</button>
            </form>
          )}
        </section>
      ) : null}
    </Layout>
  );
}
