import type { OrganisationRole } from '../../../db/schema.js';
import type { ViewContext } from '../../../web/context.js';
import { DemoBadge, FilterSelect, Pagination, ScrollTable } from '../../../web/components.js';
import { h, Html } from '../../../web/jsx.js';
import { Layout } from '../../../web/layout.js';
import type { OrganisationListPage } from '../queries.js';
import type { ListQuery } from '../schemas.js';
import { consentText } from './form-parts.js';
import { label, options } from './labels.js';

export interface MyOrganisation { id: number; name: string; subsector: string; is_demo: boolean; role: OrganisationRole }

/**
 * One address, three readers: a visitor learns what the platform offers organisations; an
 * account sees its own organisations; the transition team also sees every organisation.
 */
export function OrganisationsPage({ ctx, mine, all, query }: {
  ctx: ViewContext; mine: MyOrganisation[] | null; all: OrganisationListPage | null; query: ListQuery;
}) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('orgs.list.title')} api={ctx.user ? undefined : null}>
      <h1>{t('orgs.list.title')}</h1>
      {mine === null ? <Offer ctx={ctx} /> : <Mine ctx={ctx} mine={mine} />}
      {all ? <All ctx={ctx} page={all} query={query} /> : null}
    </Layout>
  );
}

function Offer({ ctx }: { ctx: ViewContext }): Html {
  const { t } = ctx;
  return (
    <div>
      <p class="lead">{t('orgs.offer.lead')}</p>
      <ul class="cards">
        {(['assess', 'compare', 'plan', 'coach'] as const).map((k) => (
          <li class="card"><h2>{t(`orgs.offer.${k}`)}</h2><p>{t(`orgs.offer.${k}Help`)}</p></li>
        ))}
      </ul>
      <p>{t('orgs.offer.privacy')}</p>
      <div class="actions">
        <a class="button" href="/register">{t('orgs.offer.register')}</a>
        <a href="/login?return=%2Forganisations">{t('orgs.offer.login')}</a>
      </div>
    </div>
  );
}

function Mine({ ctx, mine }: { ctx: ViewContext; mine: MyOrganisation[] }): Html {
  const { t } = ctx;
  return (
    <div>
      <h2>{t('orgs.list.mine')}</h2>
      {mine.length === 0 ? <p>{t('orgs.list.noneYet')}</p> : (
        <ScrollTable caption={t('orgs.list.mine')} class="data-table" captionClass="visually-hidden">
          <thead><tr><th scope="col">{t('orgs.field.name')}</th><th scope="col">{t('orgs.field.subsector')}</th><th scope="col">{t('orgs.list.myRole')}</th></tr></thead>
          <tbody>
            {mine.map((o) => (
              <tr>
                <td><a href={`/organisations/${o.id}`}>{o.name}</a> <DemoBadge t={t} isDemo={o.is_demo} /></td>
                <td>{label(t, 'subsector', o.subsector)}</td>
                <td>{label(t, 'role', o.role)}</td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
      <p><a class="button button-secondary" href="/organisations/new">{t('orgs.list.registerAnother')}</a></p>
      <p>{t('orgs.list.coachingHint')} <a href="/coaching">{t('improvement.coaching.title')}</a></p>
    </div>
  );
}

function All({ ctx, page, query }: { ctx: ViewContext; page: OrganisationListPage; query: ListQuery }): Html {
  const { t } = ctx;
  return (
    <div>
      <h2>{t('orgs.list.all')}</h2>
      <p>{t('orgs.list.allLead')}</p>
      <form method="get" action="/organisations" class="filters">
        <div>
          <label for="filter-q">{t('list.search')}</label>
          <input id="filter-q" name="q" type="search" value={query.q ?? ''} />
        </div>
        <FilterSelect name="subsector" label={t('orgs.field.subsector')} value={query.subsector} options={options(t, 'subsector')} all={t('list.all')} />
        <FilterSelect name="province" label={t('orgs.field.province')} value={query.province} options={options(t, 'province')} all={t('list.all')} />
        <FilterSelect name="shares" label={t('orgs.consent.shareWithTeam')} value={query.shares} all={t('list.all')}
          options={[['yes', t('orgs.yes')], ['no', t('orgs.no')]]} />
        <button type="submit" class="button">{t('list.apply')}</button>
      </form>
      <p class="result-count" role="status">{t('list.count', { count: page.total })}</p>
      {page.items.length === 0 ? <p>{t('list.none')}</p> : (
        <ScrollTable caption={t('orgs.list.all')} class="data-table" captionClass="visually-hidden">
          <thead><tr>
            <th scope="col">{t('orgs.field.name')}</th><th scope="col">{t('orgs.field.subsector')}</th>
            <th scope="col">{t('orgs.field.province')}</th><th scope="col">{t('orgs.list.shares')}</th>
          </tr></thead>
          <tbody>
            {page.items.map((o) => (
              <tr>
                <td><a href={`/organisations/${o.id}`}>{o.name}</a> <DemoBadge t={t} isDemo={o.is_demo} /></td>
                <td>{label(t, 'subsector', o.subsector)}</td>
                <td>{label(t, 'province', o.province)}</td>
                <td>{consentText(t, o.share_with_team)}</td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
      <Pagination t={t} path="/organisations" query={{ ...query, scope: undefined, lang: undefined }} page={page.page} pages={page.pages} />
    </div>
  );
}
