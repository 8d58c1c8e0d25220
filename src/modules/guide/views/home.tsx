import type { Catalog } from '../../../catalog/catalog.js';
import type { FieldError } from '../../../plugins/errors.js';
import { DemoBadge } from '../../../web/components.js';
import type { ViewContext } from '../../../web/context.js';
import { Csrf, ErrorSummary, Select, TextArea } from '../../../web/forms.js';
import { h } from '../../../web/jsx.js';
import { Layout } from '../../../web/layout.js';
import type { QuestionRecord } from '../queries.js';
import { dimensionOptions, levelOptions, pillarOptions, val, type Form } from './parts.js';
import { Day } from '../../../web/day.js';

export interface HomeData {
  organisations: Array<{ id: number; name: string; is_demo: boolean }>;
  questions: QuestionRecord[];
  isProvider: boolean;
}

export function GuidePage({ ctx, catalog, data, form, errors }: { ctx: ViewContext; catalog: Catalog; data: HomeData | null; form: Form; errors: FieldError[] }) {
  const { t, lang } = ctx;
  const labels = { organisationId: t('guide.ask.organisation'), question: t('guide.ask.question'), dimension: t('guide.ask.dimension'), pillar: t('guide.ask.pillar'), level: t('guide.ask.level'), visibleToProviders: t('guide.ask.consent') };
  return (
    <Layout ctx={ctx} title={t('guide.title')} api={ctx.user ? '/api/guide' : '/api/guide/offers'}>
      <h1>{t('guide.title')}</h1>
      <p class="lead">{t('guide.lead')}</p>
      <p><a href="/guide/offers">{t('guide.offers.link')}</a>{ctx.user ? [' · ', <a href="/guide/contacts">{t('guide.contacts.link')}</a>] : null}</p>
      {!ctx.user ? <p><a href={`/login?return=${encodeURIComponent('/guide')}`}>{t('guide.loginToAsk')}</a></p> : null}
      {data && data.organisations.length === 0 ? <p class="notice">{t('guide.noOrganisation')}</p> : null}
      {data && data.organisations.length > 0 ? (
        <section aria-labelledby="ask-title">
          <h2 id="ask-title">{t('guide.ask.title')}</h2>
          <ErrorSummary t={t} errors={errors} labels={labels} />
          <form method="post" action="/guide/questions" novalidate>
            <Csrf token={ctx.csrfToken} />
            <Select t={t} name="organisationId" label={labels.organisationId} value={val(form, 'organisationId') || String(data.organisations[0]!.id)} errors={errors} required
              options={data.organisations.map((o) => [String(o.id), o.is_demo ? `${o.name} (${t('demo.badge')})` : o.name])} />
            <TextArea t={t} name="question" label={labels.question} hint={t('guide.ask.questionHint')} value={val(form, 'question')} errors={errors} required rows={6} />
            <Select t={t} name="dimension" label={labels.dimension} value={val(form, 'dimension')} errors={errors} options={dimensionOptions(t)} empty={t('guide.ask.noChoice')} />
            <Select t={t} name="pillar" label={labels.pillar} value={val(form, 'pillar')} errors={errors} options={pillarOptions(catalog, lang)} empty={t('guide.ask.noChoice')} />
            <Select t={t} name="level" label={labels.level} hint={t('guide.ask.levelHint')} value={val(form, 'level')} errors={errors} options={levelOptions(t)} empty={t('guide.ask.fromResult')} />
            <div class="checkbox-row">
              <input type="checkbox" id="f-visibleToProviders" name="visibleToProviders" value="true" checked={val(form, 'visibleToProviders') === 'true'} aria-describedby="f-visibleToProviders-hint" />
              <label for="f-visibleToProviders">{labels.visibleToProviders}</label>
            </div>
            <p class="hint" id="f-visibleToProviders-hint">{t('guide.ask.consentHint')}</p>
            <button type="submit" class="button">{t('guide.ask.submit')}</button>
          </form>
        </section>
      ) : null}
      {data ? (
        <section aria-labelledby="mine-title">
          <h2 id="mine-title">{t('guide.mine.title')}</h2>
          {data.questions.length === 0 ? <p>{t('guide.mine.none')}</p> : (
            <ul>
              {data.questions.map((q) => (
                <li>
                  <a href={`/guide/questions/${q.id}`}>{q.question.length > 120 ? `${q.question.slice(0, 117)}…` : q.question}</a>{' '}
                  <span class="muted">({q.organisationName}, <Day lang={lang} iso={q.createdAt} />, {t(`guide.status.${q.status}`)}{q.visibleToProviders ? `, ${t('guide.visible')}` : ''})</span>
                  <DemoBadge t={t} isDemo={q.organisationIsDemo} />
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}
      <section aria-labelledby="how-title">
        <h2 id="how-title">{t('guide.how.title')}</h2>
        <p>{t('guide.how.text')}</p>
      </section>
    </Layout>
  );
}
