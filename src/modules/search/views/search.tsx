import type { Catalog } from '../../../catalog/catalog.js';
import { SUBSECTORS } from '../../../catalog/types.js';
import type { FieldError } from '../../../plugins/errors.js';
import { DemoBadge, FilterSelect, Pagination } from '../../../web/components.js';
import type { ViewContext } from '../../../web/context.js';
import { ErrorSummary, fieldMessage } from '../../../web/forms.js';
import { h, raw } from '../../../web/jsx.js';
import { Layout } from '../../../web/layout.js';
import { caseDetail } from '../../knowledge/cases-labels.js';
import { DIMENSION_CODES } from '../../maturity/index.js';
import { SEARCH_TYPES } from '../constants.js';
import type { SearchHit, SearchResult } from '../queries.js';
import { formatDay } from '../../../i18n/formats.js';

export type SearchForm = Record<string, string>;

export function SearchPage({ ctx, catalog, form, result, errors }: {
  ctx: ViewContext; catalog: Catalog; form: SearchForm; result: SearchResult | null; errors: FieldError[];
}) {
  const { t, lang } = ctx;
  const labels: Record<string, string> = {
    q: t('search.q'), type: t('search.type'), pillar: t('search.pillar'), challenge: t('search.challenge'),
    dimension: t('search.dimension'), subsector: t('search.subsector'), upcoming: t('search.upcoming'), page: t('search.page'),
  };
  const error = (name: string) => errors.find((e) => e.field === name || e.field === `querystring.${name}`);
  const qError = error('q');
  const apiQuery = ctx.url.includes('?') ? ctx.url.slice(ctx.url.indexOf('?')) : '';
  return (
    <Layout ctx={ctx} title={result ? t('search.titleFor', { q: result.q }) : t('search.title')} api={result ? `/api/search${apiQuery}` : null}>
      <h1>{t('search.title')}</h1>
      <p class="lead">{t('search.lead')}</p>
      <ErrorSummary t={t} errors={errors.map((e) => ({ ...e, field: e.field.replace(/^querystring\./, '') }))} labels={labels} />
      <form method="get" action="/search" class="filters" role="search" aria-label={t('search.formLabel')}>
        <div class={qError ? 'field field-error filters-wide' : 'filters-wide'}>
          <label for="f-q">{t('search.q')}</label>
          {qError ? <p class="error-text" id="f-q-error">{fieldMessage(t, qError)}</p> : null}
          <input id="f-q" name="q" type="search" value={form.q ?? ''} aria-describedby={qError ? 'f-q-error' : 'f-q-hint'} aria-invalid={qError ? 'true' : undefined} />
          <p class="hint" id="f-q-hint">{t('search.qHint')}</p>
        </div>
        <FilterSelect name="type" label={labels.type!} value={form.type} all={t('search.allTypes')}
          options={SEARCH_TYPES.map((k) => [k, t(`search.type.${k}`)])} />
        <FilterSelect name="pillar" label={labels.pillar!} value={form.pillar} all={t('search.all')}
          options={catalog.pillars.map((p) => [String(p.number), `${p.number}. ${p.name[lang]}`])} />
        <FilterSelect name="challenge" label={labels.challenge!} value={form.challenge} all={t('search.all')}
          options={catalog.challenges.map((c) => [String(c.number), `${c.number}. ${c.title[lang]}`])} />
        <FilterSelect name="dimension" label={labels.dimension!} value={form.dimension} all={t('search.all')}
          options={DIMENSION_CODES.map((d) => [d, t(`search.dimension.${d}`)])} />
        <FilterSelect name="subsector" label={labels.subsector!} value={form.subsector} all={t('search.all')}
          options={SUBSECTORS.map((s) => [s, t(`subsector.${s}`)])} />
        <div class="checkbox-row">
          <input id="f-upcoming" name="upcoming" type="checkbox" value="true" checked={form.upcoming === 'true'} />
          <label for="f-upcoming">{labels.upcoming}</label>
        </div>
        {form.lang ? <input type="hidden" name="lang" value={form.lang} /> : null}
        <div><button type="submit" class="button">{t('search.submit')}</button></div>
      </form>
      {result ? <Results ctx={ctx} catalog={catalog} result={result} form={form} /> : null}
    </Layout>
  );
}

function Results({ ctx, catalog, result, form }: { ctx: ViewContext; catalog: Catalog; result: SearchResult; form: SearchForm }) {
  const { t } = ctx;
  return (<section aria-labelledby="results-title">
    <h2 id="results-title">{t('search.resultsTitle')}</h2>
    <p class="result-count" role="status">
      {t(result.total === 1 ? 'search.countOne' : 'search.count', { count: result.total, q: result.q })}
      {result.pages > 1 ? ` ${t('search.pageOf', { page: result.page, pages: result.pages })}` : ''}
    </p>
    {result.items.length === 0 ? <p>{t('search.none')}</p> : (
      <ol class="search-results" start={(result.page - 1) * result.pageSize + 1}>
        {result.items.map((hit) => <Hit ctx={ctx} catalog={catalog} hit={hit} />)}
      </ol>
    )}
    <Pagination t={t} path="/search" query={form} page={result.page} pages={result.pages} />
  </section>);
}

function Hit({ ctx, catalog, hit }: { ctx: ViewContext; catalog: Catalog; hit: SearchHit }) {
  const { t, lang } = ctx;
  const dates = hit.type === 'learning' && hit.startsOn ? t('search.startsOn', { date: formatDay(lang, hit.startsOn) })
    : hit.type === 'call' && hit.openUntil ? t('search.closesOn', { date: formatDay(lang, hit.openUntil) }) : '';
  return (
    <li class="search-hit" lang={hit.lang === lang ? undefined : hit.lang}>
      <p class="search-kind"><span class="tag">{t(`search.type.${hit.type}`)}</span> <DemoBadge t={t} isDemo={hit.isDemo} /></p>
      <h3><a href={hit.href}>{raw(hit.titleHtml)}</a></h3>
      {hit.detail ? <p class="muted">{hit.type === 'actor' ? t(`actorKind.${hit.detail}`) : hit.type === 'instrument' ? t(`instrumentType.${hit.detail}`) : hit.type === 'case' ? caseDetail(hit.detail, lang) : hit.detail}{dates ? ` · ${dates}` : ''}</p> : dates ? <p class="muted">{dates}</p> : null}
      {hit.snippetHtml ? <p class="search-snippet">{raw(hit.snippetHtml)}</p> : null}
      {hit.pillars.length ? <p class="muted">{t('search.pillars')}: {hit.pillars.map((n) => catalog.pillar(n)?.name[lang] ?? String(n)).join(', ')}</p> : null}
    </li>
  );
}
