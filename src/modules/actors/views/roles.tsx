import type { Catalog } from '../../../catalog/catalog.js';
import type { ViewContext } from '../../../web/context.js';
import { h } from '../../../web/jsx.js';
import { Layout } from '../../../web/layout.js';
import { roleFilterHref, roleLabel, subsectorName } from '../labels.js';
import type { RoleCoverage } from '../role-coverage.js';
import { ActorLinks } from './parts.js';
import { ScrollTable } from '../../../web/components.js';

export function RoleCoveragePage({ ctx, catalog, coverage }: { ctx: ViewContext; catalog: Catalog; coverage: RoleCoverage }) {
  const { t, lang } = ctx;
  const s = coverage.summary;
  const name = (code: string) => subsectorName(catalog, code, lang, t);
  const access = (holder: { access: string }) => (holder.access === 'sector_wide' ? ` (${t('roles.access.sector_wide')})` : '');
  const rolesBadge = (held: boolean) => <span class={held ? 'badge badge-covered' : 'badge badge-gap'}>{t(held ? 'actors.coverage.held' : 'actors.coverage.unheld')}</span>;
  const reachBadge = (covered: boolean) => <span class={covered ? 'badge badge-covered' : 'badge badge-gap'}>{t(covered ? 'actors.coverage.covered' : 'actors.coverage.gap')}</span>;
  return (
    <Layout ctx={ctx} title={t('actors.coverage.title')} crumbs={[[t('actors.title'), '/actors']]}>
      <h1>{t('actors.coverage.title')}</h1>
      <p class="lead">{t('actors.coverage.lead')}</p>
      <p><strong>{t('actors.coverage.whyLabel')}</strong> {t('actors.coverage.why')}</p>

      <h2 id="needed-roles">{t('actors.coverage.rolesTitle')}</h2>
      <p>{t('actors.coverage.rolesRule')}</p>
      <p role="status"><strong>{t('actors.coverage.rolesSummary', { held: s.heldRoles, needed: s.neededRoles, unheld: s.neededRoles - s.heldRoles })}</strong></p>
      <ul class="cards" aria-labelledby="needed-roles">
        {coverage.roles.map((r) => (
          <li class="card">
            <h3>{roleLabel(t, r)}</h3>
            <p>{rolesBadge(r.held)}</p>
            <p>
              {r.held ? [t('actors.coverage.heldBy'), ' '] : null}
              <ActorLinks t={t} actors={r.holders} more={roleFilterHref(r)} empty={t('actors.coverage.nobody')} suffix={access} />
            </p>
          </li>
        ))}
      </ul>
      <ScrollTable caption={t('actors.coverage.rolesCaption')} class="data-table">
        <thead>
          <tr>
            <th scope="col">{t('actors.coverage.roleHeader')}</th>
            <th scope="col">{t('actors.coverage.statusHeader')}</th>
            <th scope="col">{t('actors.coverage.countHeader')}</th>
            <th scope="col">{t('actors.coverage.holdersHeader')}</th>
          </tr>
        </thead>
        <tbody>
          {coverage.roles.map((r) => (
            <tr>
              <th scope="row">{roleLabel(t, r)}</th>
              <td>{t(r.held ? 'actors.coverage.held' : 'actors.coverage.unheld')}</td>
              <td>{String(r.holders.length)}</td>
              <td><ActorLinks t={t} actors={r.holders} more={roleFilterHref(r)} empty={t('actors.coverage.nobodyShort')} suffix={access} /></td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>

      <h2 id="subsectors">{t('actors.coverage.subsectorsTitle')}</h2>
      <p>{t('actors.coverage.subsectorsRule')}</p>
      <p role="status"><strong>{s.uncoveredSubsectors.length === 0
        ? t('actors.coverage.subsectorsAllCovered', { total: s.subsectors })
        : t('actors.coverage.subsectorsSummary', { covered: s.coveredSubsectors, total: s.subsectors, list: s.uncoveredSubsectors.map(name).join(', ') })}</strong></p>
      <ul class="cards" aria-labelledby="subsectors">
        {coverage.subsectors.map((r) => (
          <li class="card">
            <h3>{name(r.subsector)}</h3>
            <p>{reachBadge(r.covered)}</p>
            <p>
              <strong>{t('actors.coverage.today')}:</strong>{' '}
              <ActorLinks t={t} actors={r.providers} more={roleFilterHref({ role: 'relief_provider', subsector: r.subsector })} empty={t('actors.coverage.noProvider')} />
            </p>
            {r.proposedSectorWide.length ? (
              <p>
                <strong>{t('actors.coverage.proposed')}:</strong>{' '}
                <ActorLinks t={t} actors={r.proposedSectorWide} more={roleFilterHref({ role: 'relief_provider' })} empty="" />{' '}
                {t('actors.coverage.proposedNote')}
              </p>
            ) : null}
          </li>
        ))}
      </ul>
      <ScrollTable caption={t('actors.coverage.subsectorsCaption')} class="data-table">
        <thead>
          <tr>
            <th scope="col">{t('actors.subsector')}</th>
            <th scope="col">{t('actors.coverage.statusHeader')}</th>
            <th scope="col">{t('actors.coverage.todayHeader')}</th>
            <th scope="col">{t('actors.coverage.proposedHeader')}</th>
          </tr>
        </thead>
        <tbody>
          {coverage.subsectors.map((r) => (
            <tr>
              <th scope="row">{name(r.subsector)}</th>
              <td>{t(r.covered ? 'actors.coverage.covered' : 'actors.coverage.gap')}</td>
              <td><ActorLinks t={t} actors={r.providers} more={roleFilterHref({ role: 'relief_provider', subsector: r.subsector })} empty={t('actors.coverage.nobodyShort')} /></td>
              <td><ActorLinks t={t} actors={r.proposedSectorWide} more={roleFilterHref({ role: 'relief_provider' })} empty={t('actors.coverage.nobodyShort')} /></td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
      <p><a href="/api/actors/roles">{t('common.asJson')}</a></p>
    </Layout>
  );
}
