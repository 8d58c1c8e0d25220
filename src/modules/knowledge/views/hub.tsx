import type { Catalog } from '../../../catalog/catalog.js';
import type { ViewContext } from '../../../web/context.js';
import { DemoBadge } from '../../../web/components.js';
import { h, Html } from '../../../web/jsx.js';
import { Layout } from '../../../web/layout.js';
import type { Hub } from '../hub-queries.js';
import { Day, Period } from './labels.js';

/** The entry to the knowledge space: each part with its count and latest entries. */
export function HubPage({ ctx, hub, canContribute, canManage }: { ctx: ViewContext; hub: Hub; catalog: Catalog; canContribute: boolean; canManage: boolean }): Html {
  const { t, lang } = ctx;
  const c = hub.counts;
  return (
    <Layout ctx={ctx} title={t('knowledge.hub.title')}>
      <h1>{t('knowledge.hub.title')}</h1>
      <p class="lead">{t('knowledge.hub.lead')}</p>
      <div class="actions">
        <a class="button" href="/guide">{t('knowledge.hub.guide')}</a>
        <a href="/search">{t('knowledge.hub.search')}</a>
        {canContribute ? <a href="/knowledge/mine">{t('knowledge.mine.title')}</a> : null}
        {canManage ? <a href="/knowledge/editors">{t('knowledge.editors.title')}</a> : null}
      </div>
      <ul class="cards">
        <li class="card">
          <h2 id="hub-cases"><a href="/cases">{t('cases.title')}</a></h2>
          <p>{t('knowledge.hub.casesCount', { count: c.cases })} <a href="/cases?outcome=failure">{t('knowledge.hub.failuresCount', { count: c.failures })}</a></p>
          <ul>{hub.cases.map((x) => <li><a href={`/cases/${x.code}`}>{x.title[lang]}</a>{x.isDemo ? [' ', <DemoBadge t={t} isDemo />] : null}</li>)}</ul>
          {hub.failures.length ? [
            <h3>{t('knowledge.hub.latestFailures')}</h3>,
            <ul>{hub.failures.map((x) => <li><a href={`/cases/${x.code}`}>{x.title[lang]}</a> <span class="muted">({t(`knowledge.outcome.${x.outcome}`)})</span>{x.isDemo ? [' ', <DemoBadge t={t} isDemo />] : null}</li>)}</ul>,
          ] : null}
        </li>
        <li class="card">
          <h2 id="hub-lessons"><a href="/lessons">{t('knowledge.hub.lessons')}</a></h2>
          <p>{t('knowledge.hub.lessonsCount', { count: c.lessons })}</p>
          {hub.lessons.length === 0 ? <p>{t('knowledge.hub.noLessons')}</p> : (
            <ul>{hub.lessons.map((l) => <li><a href={`/lessons/${l.code}`} lang={l.language}>{l.title}</a> <span class="muted">(<Day lang={lang} iso={l.publishedAt} />)</span>{l.isDemo ? [' ', <DemoBadge t={t} isDemo />] : null}</li>)}</ul>
          )}
        </li>
        <li class="card">
          <h2 id="hub-learning"><a href="/learning">{t('knowledge.learning.title')}</a></h2>
          <p>{t('knowledge.hub.learningCount', { count: c.learningUpcoming })}</p>
          <ul>{hub.learning.map((l) => <li><a href={`/learning/${l.id}`}>{lang === 'nl' ? l.title_nl : l.title_en}</a> <span class="muted">(<Period lang={lang} from={l.starts_on} to={l.ends_on} />)</span>{l.is_demo ? [' ', <DemoBadge t={t} isDemo />] : null}</li>)}</ul>
        </li>
        <li class="card">
          <h2 id="hub-funding"><a href="/funding">{t('knowledge.funding.title')}</a></h2>
          <p>{t('knowledge.hub.fundingCount', { count: c.fundingOpen })} <a href="/funding?status=deadline_soon">{t('knowledge.hub.deadlinesSoon', { count: c.deadlinesSoon })}</a></p>
          <ul>{hub.funding.map((f) => <li><a href={`/funding/${f.code}`}>{lang === 'nl' ? f.title_nl : f.title_en}</a>{f.deadline_on ? [' ', <span class="muted">({t('knowledge.funding.deadline')}: <Day lang={lang} iso={f.deadline_on} />)</span>] : null}{f.is_demo ? [' ', <DemoBadge t={t} isDemo />] : null}</li>)}</ul>
        </li>
        <li class="card">
          <h2 id="hub-actors"><a href="/actors">{t('knowledge.hub.actors')}</a></h2>
          <p>{t('knowledge.hub.actorsCount', { count: c.supportActors })}</p>
          <ul>
            <li><a href="/actors?kind=support_organisation">{t('knowledge.hub.supportActors')}</a></li>
            <li><a href="/actors?kind=knowledge_institution">{t('knowledge.hub.knowledgeActors')}</a></li>
            <li><a href="/actors/roles">{t('knowledge.hub.roles')}</a></li>
          </ul>
        </li>
      </ul>
      <p><a href="/api/knowledge">{t('common.asJson')}</a></p>
    </Layout>
  );
}
