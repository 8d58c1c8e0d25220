import type { Catalog } from '../../../catalog/catalog.js';
import type { ViewContext } from '../../../web/context.js';
import { Source, ScrollTable } from '../../../web/components.js';
import { h } from '../../../web/jsx.js';
import { Layout } from '../../../web/layout.js';
import type { ChallengeRef, CoverageStatus, PillarDetail } from '../queries.js';
import { CaseList, JsonLink, RecommendationList, StatusBadge } from './parts.js';

export function PillarsPage({ ctx, catalog, pillars }: {
  ctx: ViewContext; catalog: Catalog; pillars: Array<{ number: number; status: CoverageStatus; challenges: ChallengeRef[] }>;
}) {
  const { t, lang } = ctx;
  return (
    <Layout ctx={ctx} title={t('pillars.title')}>
      <h1>{t('pillars.title')}</h1>
      <p class="lead">{t('pillars.lead')}</p>
      <ol class="pillars">
        {pillars.map(({ number, status, challenges }) => {
          const pillar = catalog.pillar(number)!;
          return (
            <li class="card">
              <h2><a href={`/pillars/${number}`}>{t('pillars.nameN', { n: number, name: pillar.name[lang] })}</a></h2>
              <p>{pillar.description[lang]}</p>
              <p>{t('pillars.coverage')}: <StatusBadge t={t} status={status} /></p>
              <ul>
                {challenges.map(({ challenge: c, status: s }) => (
                  <li><a href={`/challenges/${c.number}`}>{t('challenges.nameN', { n: c.number, title: c.title[lang] })}</a> <StatusBadge t={t} status={s} /></li>
                ))}
              </ul>
            </li>
          );
        })}
      </ol>
      <p><a href="/coverage">{t('framework.toCoverage')}</a></p>
      <JsonLink t={t} href="/api/pillars" />
    </Layout>
  );
}

export function PillarPage({ ctx, catalog, detail }: { ctx: ViewContext; catalog: Catalog; detail: PillarDetail }) {
  const { t, lang } = ctx;
  const { pillar } = detail;
  const title = t('pillars.nameN', { n: pillar.number, name: pillar.name[lang] });
  const previous = catalog.pillar(pillar.number - 1);
  const next = catalog.pillar(pillar.number + 1);
  return (
    <Layout ctx={ctx} title={title} crumbs={[[t('pillars.title'), '/pillars']]}>
      <h1>{title}</h1>
      <p class="lead">{pillar.description[lang]}</p>
      <dl class="facts">
        <dt>{t('pillars.coverage')}</dt>
        <dd><StatusBadge t={t} status={detail.status} /> {t('pillars.coverageHint')}</dd>
        <dt>{t('pillars.challengeCount')}</dt>
        <dd>{String(detail.challenges.length)}</dd>
      </dl>

      <h2>{t('pillars.challenges')}</h2>
      <ScrollTable caption={t('pillars.challengesCaption', { n: pillar.number })} class="data-table">
        <thead>
          <tr>
            <th scope="col">{t('framework.challenge')}</th>
            <th scope="col">{t('framework.coverage')}</th>
            <th scope="col">{t('framework.activeInstruments')}</th>
          </tr>
        </thead>
        <tbody>
          {detail.challenges.map(({ challenge: c, status, instruments }) => (
            <tr>
              <th scope="row"><a href={`/challenges/${c.number}`}>{t('challenges.nameN', { n: c.number, title: c.title[lang] })}</a></th>
              <td><StatusBadge t={t} status={status} /></td>
              <td>
                {instruments.length === 0 ? t('framework.noInstruments.short') : (
                  <ul>
                    {instruments.map((i) => (
                      <li><a href={`/instruments/${i.code}`}>{i.name[lang]}</a>{i.strength === 'partial' ? ` (${t('framework.strength.partial.short')})` : ''}</li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
      <p><a href="/coverage">{t('framework.toCoverage')}</a></p>

      <h2>{t('pillars.recommendations')}</h2>
      <RecommendationList ctx={ctx} items={detail.recommendations} empty={t('pillars.noRecommendations')} />

      <h2>{t('pillars.cases')}</h2>
      <p>{t('pillars.casesLead')}</p>
      <CaseList ctx={ctx} items={detail.cases} empty={t('pillars.noCases')} />

      <Source t={t} source={pillar.source} />
      <JsonLink t={t} href={`/api/pillars/${pillar.number}`} />
      {previous || next ? (
        <nav aria-label={t('pillars.otherPillars')}>
          <ul>
            {previous ? <li><a href={`/pillars/${previous.number}`} rel="prev">{t('pillars.previous', { name: t('pillars.nameN', { n: previous.number, name: previous.name[lang] }) })}</a></li> : null}
            {next ? <li><a href={`/pillars/${next.number}`} rel="next">{t('pillars.next', { name: t('pillars.nameN', { n: next.number, name: next.name[lang] }) })}</a></li> : null}
          </ul>
        </nav>
      ) : null}
    </Layout>
  );
}
