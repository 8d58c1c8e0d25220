import type { Catalog } from '../../../catalog/catalog.js';
import { ACTOR_KINDS, EXPERTISE, ROLE_FOCI, ROLE_HORIZONS, ROLE_KINDS, type Actor } from '../../../catalog/types.js';
import type { ViewContext } from '../../../web/context.js';
import { DemoBadge, FilterSelect, Pagination, ScrollTable } from '../../../web/components.js';
import { h } from '../../../web/jsx.js';
import { Layout } from '../../../web/layout.js';
import { capitalise, roleLabel, subsectorName } from '../labels.js';
import type { Page } from '../queries.js';
import type { ActorListQuery } from '../schemas.js';

export function ActorListPage({ ctx, catalog, page, query, instrumentCounts }: {
  ctx: ViewContext; catalog: Catalog; page: Page<Actor>; query: ActorListQuery; instrumentCounts: Map<number, number>;
}) {
  const { t, lang } = ctx;
  const queryString = ctx.url.includes('?') ? ctx.url.slice(ctx.url.indexOf('?')) : '';
  return (
    <Layout ctx={ctx} title={t('actors.title')}>
      <h1>{t('actors.title')}</h1>
      <p class="lead">{t('actors.lead')}</p>
      <p><a href="/actors/roles">{t('actors.toCoverage')}</a></p>
      <form method="get" action="/actors" class="filters" role="search" aria-label={t('list.filters')}>
        <div>
          <label for="filter-q">{t('actors.search')}</label>
          <input id="filter-q" name="q" type="search" value={query.q ?? ''} />
        </div>
        <FilterSelect name="kind" label={t('actors.kind')} value={query.kind} all={t('list.all')}
          options={ACTOR_KINDS.map((k) => [k, t(`actorKind.${k}`)])} />
        <FilterSelect name="role" label={t('actors.role')} value={query.role} all={t('list.all')}
          options={ROLE_KINDS.map((r) => [r, t(`roles.${r}`)])} />
        <FilterSelect name="focus" label={t('actors.focus')} value={query.focus} all={t('list.all')}
          options={ROLE_FOCI.map((f) => [f, capitalise(t(`roles.focus.${f}`))])} />
        <FilterSelect name="horizon" label={t('actors.horizon')} value={query.horizon} all={t('list.all')}
          options={ROLE_HORIZONS.map((x) => [x, capitalise(t(`roles.horizon.${x}`))])} />
        <FilterSelect name="pillar" label={t('actors.pillar')} value={query.pillar} all={t('list.all')}
          options={catalog.pillars.map((p) => [String(p.number), `${p.number}. ${p.name[lang]}`])} />
        <FilterSelect name="subsector" label={t('actors.subsector')} value={query.subsector} all={t('list.all')}
          options={catalog.subsectors.map((s) => [s.code, s.name[lang]])} />
        <FilterSelect name="expertise" label={t('actors.expertise')} value={query.expertise} all={t('list.all')}
          options={EXPERTISE.map((x) => [x, t(`expertise.${x}`)])} />
        {query.lang ? <input type="hidden" name="lang" value={query.lang} /> : null}
        <div><button type="submit" class="button">{t('list.apply')}</button></div>
      </form>
      <p class="result-count" role="status">{t('list.count', { count: page.total })}</p>
      {page.items.length === 0 ? <p>{t('list.none')}</p> : (
        <ScrollTable caption={t('actors.tableCaption', { page: page.page, pages: page.pages })} class="data-table">
          <thead>
            <tr>
              <th scope="col">{t('actors.name')}</th>
              <th scope="col">{t('actors.kind')}</th>
              <th scope="col">{t('actors.roles')}</th>
              <th scope="col">{t('actors.subsectorsShort')}</th>
              <th scope="col">{t('actors.pillars')}</th>
              <th scope="col">{t('actors.instrumentCount')}</th>
            </tr>
          </thead>
          <tbody>
            {page.items.map((a) => (
              <tr>
                <th scope="row"><a href={`/actors/${a.code}`}>{a.name}</a> <DemoBadge t={t} isDemo={a.isDemo} /></th>
                <td>{t(`actorKind.${a.kind}`)}</td>
                <td>{a.roles.length === 0 ? <span class="muted">{t('actors.noRoles')}</span> : (
                  <ul class="tags">{a.roles.map((r) => <li class="tag">{roleLabel(t, r)}</li>)}</ul>
                )}</td>
                <td>{a.subsectors.length === 0 ? <span class="muted">{t('actors.noSubsectors')}</span>
                  : a.subsectors.map((s) => subsectorName(catalog, s, lang, t)).join(', ')}</td>
                <td>{a.pillars.length === 0 ? '—' : a.pillars.join(', ')}</td>
                <td>{String(instrumentCounts.get(a.id) ?? 0)}</td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
      <Pagination t={t} path="/actors" query={query} page={page.page} pages={page.pages} />
      <p><a href={`/api/actors${queryString}`}>{t('common.asJson')}</a></p>
    </Layout>
  );
}
