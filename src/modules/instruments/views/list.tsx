import type { Catalog } from '../../../catalog/catalog.js';
import { INSTRUMENT_TYPES, type Instrument } from '../../../catalog/types.js';
import type { ViewContext } from '../../../web/context.js';
import { DemoBadge, FilterSelect, Pagination, ScrollTable } from '../../../web/components.js';
import { h } from '../../../web/jsx.js';
import { Layout } from '../../../web/layout.js';
import type { Page } from '../queries.js';
import type { InstrumentListQuery } from '../schemas.js';
import { can } from '../../../plugins/permissions.js';
import { principalOf } from '../../../plugins/auth.js';

/** Beyond this many responsible actors a select is no longer usable; the filter takes a code. */
const ACTOR_SELECT_LIMIT = 100;

/**
 * Actors responsible for at least one instrument, by name, when there are few enough to choose
 * from a list (null otherwise); memoised per change of actors or instruments.
 */
function responsibleActors(catalog: Catalog, lang: string) {
  return catalog.memo(`instruments:responsibleActors:${lang}`, () => {
    const ids = new Set<number>();
    for (const i of catalog.instruments.values()) if (i.responsibleActorId !== null) ids.add(i.responsibleActorId);
    if (ids.size > ACTOR_SELECT_LIMIT) return null;
    return [...ids].map((id) => catalog.actors.get(id)!).filter((a) => a && !a.retired).sort((a, b) => a.name.localeCompare(b.name, lang));
  }, ['actors', 'instruments']);
}

export function InstrumentListPage({ ctx, catalog, page, query }: { ctx: ViewContext; catalog: Catalog; page: Page<Instrument>; query: InstrumentListQuery }) {
  const { t, lang } = ctx;
  const actors = responsibleActors(catalog, lang);
  return (
    <Layout ctx={ctx} title={t('instruments.title')}>
      <h1>{t('instruments.title')}</h1>
      <p class="lead">{t('instruments.lead')}</p>
      {can(principalOf(ctx.user), 'instruments.create') ? <p><a class="button" href="/instruments/new">{t('instruments.new')}</a></p> : null}
      <form method="get" action="/instruments" class="filters" role="search" aria-label={t('list.filters')}>
        <div>
          <label for="filter-q">{t('list.search')}</label>
          <input id="filter-q" name="q" type="search" value={query.q ?? ''} />
        </div>
        <FilterSelect name="pillar" label={t('instruments.pillar')} value={query.pillar} all={t('list.all')}
          options={catalog.pillars.map((p) => [String(p.number), `${p.number}. ${p.name[lang]}`])} />
        <FilterSelect name="challenge" label={t('instruments.challenge')} value={query.challenge} all={t('list.all')}
          options={catalog.challenges.map((c) => [String(c.number), `${c.number}. ${c.title[lang]}`])} />
        <FilterSelect name="type" label={t('instruments.type')} value={query.type} all={t('list.all')}
          options={INSTRUMENT_TYPES.map((x) => [x, t(`instrumentType.${x}`)])} />
        {actors ? (
          <FilterSelect name="actor" label={t('instruments.responsible')} value={query.actor} all={t('list.all')}
            options={actors.map((a) => [a.code, a.name])} />
        ) : (
          <div>
            <label for="filter-actor">{t('instruments.responsibleCode')}</label>
            <input id="filter-actor" name="actor" type="text" value={query.actor ?? ''} />
          </div>
        )}
        <FilterSelect name="status" label={t('instruments.status')} value={query.status === 'active' ? undefined : query.status} all={t('instruments.status.active')}
          options={[['retired', t('instruments.status.retired')], ['all', t('instruments.status.all')]]} />
        <div><button type="submit" class="button">{t('list.apply')}</button></div>
      </form>
      <p class="result-count" role="status">{t('list.count', { count: page.total })}</p>
      {page.items.length === 0 ? <p>{t('list.none')}</p> : (
        <ScrollTable caption={t('instruments.title')} class="data-table" captionClass="visually-hidden">
          <thead>
            <tr>
              <th scope="col">{t('instruments.name')}</th>
              <th scope="col">{t('instruments.type')}</th>
              <th scope="col">{t('instruments.responsible')}</th>
              <th scope="col">{t('instruments.challenges')}</th>
            </tr>
          </thead>
          <tbody>
            {page.items.map((i) => {
              const actor = i.responsibleActorId !== null ? catalog.actors.get(i.responsibleActorId) : undefined;
              return (
                <tr>
                  <td>
                    <a href={`/instruments/${i.code}`}>{i.name[lang]}</a> <DemoBadge t={t} isDemo={i.isDemo} />
                    {i.retired ? <span class="badge badge-retired">{t('instruments.status.retired')}</span> : null}
                  </td>
                  <td>{t(`instrumentType.${i.type}`)}</td>
                  <td>{actor ? <a href={`/actors/${actor.code}`}>{actor.name}</a> : '—'}</td>
                  <td>{i.links.length === 0 ? <span class="muted">{t('instruments.noChallenges')}</span>
                    : i.links.map((l, n) => [n > 0 ? ', ' : '', <a href={`/challenges/${l.challenge}`} title={catalog.challenge(l.challenge)?.title[lang]}>{String(l.challenge)}</a>, l.strength === 'partial' ? ` (${t('strength.partial.short')})` : ''])}</td>
                </tr>
              );
            })}
          </tbody>
        </ScrollTable>
      )}
      <Pagination t={t} path="/instruments" query={query} page={page.page} pages={page.pages} />
    </Layout>
  );
}
