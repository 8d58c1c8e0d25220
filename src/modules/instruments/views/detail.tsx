import type { Catalog } from '../../../catalog/catalog.js';
import type { Instrument } from '../../../catalog/types.js';
import { principalOf } from '../../../plugins/auth.js';
import { can } from '../../../plugins/permissions.js';
import type { ViewContext } from '../../../web/context.js';
import { DemoBadge, Source, ScrollTable } from '../../../web/components.js';
import { Csrf } from '../../../web/forms.js';
import { h } from '../../../web/jsx.js';
import { Layout } from '../../../web/layout.js';
import type { HistoryEntry } from '../../../plugins/audit.js';
import { changedFields, HistoryTable } from '../../../web/history.js';

export function InstrumentDetailPage({ ctx, catalog, instrument, history, notice }: {
  ctx: ViewContext; catalog: Catalog; instrument: Instrument; history: HistoryEntry[] | null; notice?: string | undefined;
}) {
  const { t, lang } = ctx;
  const actor = instrument.responsibleActorId !== null ? catalog.actors.get(instrument.responsibleActorId) : undefined;
  const principal = principalOf(ctx.user);
  return (
    <Layout ctx={ctx} title={instrument.name[lang]} crumbs={[[t('instruments.title'), '/instruments']]}>
      <h1>{instrument.name[lang]} <DemoBadge t={t} isDemo={instrument.isDemo} /></h1>
      {notice ? <div class="notice notice-success" role="status" data-draft-saved={notice === 'instruments.saved.created' ? 'instrument:new' : `instrument:${instrument.code}`}><p>{t(notice)}</p></div> : null}
      {instrument.retired ? <div class="notice"><p>{t('instruments.retiredNotice')}</p></div> : null}
      <p class="lead">{instrument.description[lang]}</p>
      <dl class="facts">
        <dt>{t('instruments.type')}</dt><dd>{t(`instrumentType.${instrument.type}`)}</dd>
        <dt>{t('instruments.responsible')}</dt><dd>{actor ? <a href={`/actors/${actor.code}`}>{actor.name}</a> : '—'}</dd>
        {instrument.sinceYear ? [<dt>{t('instruments.since')}</dt>, <dd>{String(instrument.sinceYear)}</dd>] : null}
        <dt>{t('instruments.status')}</dt><dd>{t(instrument.retired ? 'instruments.status.retired' : 'instruments.status.active')}</dd>
      </dl>
      <h2>{t('instruments.worksOn')}</h2>
      {instrument.links.length === 0 ? <p>{t('instruments.noChallenges')}</p> : (
        <ScrollTable caption={t('instruments.worksOn')} class="data-table" captionClass="visually-hidden">
          <thead><tr><th scope="col">{t('instruments.pillar')}</th><th scope="col">{t('instruments.challenge')}</th><th scope="col">{t('instruments.strength')}</th><th scope="col">{t('instruments.note')}</th></tr></thead>
          <tbody>
            {instrument.links.map((l) => {
              const c = catalog.challenge(l.challenge);
              const p = c ? catalog.pillar(c.pillar) : undefined;
              return (
                <tr>
                  <td>{p ? `${p.number}. ${p.name[lang]}` : ''}</td>
                  <td><a href={`/challenges/${l.challenge}`}>{l.challenge}. {c?.title[lang]}</a></td>
                  <td>{t(`strength.${l.strength}`)}</td>
                  <td>{l.note[lang]}</td>
                </tr>
              );
            })}
          </tbody>
        </ScrollTable>
      )}
      {instrument.recommendations.length ? [
        <h2>{t('instruments.recommendations')}</h2>,
        <ul>{instrument.recommendations.map((code) => <li><a href={`/recommendations/${code}`}>{code}</a> {catalog.recommendation(code)?.title[lang]}</li>)}</ul>,
      ] : null}
      <Source t={t} source={instrument.source} />
      <div class="actions">
        {!instrument.retired && can(principal, 'instruments.update') ? <a class="button" href={`/instruments/${instrument.code}/edit`}>{t('instruments.edit')}</a> : null}
        {can(principal, 'instruments.retire') ? (
          <form method="post" action={`/instruments/${instrument.code}/${instrument.retired ? 'restore' : 'retire'}`} class="inline-form">
            <Csrf token={ctx.csrfToken} />
            <input type="hidden" name="version" value={instrument.version} />
            <button type="submit" class={instrument.retired ? 'button button-secondary' : 'button button-danger'}>{t(instrument.retired ? 'instruments.restore' : 'instruments.retire')}</button>
          </form>
        ) : null}
        <a href={`/api/instruments/${instrument.code}`}>{t('common.asJson')}</a>
      </div>
      <HistoryTable ctx={ctx} entries={history} what={(e) => `${t(`history.action.${e.action}`)}${changedFields(e)}`} />
    </Layout>
  );
}
