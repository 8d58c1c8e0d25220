import type { Catalog } from '../../../catalog/catalog.js';
import type { Case } from '../../../catalog/types.js';
import type { ViewContext } from '../../../web/context.js';
import { Source } from '../../../web/components.js';
import { h } from '../../../web/jsx.js';
import { Layout } from '../../../web/layout.js';
import { countryName, sectorName } from '../cases-labels.js';
import type { RelatedCase } from '../cases-queries.js';
import { DemoMark, OutcomeMark, PillarLink } from './case-parts.js';
import { subsectorName } from './labels.js';

function hostOf(url: string): string {
  try { return new URL(url).hostname.replace(/^www\./, ''); } catch { return url; }
}

export function CaseDetailPage({ ctx, catalog, item, related, canEdit, notice }: {
  ctx: ViewContext; catalog: Catalog; item: Case; related: RelatedCase[]; canEdit?: boolean; notice?: string | undefined;
}) {
  const { t, lang } = ctx;
  const maintainer = item.maintainedBy === null ? undefined : catalog.actors.get(item.maintainedBy);
  return (
    <Layout ctx={ctx} title={item.title[lang]} crumbs={[[t('cases.title'), '/cases']]}>
      <h1>{item.title[lang]}<DemoMark t={t} isDemo={item.isDemo} /><OutcomeMark t={t} outcome={item.outcome} /></h1>
      {notice ? <div class="notice notice-success" role="status" data-draft-saved={`case-${item.code}`}><p>{t(notice)}</p></div> : null}
      {item.isDemo ? <div class="notice notice-demo"><p>{t('cases.demoNotice')}</p></div> : null}
      <p class="lead">{item.summary[lang]}</p>
      <dl class="facts">
        <dt>{t('cases.country')}</dt><dd>{countryName(item.country, lang)}</dd>
        {item.region ? [<dt>{t('cases.region')}</dt>, <dd>{item.region}</dd>] : null}
        <dt>{t('cases.sector')}</dt><dd>{sectorName(item.sector, lang)}</dd>
        <dt>{t('cases.pillar')}</dt><dd><PillarLink catalog={catalog} number={item.pillar} lang={lang} /></dd>
        <dt>{t('knowledge.outcomeLabel')}</dt><dd><a href={`/cases?outcome=${item.outcome}`}>{t(`knowledge.outcome.${item.outcome}`)}</a></dd>
        {item.subsectors.length ? [<dt>{t('knowledge.subsectors')}</dt>, <dd>{item.subsectors.map((s, i) => [i ? ', ' : '', <a href={`/cases?subsector=${s}`}>{subsectorName(catalog, s, lang)}</a>])}</dd>] : null}
        {item.technologies.length ? [<dt>{t('knowledge.technologies')}</dt>, <dd>{item.technologies.map((s, i) => [i ? ', ' : '', <a href={`/cases?technology=${s}`}>{t(`knowledge.technology.${s}`)}</a>])}</dd>] : null}
        {item.dimensions.length ? [<dt>{t('knowledge.dimensions')}</dt>, <dd>{item.dimensions.map((s, i) => [i ? ', ' : '', <a href={`/cases?dimension=${s}`}>{t(`knowledge.dimension.${s}`)}</a>])}</dd>] : null}
        {maintainer ? [<dt>{t('knowledge.cases.maintainer')}</dt>, <dd><a href={`/actors/${maintainer.code}`}>{maintainer.name}</a></dd>] : null}
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
        {canEdit ? <a class="button" href={`/cases/${item.code}/edit`}>{t('knowledge.edit')}</a> : null}
        <a href={`/cases?pillar=${item.pillar}`}>{t('cases.morePillar', { n: item.pillar })}</a>
        <a href={`/api/cases/${item.code}`}>{t('common.asJson')}</a>
      </div>
    </Layout>
  );
}
