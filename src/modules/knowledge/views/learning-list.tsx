import type { Catalog } from '../../../catalog/catalog.js';
import type { ViewContext } from '../../../web/context.js';
import { DemoBadge, FilterSelect, Pagination } from '../../../web/components.js';
import { h, Html } from '../../../web/jsx.js';
import { Layout } from '../../../web/layout.js';
import type { Page } from '../cases-queries.js';
import { LEARNING_KINDS } from '../constants.js';
import type { LearningRow } from '../learning-queries.js';
import type { LearningListQuery } from '../learning-schemas.js';
import { dimensionOptions, enumOptions, Period, subsectorOptions } from './labels.js';

export function LearningCard({ ctx, item }: { ctx: ViewContext; item: LearningRow }): Html {
  const { t, lang } = ctx;
  return (
    <li class="card">
      <h2><a href={`/learning/${item.id}`}>{lang === 'nl' ? item.title_nl : item.title_en}</a>{item.is_demo ? [' ', <DemoBadge t={t} isDemo />] : null}</h2>
      <dl class="facts">
        <dt>{t('knowledge.learning.kind')}</dt><dd>{t(`knowledge.kind.${item.kind}`)}</dd>
        <dt>{t('knowledge.learning.provider')}</dt><dd>{item.provider_code ? <a href={`/actors/${item.provider_code}`}>{item.provider_name}</a> : item.provider_name}</dd>
        <dt>{t('knowledge.learning.when')}</dt><dd>{item.starts_on || item.ends_on ? <Period lang={lang} from={item.starts_on} to={item.ends_on} /> : t('knowledge.learning.noDates')}</dd>
        <dt>{t('knowledge.learning.where')}</dt><dd>{item.online ? t('knowledge.learning.online') : item.place ?? ''}</dd>
        {item.dimension_code ? [<dt>{t('knowledge.dimensionLabel')}</dt>, <dd>{t(`knowledge.dimension.${item.dimension_code}`)}</dd>] : null}
        {item.level_from !== null || item.level_to !== null ? [<dt>{t('knowledge.learning.level')}</dt>, <dd>{t('knowledge.learning.levelRange', { from: item.level_from ?? 0, to: item.level_to ?? 5 })}</dd>] : null}
      </dl>
    </li>
  );
}

export function LearningListPage({ ctx, catalog, page, query, providers, canContribute }: {
  ctx: ViewContext; catalog: Catalog; page: Page<LearningRow>; query: LearningListQuery; providers: Array<{ code: string; name: string }>; canContribute: boolean;
}): Html {
  const { t, lang } = ctx;
  const qs = ctx.url.includes('?') ? ctx.url.slice(ctx.url.indexOf('?')) : '';
  return (
    <Layout ctx={ctx} title={t('knowledge.learning.title')} crumbs={[[t('knowledge.hub.title'), '/knowledge']]} api={`/api/learning${qs}`}>
      <h1>{t('knowledge.learning.title')}</h1>
      <p class="lead">{t('knowledge.learning.lead')}</p>
      {canContribute ? <div class="actions"><a class="button" href="/learning/new">{t('knowledge.learning.new')}</a></div> : null}
      <form method="get" action="/learning" class="filters" role="search" aria-label={t('list.filters')}>
        <div>
          <label for="filter-q">{t('cases.search')}</label>
          <input id="filter-q" name="q" type="search" value={query.q ?? ''} />
        </div>
        <FilterSelect name="kind" label={t('knowledge.learning.kind')} value={query.kind} all={t('list.all')} options={enumOptions(t, 'knowledge.kind', LEARNING_KINDS)} />
        <FilterSelect name="provider" label={t('knowledge.learning.provider')} value={query.provider} all={t('list.all')} options={providers.map((p) => [p.code, p.name])} />
        <FilterSelect name="when" label={t('knowledge.learning.when')} value={query.when} all={t('list.all')} options={[['upcoming', t('knowledge.learning.upcoming')], ['past', t('knowledge.learning.past')]]} />
        <FilterSelect name="mode" label={t('knowledge.learning.where')} value={query.mode} all={t('list.all')} options={[['online', t('knowledge.learning.online')], ['place', t('knowledge.learning.atPlace')]]} />
        <FilterSelect name="dimension" label={t('knowledge.dimensionLabel')} value={query.dimension} all={t('list.all')} options={dimensionOptions(t)} />
        <FilterSelect name="level" label={t('knowledge.learning.level')} value={query.level} all={t('list.all')} options={[0, 1, 2, 3, 4, 5].map((l) => [String(l), t('knowledge.learning.levelN', { n: l })])} />
        <FilterSelect name="subsector" label={t('knowledge.subsector')} value={query.subsector} all={t('list.all')} options={subsectorOptions(catalog, lang)} />
        {query.lang ? <input type="hidden" name="lang" value={query.lang} /> : null}
        <div><button type="submit" class="button">{t('list.apply')}</button></div>
      </form>
      <p class="result-count" role="status">{t('list.count', { count: page.total })}</p>
      {page.items.length === 0 ? <p>{t('list.none')}</p> : <ul class="cards">{page.items.map((item) => <LearningCard ctx={ctx} item={item} />)}</ul>}
      <Pagination t={t} path="/learning" query={query} page={page.page} pages={page.pages} />
      <p><a href={`/api/learning${qs}`}>{t('common.asJson')}</a></p>
    </Layout>
  );
}
