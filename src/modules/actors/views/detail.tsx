import type { Catalog } from '../../../catalog/catalog.js';
import type { Actor, Instrument } from '../../../catalog/types.js';
import type { ViewContext } from '../../../web/context.js';
import { DemoBadge, Source, ScrollTable } from '../../../web/components.js';
import { h } from '../../../web/jsx.js';
import { Layout } from '../../../web/layout.js';
import { capitalise, subsectorName } from '../labels.js';

function hostOf(url: string): string {
  try { return new URL(url).hostname.replace(/^www\./, ''); } catch { return url; }
}

/** Only web addresses become links; anything else in the data is shown as text. */
const isWebAddress = (url: string) => /^https?:\/\//i.test(url);

export function ActorDetailPage({ ctx, catalog, actor, instruments }: { ctx: ViewContext; catalog: Catalog; actor: Actor; instruments: Instrument[] }) {
  const { t, lang } = ctx;
  return (
    <Layout ctx={ctx} title={actor.name} crumbs={[[t('actors.title'), '/actors']]}>
      <h1>{actor.name} <DemoBadge t={t} isDemo={actor.isDemo} /></h1>
      {actor.retired ? <div class="notice"><p>{t('actors.retiredNotice')}</p></div> : null}
      {actor.isDemo ? <div class="notice notice-demo"><p>{t('actors.demoNotice')}</p></div> : null}
      <p class="lead">{actor.description[lang]}</p>
      <dl class="facts">
        <dt>{t('actors.kind')}</dt><dd>{t(`actorKind.${actor.kind}`)}</dd>
        <dt>{t('actors.website')}</dt>
        <dd>{!actor.website ? <span class="muted">{t('actors.noWebsite')}</span>
          : isWebAddress(actor.website) ? <a href={actor.website} rel="external noopener">{hostOf(actor.website)} ({t('actors.external')})</a>
          : actor.website}</dd>
        <dt>{t('actors.expertise')}</dt>
        <dd>{actor.expertise.length === 0 ? <span class="muted">{t('actors.noExpertise')}</span> : (
          <ul class="tags">{actor.expertise.map((x) => <li><a class="tag" href={`/actors?expertise=${x}`}>{t(`expertise.${x}`)}</a></li>)}</ul>
        )}</dd>
        <dt>{t('actors.pillars')}</dt>
        <dd>{actor.pillars.length === 0 ? <span class="muted">{t('actors.noPillars')}</span> : (
          <ul class="tags">{actor.pillars.map((n) => <li><a class="tag" href={`/pillars/${n}`}>{n}. {catalog.pillar(n)?.name[lang] ?? ''}</a></li>)}</ul>
        )}</dd>
        <dt>{t('actors.subsectors')}</dt>
        <dd>{actor.subsectors.length === 0 ? <span class="muted">{t('actors.noSubsectors')}</span> : (
          <ul class="tags">{actor.subsectors.map((s) => <li><a class="tag" href={`/actors?subsector=${s}`}>{subsectorName(catalog, s, lang, t)}</a></li>)}</ul>
        )}</dd>
      </dl>

      <h2>{t('actors.rolesTitle')}</h2>
      <p>{t('actors.rolesLead')} <a href="/actors/roles">{t('actors.toCoverage')}</a></p>
      {actor.roles.length === 0 ? <p>{t('actors.noRolesLong')}</p> : (
        <ScrollTable caption={t('actors.rolesCaption', { name: actor.name })} class="data-table">
          <thead>
            <tr>
              <th scope="col">{t('actors.role')}</th>
              <th scope="col">{t('actors.focus')}</th>
              <th scope="col">{t('actors.horizon')}</th>
              <th scope="col">{t('actors.access')}</th>
              <th scope="col">{t('actors.note')}</th>
              <th scope="col">{t('source.label')}</th>
            </tr>
          </thead>
          <tbody>
            {actor.roles.map((r) => (
              <tr>
                <th scope="row">{t(`roles.${r.role}`)}</th>
                <td>{capitalise(t(`roles.focus.${r.focus}`))}</td>
                <td>{capitalise(t(`roles.horizon.${r.horizon}`))}</td>
                <td>{capitalise(t(`roles.access.${r.access}`))}</td>
                <td>{r.note[lang] || '—'}</td>
                <td>{r.source ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}

      <h2>{t('actors.instrumentsTitle')}</h2>
      {instruments.length === 0 ? <p>{t('actors.noInstruments')}</p> : (
        <ScrollTable caption={t('actors.instrumentsCaption', { name: actor.name })} class="data-table">
          <thead>
            <tr><th scope="col">{t('actors.instrumentName')}</th><th scope="col">{t('actors.instrumentType')}</th><th scope="col">{t('actors.instrumentStatus')}</th></tr>
          </thead>
          <tbody>
            {instruments.map((i) => (
              <tr>
                <th scope="row"><a href={`/instruments/${i.code}`}>{i.name[lang]}</a> <DemoBadge t={t} isDemo={i.isDemo} /></th>
                <td>{t(`instrumentType.${i.type}`)}</td>
                <td>{t(i.retired ? 'actors.instrumentRetired' : 'actors.instrumentActive')}</td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
      <Source t={t} source={actor.source} />
      <div class="actions">
        <a href={`/api/actors/${actor.code}`}>{t('common.asJson')}</a>
      </div>
    </Layout>
  );
}
