import type { Catalog } from '../../../catalog/catalog.js';
import type { ViewContext } from '../../../web/context.js';
import { DemoBadge, FilterSelect, Pagination } from '../../../web/components.js';
import { h, Html } from '../../../web/jsx.js';
import { Layout } from '../../../web/layout.js';
import type { Page } from '../cases-queries.js';
import { FUNDING_KINDS, PROGRAMMES } from '../constants.js';
import type { FundingRow, LineRef } from '../funding-queries.js';
import type { FundingListQuery } from '../funding-schemas.js';
import { Day, dimensionOptions, enumOptions, subsectorOptions } from './labels.js';

export function FundingCard({ ctx, item }: { ctx: ViewContext; item: FundingRow }): Html {
  const { t, lang } = ctx;
  return (
    <li class="card">
      <h2><a href={`/funding/${item.code}`}>{lang === 'nl' ? item.title_nl : item.title_en}</a>{item.is_demo ? [' ', <DemoBadge t={t} isDemo />] : null}</h2>
      <dl class="facts">
        <dt>{t('knowledge.funding.kind')}</dt><dd>{t(`knowledge.fundingKind.${item.kind}`)}</dd>
        <dt>{t('knowledge.funding.programme')}</dt><dd>{t(`knowledge.programme.${item.programme}`)}</dd>
        <dt>{t('knowledge.funding.provider')}</dt><dd>{item.provider_code ? <a href={`/actors/${item.provider_code}`}>{item.provider_name}</a> : item.provider_name}</dd>
        <dt>{t('knowledge.funding.deadline')}</dt><dd>{item.deadline_on ? <Day lang={lang} iso={item.deadline_on} /> : t('knowledge.funding.noDeadline')}</dd>
        {item.lines.length ? [<dt>{t('knowledge.funding.actionLines')}</dt>, <dd>{item.lines.map((l, i) => [i ? ', ' : '', <a href={`/action-lines/${l.code}`}>{l.title[lang]}</a>])}</dd>] : null}
      </dl>
    </li>
  );
}

export function FundingListPage({ ctx, catalog, page, query, lines, canContribute }: {
  ctx: ViewContext; catalog: Catalog; page: Page<FundingRow>; query: FundingListQuery; lines: LineRef[]; canContribute: boolean;
}): Html {
  const { t, lang } = ctx;
  const qs = ctx.url.includes('?') ? ctx.url.slice(ctx.url.indexOf('?')) : '';
  return (
    <Layout ctx={ctx} title={t('knowledge.funding.title')} crumbs={[[t('knowledge.hub.title'), '/knowledge']]} api={`/api/funding${qs}`}>
      <h1>{t('knowledge.funding.title')}</h1>
      <p class="lead">{t('knowledge.funding.lead')}</p>
      {canContribute ? <div class="actions"><a class="button" href="/funding/new">{t('knowledge.funding.new')}</a></div> : null}
      <form method="get" action="/funding" class="filters" role="search" aria-label={t('list.filters')}>
        <div>
          <label for="filter-q">{t('cases.search')}</label>
          <input id="filter-q" name="q" type="search" value={query.q ?? ''} />
        </div>
        <FilterSelect name="kind" label={t('knowledge.funding.kind')} value={query.kind} all={t('list.all')} options={enumOptions(t, 'knowledge.fundingKind', FUNDING_KINDS)} />
        <FilterSelect name="programme" label={t('knowledge.funding.programme')} value={query.programme} all={t('list.all')} options={enumOptions(t, 'knowledge.programme', PROGRAMMES)} />
        <FilterSelect name="status" label={t('knowledge.funding.status')} value={query.status} all={t('list.all')} options={[['open', t('knowledge.funding.openNow')], ['deadline_soon', t('knowledge.funding.deadlineSoon')]]} />
        <FilterSelect name="dimension" label={t('knowledge.dimensionLabel')} value={query.dimension} all={t('list.all')} options={dimensionOptions(t)} />
        <FilterSelect name="subsector" label={t('knowledge.subsector')} value={query.subsector} all={t('list.all')} options={subsectorOptions(catalog, lang)} />
        {lines.length ? <FilterSelect name="actionLine" label={t('knowledge.funding.actionLine')} value={query.actionLine} all={t('list.all')} options={lines.map((l) => [l.code, l.title[lang]])} /> : null}
        {query.lang ? <input type="hidden" name="lang" value={query.lang} /> : null}
        <div><button type="submit" class="button">{t('list.apply')}</button></div>
      </form>
      <p class="result-count" role="status">{t('list.count', { count: page.total })}</p>
      {page.items.length === 0 ? <p>{t('list.none')}</p> : <ul class="cards">{page.items.map((item) => <FundingCard ctx={ctx} item={item} />)}</ul>}
      <Pagination t={t} path="/funding" query={query} page={page.page} pages={page.pages} />
      <p><a href={`/api/funding${qs}`}>{t('common.asJson')}</a></p>
    </Layout>
  );
}
