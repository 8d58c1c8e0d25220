import type { ViewContext } from '../../../web/context.js';
import { h } from '../../../web/jsx.js';
import { Layout } from '../../../web/layout.js';
import { Period } from './parts.js';

/** The study the platform is built on: its facts are seed data, its sentences are not. */
export const STUDY = { date: '2021-01-29', author: 'IDEA Consult' } as const;

export function AboutPage({ ctx }: { ctx: ViewContext }) {
  const { t, lang } = ctx;
  return (
    <Layout ctx={ctx} title={t('framework.about.title')} api={null}>
      <h1>{t('framework.about.title')}</h1>
      <p class="lead">{t('framework.about.lead')}</p>
      <p>{t('framework.about.what')}</p>

      <h2>{t('framework.about.findTitle')}</h2>
      <ul>
        <li><a href="/pillars">{t('framework.about.find.pillars')}</a></li>
        <li><a href="/coverage">{t('framework.about.find.coverage')}</a></li>
        <li><a href="/recommendations">{t('framework.about.find.recommendations')}</a></li>
        <li><a href="/actors">{t('framework.about.find.actors')}</a></li>
        <li><a href="/cases">{t('framework.about.find.cases')}</a></li>
        <li><a href="/timeline">{t('framework.about.find.timeline')}</a></li>
      </ul>

      <h2>{t('framework.about.studyTitle')}</h2>
      <dl class="facts">
        <dt>{t('framework.about.study.title')}</dt>
        <dd>
          <cite lang="nl">{t('framework.about.study.name')}</cite>
          {lang === 'nl' ? null : <span> ({t('framework.about.study.nameTranslated')})</span>}
        </dd>
        <dt>{t('framework.about.study.author')}</dt>
        <dd>{STUDY.author}</dd>
        <dt>{t('framework.about.study.client')}</dt>
        <dd>{t('framework.about.study.clientName')}</dd>
        <dt>{t('framework.about.study.date')}</dt>
        <dd><Period date={STUDY.date} lang={lang} /></dd>
      </dl>
      <p>{t('framework.about.study.use')}</p>

      <h2>{t('framework.about.sourcesTitle')}</h2>
      <p>{t('framework.about.sources.every')}</p>
      <p>{t('framework.about.sources.example')}</p>
      <p>{t('framework.about.sources.demo')}</p>

      <h2>{t('framework.about.textsTitle')}</h2>
      <p>{t('framework.about.texts.own')}</p>
      <p>{t('framework.about.texts.study')}</p>

      <h2>{t('framework.about.openTitle')}</h2>
      <p>{t('framework.about.open.licence')}</p>
      <p><a href="/api/docs">{t('framework.about.open.api')}</a></p>

      <h2>{t('framework.about.accessibilityTitle')}</h2>
      <p><a href="/accessibility">{t('framework.about.accessibilityLink')}</a></p>
    </Layout>
  );
}
