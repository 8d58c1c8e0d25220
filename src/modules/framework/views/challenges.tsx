import type { Catalog } from '../../../catalog/catalog.js';
import type { ViewContext } from '../../../web/context.js';
import { DemoBadge, FilterSelect, Source, ScrollTable } from '../../../web/components.js';
import { h } from '../../../web/jsx.js';
import { Layout } from '../../../web/layout.js';
import type { ChallengeDetail, ChallengeRef } from '../queries.js';
import { CaseList, JsonLink, PrincipleList, RecommendationList, StatusBadge } from './parts.js';

export function ChallengesPage({ ctx, catalog, challenges, pillar }: { ctx: ViewContext; catalog: Catalog; challenges: ChallengeRef[]; pillar: number | undefined }) {
  const { t, lang } = ctx;
  const pillars = catalog.pillars.filter((p) => pillar === undefined || p.number === pillar);
  return (
    <Layout ctx={ctx} title={t('challenges.title')}>
      <h1>{t('challenges.title')}</h1>
      <p class="lead">{t('challenges.lead')}</p>
      <form method="get" action="/challenges" class="filters" role="search" aria-label={t('challenges.filter')}>
        <FilterSelect name="pillar" label={t('framework.pillar')} value={pillar} all={t('challenges.allPillars')}
          options={catalog.pillars.map((p) => [String(p.number), t('pillars.nameN', { n: p.number, name: p.name[lang] })])} />
        <div><button type="submit" class="button">{t('challenges.apply')}</button></div>
      </form>
      <p class="result-count" role="status">{t('challenges.count', { count: challenges.length })}</p>
      {pillars.map((p) => (
        <section aria-labelledby={`pillar-${p.number}`}>
          <h2 id={`pillar-${p.number}`}><a href={`/pillars/${p.number}`}>{t('pillars.nameN', { n: p.number, name: p.name[lang] })}</a></h2>
          <ul class="cards">
            {challenges.filter((c) => c.challenge.pillar === p.number).map(({ challenge: c, status }) => (
              <li class="card">
                <h3><a href={`/challenges/${c.number}`}>{t('challenges.nameN', { n: c.number, title: c.title[lang] })}</a></h3>
                <p>{c.description[lang]}</p>
                <p>{t('framework.coverage')}: <StatusBadge t={t} status={status} /></p>
              </li>
            ))}
          </ul>
        </section>
      ))}
      <JsonLink t={t} href={pillar === undefined ? '/api/challenges' : `/api/challenges?pillar=${pillar}`} />
    </Layout>
  );
}

export function ChallengePage({ ctx, detail }: { ctx: ViewContext; detail: ChallengeDetail }) {
  const { t, lang } = ctx;
  const { challenge: c, pillar } = detail;
  const title = t('challenges.nameN', { n: c.number, title: c.title[lang] });
  return (
    <Layout ctx={ctx} title={title} crumbs={[[t('challenges.title'), '/challenges']]}>
      <h1>{title}</h1>
      <p class="lead">{c.description[lang]}</p>
      <dl class="facts">
        <dt>{t('framework.pillar')}</dt>
        <dd><a href={`/pillars/${pillar.number}`}>{t('pillars.nameN', { n: pillar.number, name: pillar.name[lang] })}</a></dd>
        <dt>{t('framework.coverage')}</dt>
        <dd><StatusBadge t={t} status={detail.status} /> {t(`challenges.statusExplained.${detail.status}`)}</dd>
      </dl>

      <h2>{t('challenges.whyItMatters')}</h2>
      <p>{c.whyItMatters[lang]}</p>

      <h2>{t('challenges.instruments')}</h2>
      {detail.instruments.length === 0 ? (
        <div class="notice"><p>{t('challenges.noInstruments')}</p></div>
      ) : (
        <ScrollTable caption={t('challenges.instrumentsCaption', { count: detail.instruments.length })} class="data-table">
          <thead><tr><th scope="col">{t('framework.instrument')}</th><th scope="col">{t('framework.contribution')}</th></tr></thead>
          <tbody>
            {detail.instruments.map((i) => (
              <tr>
                <th scope="row"><a href={`/instruments/${i.code}`}>{i.name[lang]}</a> <DemoBadge t={t} isDemo={i.isDemo} /></th>
                <td>{t(`framework.strength.${i.strength}`)}</td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
      <p><a href={`/instruments?challenge=${c.number}`}>{t('challenges.inRegistry', { n: c.number })}</a></p>

      <h2>{t('challenges.recommendations')}</h2>
      <RecommendationList ctx={ctx} items={detail.recommendations} empty={t('challenges.noRecommendations')} />

      <h2>{t('challenges.principles')}</h2>
      <PrincipleList ctx={ctx} items={detail.principles} empty={t('challenges.noPrinciples')} />

      <h2>{t('challenges.cases')}</h2>
      <CaseList ctx={ctx} items={detail.cases} empty={t('challenges.noCases')} />

      <Source t={t} source={c.source} />
      <JsonLink t={t} href={`/api/challenges/${c.number}`} />
    </Layout>
  );
}
