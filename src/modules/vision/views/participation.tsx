import type { Catalog } from '../../../catalog/catalog.js';
import type { Lang, Translate } from '../../../plugins/i18n.js';
import { DemoBadge, ScrollTable } from '../../../web/components.js';
import { h, Html } from '../../../web/jsx.js';
import type { EndorsementRecord } from '../queries/vision.js';
import type { ParticipationRow, RoundStats } from '../read-model.js';

/** How many endorsing organisations the page names; the rest are counted (the API lists all). */
const NAMED = 50;

export const subsectorName = (catalog: Catalog, lang: Lang, code: string) => catalog.subsectors.find((s) => s.code === code)?.name[lang] ?? code;

function Rows({ t, caption, head, rows, name }: { t: Translate; caption: string; head: string; rows: ParticipationRow[]; name: (key: string) => string }): Html {
  return (
    <ScrollTable caption={caption} class="data-table">
      <thead><tr><th scope="col">{head}</th><th scope="col">{t('vision.participation.organisations')}</th><th scope="col">{t('vision.participation.individuals')}</th></tr></thead>
      <tbody>
        {rows.map((r) => (
          <tr><th scope="row">{r.key ? name(r.key) : t('vision.participation.ownBehalf')}</th><td>{String(r.organisations)}</td><td>{String(r.individuals)}</td></tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}

/** Who took part by subsector and province, and who endorses: the sector's commitment, counted. */
export function Participation({ t, lang, catalog, stats, endorsements, apiHref }: {
  t: Translate; lang: Lang; catalog: Catalog; stats: RoundStats; endorsements: EndorsementRecord[]; apiHref: string;
}): Html {
  const p = stats.participation;
  return (
    <section aria-labelledby="participation-title">
      <h2 id="participation-title">{t('vision.participation.title')}</h2>
      <p>{t('vision.participation.summary', { organisations: p.organisations, individuals: p.individuals, comments: stats.comments.total, endorsements: stats.endorsements.total })}</p>
      <p class="hint">{t('vision.participation.rule')}</p>
      <Rows t={t} caption={t('vision.participation.bySubsector')} head={t('vision.subsector')} rows={p.bySubsector} name={(k) => subsectorName(catalog, lang, k)} />
      <Rows t={t} caption={t('vision.participation.byProvince')} head={t('vision.province')} rows={p.byProvince} name={(k) => t(`vision.province.${k}`)} />
      <h3>{t('vision.endorsements.title', { count: stats.endorsements.total })}</h3>
      <ScrollTable caption={t('vision.endorsements.bySubsector')} class="data-table">
        <thead><tr><th scope="col">{t('vision.subsector')}</th><th scope="col">{t('vision.endorsements.organisations')}</th></tr></thead>
        <tbody>
          {stats.endorsements.bySubsector.map((e) => <tr><th scope="row">{subsectorName(catalog, lang, e.key)}</th><td>{String(e.organisations)}</td></tr>)}
        </tbody>
      </ScrollTable>
      {endorsements.length ? (
        <div>
          <p>{t('vision.endorsements.named')}</p>
          <ul>
            {endorsements.slice(0, NAMED).map((e) => <li>{e.organisation.name} <DemoBadge t={t} isDemo={e.organisation.isDemo} /> <span class="muted">({subsectorName(catalog, lang, e.organisation.subsector)})</span></li>)}
          </ul>
          {endorsements.length > NAMED ? <p>{t('vision.endorsements.more', { count: endorsements.length - NAMED })} <a href={apiHref}>{t('vision.endorsements.fullList')}</a></p> : null}
        </div>
      ) : <p>{t('vision.endorsements.none')}</p>}
    </section>
  );
}
