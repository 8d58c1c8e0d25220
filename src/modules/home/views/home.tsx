import type { Catalog } from '../../../catalog/catalog.js';
import type { ViewContext } from '../../../web/context.js';
import { h } from '../../../web/jsx.js';
import { Layout } from '../../../web/layout.js';
import { computeCoverage } from '../../instruments/index.js';

export function HomePage({ ctx, catalog }: { ctx: ViewContext; catalog: Catalog }) {
  const { t, lang } = ctx;
  const coverage = computeCoverage(catalog);
  return (
    <Layout ctx={ctx} title={t('home.title')}>
      <h1>{t('home.title')}</h1>
      <p class="lead">{t('home.lead')}</p>
      <p>{t('home.coverageLine', { gaps: coverage.summary.gaps, weak: coverage.summary.weak, challenges: coverage.summary.challenges })} <a href="/coverage">{t('home.toCoverage')}</a></p>
      <h2>{t('home.pillarsTitle')}</h2>
      <ol class="pillars">
        {catalog.pillars.map((p) => (
          <li class="card">
            <h3><a href={`/pillars/${p.number}`}>{p.number}. {p.name[lang]}</a></h3>
            <p>{p.description[lang]}</p>
          </li>
        ))}
      </ol>
      <h2>{t('home.entryTitle')}</h2>
      <ul class="cards">
        <li class="card"><h3>{t('home.entry.team')}</h3><p>{t('home.entry.teamText')}</p><p><a href="/coverage">{t('nav.coverage')}</a> · <a href="/instruments">{t('nav.instruments')}</a> · <a href="/recommendations">{t('nav.recommendations')}</a></p></li>
        <li class="card"><h3>{t('home.entry.organisations')}</h3><p>{t('home.entry.organisationsText')}</p><p><a href="/cases">{t('nav.cases')}</a> · <a href="/actors">{t('nav.actors')}</a></p></li>
        <li class="card"><h3>{t('home.entry.support')}</h3><p>{t('home.entry.supportText')}</p><p><a href="/actors/roles">{t('home.entry.roles')}</a></p></li>
        <li class="card"><h3>{t('home.entry.developers')}</h3><p>{t('home.entry.developersText')}</p><p><a href="/api/docs">{t('footer.api')}</a></p></li>
      </ul>
    </Layout>
  );
}
