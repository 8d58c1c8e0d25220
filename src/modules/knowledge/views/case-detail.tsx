import type { Catalog } from '../../../catalog/catalog.js';
import type { Case } from '../../../catalog/types.js';
import type { ViewContext } from '../../../web/context.js';
import { Source } from '../../../web/components.js';
import { h } from '../../../web/jsx.js';
import { Layout } from '../../../web/layout.js';
import { countryName, sectorName } from '../cases-labels.js';
import type { RelatedCase } from '../cases-queries.js';
import { DemoMark, PillarLink } from './case-parts.js';

function hostOf(url: string): string {
  try { return new URL(url).hostname.replace(/^www\./, ''); } catch { return url; }
}

export function CaseDetailPage({ ctx, catalog, item, related }: { ctx: ViewContext; catalog: Catalog; item: Case; related: RelatedCase[] }) {
  const { t, lang } = ctx;
  return (
    <Layout ctx={ctx} title={item.title[lang]} crumbs={[[t('cases.title'), '/cases']]}>
      <h1>{item.title[lang]}<DemoMark t={t} isDemo={item.isDemo} /></h1>
      {item.isDemo ? <div class="notice notice-demo"><p>{t('cases.demoNotice')}</p></div> : null}
      <p class="lead">{item.summary[lang]}</p>
      <dl class="facts">
        <dt>{t('cases.country')}</dt><dd>{countryName(item.country, lang)}</dd>
        {item.region ? [<dt>{t('cases.region')}</dt>, <dd>{item.region}</dd>] : null}
        <dt>{t('cases.sector')}</dt><dd>{sectorName(item.sector, lang)}</dd>
        <dt>{t('cases.pillar')}</dt><dd><PillarLink catalog={catalog} number={item.pillar} lang={lang} /></dd>
        {item.url ? [
          <dt>{t('cases.website')}</dt>,
          <dd><a href={item.url} rel="external noopener">{hostOf(item.url)} ({t('cases.external')})</a></dd>,
        ] : null}
      </dl>
      <h2>{t('cases.answers')}</h2>
      {item.challenges.length === 0 ? <p>{t('cases.noChallenges')}</p> : (
        <ul>
          {item.challenges.map((n) => <li><a href={`/challenges/${n}`}>{t('cases.challengeN', { n })}: {catalog.challenge(n)?.title[lang] ?? ''}</a></li>)}
        </ul>
      )}
      <h2>{t('cases.related')}</h2>
      {related.length === 0 ? <p>{t('cases.noRelated')}</p> : [
        <p>{t('cases.relatedLead')}</p>,
        <ul>
          {related.map((r) => (
            <li>
              <a href={`/cases/${r.case.code}`}>{r.case.title[lang]}</a><DemoMark t={t} isDemo={r.case.isDemo} />{' '}
              <span class="muted">({t(r.shared.length === 1 ? 'cases.sharedOne' : 'cases.sharedMany', { list: r.shared.join(', ') })})</span>
            </li>
          ))}
        </ul>,
      ]}
      <Source t={t} source={item.source} />
      <div class="actions">
        <a href={`/cases?pillar=${item.pillar}`}>{t('cases.morePillar', { n: item.pillar })}</a>
        <a href={`/api/cases/${item.code}`}>{t('common.asJson')}</a>
      </div>
    </Layout>
  );
}
