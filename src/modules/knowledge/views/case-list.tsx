import type { Catalog } from '../../../catalog/catalog.js';
import type { Case } from '../../../catalog/types.js';
import type { ViewContext } from '../../../web/context.js';
import { FilterSelect, Pagination } from '../../../web/components.js';
import { h, Html } from '../../../web/jsx.js';
import { Layout } from '../../../web/layout.js';
import { sectorName } from '../cases-labels.js';
import type { CaseFilterOptions, Page } from '../cases-queries.js';
import type { CaseListQuery } from '../cases-schemas.js';
import { OUTCOMES } from '../constants.js';
import { DemoMark, OutcomeMark, PillarLink, placeOf, shortSummary } from './case-parts.js';
import { dimensionOptions, enumOptions, subsectorOptions, technologyOptions } from './labels.js';

function CaseCard({ ctx, catalog, item }: { ctx: ViewContext; catalog: Catalog; item: Case }): Html {
  const { t, lang } = ctx;
  return (
    <li class="card">
      <h2><a href={`/cases/${item.code}`}>{item.title[lang]}</a><DemoMark t={t} isDemo={item.isDemo} /><OutcomeMark t={t} outcome={item.outcome} /></h2>
      <p>{shortSummary(item.summary[lang])}</p>
      <dl class="facts">
        <dt>{t('cases.where')}</dt><dd>{placeOf(item, lang, t)}</dd>
        <dt>{t('cases.sector')}</dt><dd>{sectorName(item.sector, lang)}</dd>
        <dt>{t('cases.pillar')}</dt><dd><PillarLink catalog={catalog} number={item.pillar} lang={lang} /></dd>
        <dt>{t('cases.challenges')}</dt>
        <dd>{item.challenges.length === 0 ? t('cases.noChallenges') : (
          <ul class="tags">
            {item.challenges.map((n) => <li><a class="tag" href={`/challenges/${n}`} title={catalog.challenge(n)?.title[lang]}>{t('cases.challengeN', { n })}</a></li>)}
          </ul>
        )}</dd>
      </dl>
    </li>
  );
}

export function CaseListPage({ ctx, catalog, page, query, options, canContribute }: {
  ctx: ViewContext; catalog: Catalog; page: Page<Case>; query: CaseListQuery; options: CaseFilterOptions; canContribute?: boolean;
}) {
  const { t, lang } = ctx;
  return (
    <Layout ctx={ctx} title={t('cases.title')}>
      <h1>{t('cases.title')}</h1>
      <p class="lead">{t('cases.lead')}</p>
      <p><a href="/knowledge">{t('knowledge.hub.back')}</a> · <a href="/cases?outcome=failure">{t('knowledge.cases.failuresLink')}</a></p>
      {canContribute ? <div class="actions"><a class="button" href="/cases/new">{t('knowledge.cases.new')}</a></div> : null}
      <form method="get" action="/cases" class="filters" role="search" aria-label={t('list.filters')}>
        <div>
          <label for="filter-q">{t('cases.search')}</label>
          <input id="filter-q" name="q" type="search" value={query.q ?? ''} />
        </div>
        <FilterSelect name="pillar" label={t('cases.pillar')} value={query.pillar} all={t('list.all')}
          options={catalog.pillars.map((p) => [String(p.number), `${p.number}. ${p.name[lang]}`])} />
        <FilterSelect name="challenge" label={t('cases.challenge')} value={query.challenge} all={t('list.all')}
          options={catalog.challenges.map((c) => [String(c.number), `${c.number}. ${c.title[lang]}`])} />
        <FilterSelect name="country" label={t('cases.country')} value={query.country?.toUpperCase()} all={t('list.all')} options={options.countries} />
        <FilterSelect name="sector" label={t('cases.sector')} value={query.sector} all={t('list.all')} options={options.sectors} />
        <FilterSelect name="outcome" label={t('knowledge.outcomeLabel')} value={query.outcome} all={t('list.all')} options={enumOptions(t, 'knowledge.outcome', OUTCOMES)} />
        <FilterSelect name="subsector" label={t('knowledge.subsector')} value={query.subsector} all={t('list.all')} options={subsectorOptions(catalog, lang)} />
        <FilterSelect name="technology" label={t('knowledge.technology')} value={query.technology} all={t('list.all')} options={technologyOptions(t)} />
        <FilterSelect name="dimension" label={t('knowledge.dimensionLabel')} value={query.dimension} all={t('list.all')} options={dimensionOptions(t)} />
        {query.lang ? <input type="hidden" name="lang" value={query.lang} /> : null}
        <div><button type="submit" class="button">{t('list.apply')}</button></div>
      </form>
      <p class="result-count" role="status">{t('list.count', { count: page.total })}</p>
      {page.items.length === 0 ? <p>{t('list.none')}</p> : (
        <ul class="cards">
          {page.items.map((item) => <CaseCard ctx={ctx} catalog={catalog} item={item} />)}
        </ul>
      )}
      <Pagination t={t} path="/cases" query={query} page={page.page} pages={page.pages} />
      <p><a href={`/api/cases${ctx.url.includes('?') ? ctx.url.slice(ctx.url.indexOf('?')) : ''}`}>{t('common.asJson')}</a></p>
    </Layout>
  );
}
