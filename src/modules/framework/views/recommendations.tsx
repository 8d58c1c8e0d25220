import type { Catalog } from '../../../catalog/catalog.js';
import type { ViewContext } from '../../../web/context.js';
import { Source } from '../../../web/components.js';
import { Fragment, h } from '../../../web/jsx.js';
import { Layout } from '../../../web/layout.js';
import type { PrincipleDetail, RecommendationDetail } from '../queries.js';
import { ChallengeList, InstrumentLinks, JsonLink, PrincipleList, RecommendationList } from './parts.js';

void Fragment;

const recTitle = (ctx: ViewContext, d: RecommendationDetail) => `${d.recommendation.code} ${d.recommendation.title[ctx.lang]}`;

/** What a sub-recommendation is linked to, inside its card on the overview. */
function Links({ ctx, detail }: { ctx: ViewContext; detail: RecommendationDetail }) {
  const { t } = ctx;
  return (
    <>
      <h4>{t('recommendations.challenges')}</h4>
      <ChallengeList ctx={ctx} items={detail.challenges} empty={t('recommendations.noChallenges')} />
      <h4>{t('recommendations.instruments')}</h4>
      <InstrumentLinks ctx={ctx} items={detail.instruments} empty={t(detail.children.length ? 'recommendations.noInstrumentsParent' : 'recommendations.noInstruments')} />
    </>
  );
}

export function RecommendationsPage({ ctx, tree, principles }: { ctx: ViewContext; tree: RecommendationDetail[]; principles: PrincipleDetail[] }) {
  const { t, lang } = ctx;
  return (
    <Layout ctx={ctx} title={t('recommendations.title')}>
      <h1>{t('recommendations.title')}</h1>
      <p class="lead">{t('recommendations.lead')}</p>
      <nav aria-labelledby="on-this-page">
        <h2 id="on-this-page">{t('recommendations.onThisPage')}</h2>
        <ul>
          {tree.map((d) => <li><a href={`#${d.recommendation.code}`}>{recTitle(ctx, d)}</a></li>)}
          <li><a href="#principles">{t('principles.title')}</a></li>
        </ul>
      </nav>
      {tree.map((d) => (
        <section id={d.recommendation.code} aria-labelledby={`h-${d.recommendation.code}`}>
          <h2 id={`h-${d.recommendation.code}`}><a href={`/recommendations/${d.recommendation.code}`}>{recTitle(ctx, d)}</a></h2>
          <p>{d.recommendation.description[lang]}</p>
          <ul class="cards">
            {d.children.map((child) => (
              <li class="card">
                <h3><a href={`/recommendations/${child.recommendation.code}`}>{recTitle(ctx, child)}</a></h3>
                <p>{child.recommendation.description[lang]}</p>
                <Links ctx={ctx} detail={child} />
              </li>
            ))}
          </ul>
        </section>
      ))}
      <JsonLink t={t} href="/api/recommendations" label={t('recommendations.asJson')} />

      <section id="principles" aria-labelledby="h-principles">
        <h2 id="h-principles">{t('principles.title')}</h2>
        <p>{t('principles.lead')}</p>
        <ol class="cards">
          {principles.map((p) => (
            <li class="card" id={`principle-${p.principle.number}`}>
              <h3>{t('principles.nameN', { n: p.principle.number, title: p.principle.title[lang] })}</h3>
              <p>{p.principle.description[lang]}</p>
              <h4>{t('principles.challenges')}</h4>
              <ChallengeList ctx={ctx} items={p.challenges} empty={t('principles.noChallenges')} />
              <h4>{t('principles.recommendations')}</h4>
              <RecommendationList ctx={ctx} items={p.recommendations} empty={t('principles.noRecommendations')} />
              <h4>{t('principles.instruments')}</h4>
              <InstrumentLinks ctx={ctx} items={p.instruments} empty={t('principles.noInstruments')} />
            </li>
          ))}
        </ol>
        <JsonLink t={t} href="/api/principles" label={t('principles.asJson')} />
      </section>
    </Layout>
  );
}

export function RecommendationPage({ ctx, catalog, detail }: { ctx: ViewContext; catalog: Catalog; detail: RecommendationDetail }) {
  const { t, lang } = ctx;
  const r = detail.recommendation;
  const title = recTitle(ctx, detail);
  const crumbs: Array<[string, string]> = [[t('recommendations.title'), '/recommendations']];
  if (detail.parent) crumbs.push([`${detail.parent.code} ${detail.parent.title[lang]}`, `/recommendations/${detail.parent.code}`]);
  return (
    <Layout ctx={ctx} title={title} crumbs={crumbs}>
      <h1>{title}</h1>
      <p class="lead">{r.description[lang]}</p>
      <dl class="facts">
        {detail.parent ? [
          <dt>{t('recommendations.parent')}</dt>,
          <dd><a href={`/recommendations/${detail.parent.code}`}>{detail.parent.code} {detail.parent.title[lang]}</a></dd>,
        ] : null}
        <dt>{t('recommendations.pillars')}</dt>
        <dd>
          {r.pillars.length === 0 ? '—' : (
            <ul>{r.pillars.map((n) => <li><a href={`/pillars/${n}`}>{t('pillars.nameN', { n, name: catalog.pillar(n)?.name[lang] ?? '' })}</a></li>)}</ul>
          )}
        </dd>
      </dl>

      {detail.children.length ? [
        <h2>{t('recommendations.children')}</h2>,
        <RecommendationList ctx={ctx} items={detail.children.map((c) => c.recommendation)} empty="" />,
      ] : null}

      <h2>{t('recommendations.challenges')}</h2>
      <ChallengeList ctx={ctx} items={detail.challenges} empty={t('recommendations.noChallenges')} />

      <h2>{t('recommendations.instruments')}</h2>
      <InstrumentLinks ctx={ctx} items={detail.instruments} empty={t(detail.children.length ? 'recommendations.noInstrumentsParent' : 'recommendations.noInstruments')} />

      <h2>{t('recommendations.principles')}</h2>
      <PrincipleList ctx={ctx} items={detail.principles} empty={t('recommendations.noPrinciples')} />

      <Source t={t} source={r.source} />
      <JsonLink t={t} href={`/api/recommendations/${r.code}`} />
    </Layout>
  );
}
