import type { ViewContext } from '../../../web/context.js';
import { h } from '../../../web/jsx.js';
import { Layout } from '../../../web/layout.js';
import type { MaturityModel } from '../model.js';
import { LevelTable } from './parts.js';

export interface MyOrganisation { id: number; name: string }

/**
 * The public entry to the self-assessment (R4.1, R4.2): what it is and why, the six dimensions
 * and the scale, the two ways to take it, and the privacy promise, all before any question.
 */
export function LandingPage({ ctx, model, organisations }: { ctx: ViewContext; model: MaturityModel | undefined; organisations: MyOrganisation[] | null }) {
  const { t, lang } = ctx;
  const questions = model ? model.dimensions.flatMap((d) => d.questions) : [];
  const quick = questions.filter((q) => q.quickScan).length;
  return (
    <Layout ctx={ctx} title={t('maturity.landing.title')} api="/api/maturity/model">
      <h1>{t('maturity.landing.title')}</h1>
      <p class="lead">{t('maturity.landing.lead')}</p>

      <h2>{t('maturity.landing.whyTitle')}</h2>
      <p>{t('maturity.landing.why1')}</p>
      <p>{t('maturity.landing.why2')}</p>

      <h2 id="privacy">{t('maturity.privacy.title')}</h2>
      <p>{t('maturity.privacy.intro')}</p>
      <ul>
        <li>{t('maturity.privacy.answers')}</li>
        <li>{t('maturity.privacy.team')}</li>
        <li>{t('maturity.privacy.sector')}</li>
        <li>{t('maturity.privacy.model')}</li>
      </ul>

      <h2>{t('maturity.landing.waysTitle')}</h2>
      <ul class="cards">
        <li class="card">
          <h3>{t('maturity.landing.quickTitle')}</h3>
          <p>{t('maturity.landing.quickText', { count: quick || 10 })}</p>
        </li>
        <li class="card">
          <h3>{t('maturity.landing.fullTitle')}</h3>
          <p>{t('maturity.landing.fullText', { count: questions.length || 45 })}</p>
        </li>
      </ul>
      <p>{t('maturity.landing.afterwards')}</p>

      <h2>{t('maturity.landing.startTitle')}</h2>
      <StartLinks ctx={ctx} organisations={organisations} />

      {model ? [
        <h2>{t('maturity.landing.dimensionsTitle')}</h2>,
        <p>{t('maturity.landing.dimensionsIntro')}</p>,
        <ul class="cards">
          {model.dimensions.map((d) => (
            <li class="card">
              <h3><a href={`/maturity/model#dim-${d.code}`}>{d.name[lang]}</a></h3>
              <p>{d.description[lang]}</p>
            </li>
          ))}
        </ul>,
        <h2>{t('maturity.landing.levelsTitle')}</h2>,
        <p>{t('maturity.landing.levelsIntro')}</p>,
        <LevelTable t={t} lang={lang} levels={model.levels} caption={t('maturity.levelsCaption')} />,
      ] : <p>{t('maturity.noPublished')}</p>}

      <h2>{t('maturity.landing.moreTitle')}</h2>
      <ul>
        <li><a href="/maturity/model">{t('maturity.landing.linkModel')}</a></li>
        <li><a href="/maturity/sector">{t('maturity.landing.linkSector')}</a></li>
        <li><a href="/maturity/models">{t('maturity.landing.linkVersions')}</a></li>
      </ul>
    </Layout>
  );
}

/** Members go straight to their organisation's assessments; everyone else is shown the way in. */
function StartLinks({ ctx, organisations }: { ctx: ViewContext; organisations: MyOrganisation[] | null }) {
  const { t } = ctx;
  if (!ctx.user) {
    return (
      <div>
        <p>{t('maturity.landing.startAnonymous')}</p>
        <p class="actions">
          <a class="button" href="/register">{t('maturity.landing.register')}</a>
          <a class="button button-secondary" href={`/login?return=${encodeURIComponent('/maturity')}`}>{t('auth.login')}</a>
        </p>
      </div>
    );
  }
  if (!organisations || organisations.length === 0) {
    return (
      <div>
        <p>{t('maturity.landing.startNoOrganisation')}</p>
        <p class="actions"><a class="button" href="/organisations/new">{t('maturity.landing.registerOrganisation')}</a></p>
      </div>
    );
  }
  return (
    <div>
      <p>{t('maturity.landing.startMember')}</p>
      <ul class="actions">
        {organisations.map((o) => <li><a class="button" href={`/organisations/${o.id}/assessments`}>{t('maturity.landing.assessmentsOf', { name: o.name })}</a></li>)}
      </ul>
    </div>
  );
}
