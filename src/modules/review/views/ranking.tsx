import type { Lang, Translate } from '../../../plugins/i18n.js';
import type { ViewContext } from '../../../web/context.js';
import { DemoBadge, ScrollTable } from '../../../web/components.js';
import { h, Html } from '../../../web/jsx.js';
import { Layout } from '../../../web/layout.js';
import type { CallRecord } from '../queries.js';
import type { Ranking } from '../ranking.js';
import { tieOrder } from '../ranking.js';
import { callCrumbs } from './overview.js';
import { Money, Score, StatusBadge } from './parts.js';

export const rankingTitle = (t: Translate, lang: Lang, call: CallRecord) => t('review.ranking.title', { call: call.title[lang] });

/** The page around the ranking: the table is the same for every reader, so it is made once per state. */
export function RankingPage({ ctx, call, content }: { ctx: ViewContext; call: CallRecord; content: Html }): Html {
  const title = rankingTitle(ctx.t, ctx.lang, call);
  return (
    <Layout ctx={ctx} title={title} crumbs={[...callCrumbs(ctx, call), [ctx.t('review.overview.short'), `/calls/${call.code}/review`]]} api={`/api/calls/${call.code}/ranking`}>
      {content}
    </Layout>
  );
}

/** The ranking table with the spread per criterion and the line where the budget runs out. */
export function RankingContent({ t, lang, call, ranking }: { t: Translate; lang: Lang; call: CallRecord; ranking: Ranking }): Html {
  const title = rankingTitle(t, lang, call);
  const weights = call.criteria.reduce((s, c) => s + c.weight, 0) || 1;
  const criteria = [...call.criteria].sort((a, b) => a.position - b.position);
  const cols = 7 + criteria.length;
  return (
    <div>
      <h1>{title} <DemoBadge t={t} isDemo={call.isDemo} /></h1>
      <p>{t('review.ranking.lead')}</p>
      <ul>
        {criteria.map((c) => <li>{c.label[lang]}: {t('review.ranking.weight', { weight: c.weight, share: Math.round((c.weight / weights) * 100) })}</li>)}
      </ul>
      <p>{t('review.ranking.tieRule', { order: tieOrder(call.criteria).map((c) => c.label[lang]).join(', ') })}</p>
      <p>
        {t('review.ranking.budget')}: <Money lang={lang} amount={ranking.budget} /> · {t('review.ranking.requested')}: <Money lang={lang} amount={ranking.requestedTotal} /> · {t('review.ranking.granted')}: <Money lang={lang} amount={ranking.granted} />
      </p>
      <p><a href={`/calls/${call.code}/ranking.csv`} download>{t('review.ranking.csv')}</a></p>
      {ranking.rows.length === 0 ? <p>{t('review.ranking.none')}</p> : (
        <ScrollTable caption={t('review.ranking.caption')} class="data-table">
          <thead><tr>
            <th scope="col">{t('review.col.rank')}</th><th scope="col">{t('review.col.application')}</th><th scope="col">{t('review.col.score')}</th>
            <th scope="col">{t('review.col.reviews')}</th>
            {criteria.map((c) => <th scope="col">{c.label[lang]} <span class="muted">{t('review.ranking.meanSpread')}</span></th>)}
            <th scope="col">{t('review.col.requested')}</th><th scope="col">{t('review.col.cumulative')}</th><th scope="col">{t('review.col.status')}</th>
          </tr></thead>
          <tbody>
            {ranking.rows.map((r) => [
              ranking.budgetRunsOutAt === r.rank
                ? <tr class="budget-line"><td colspan={String(cols)}><strong>{t('review.ranking.budgetLine')}</strong></td></tr> : null,
              <tr>
                <td>{r.rank}</td>
                <td><a href={`/calls/${call.code}/review/${r.id}`}>{r.title}</a> <DemoBadge t={t} isDemo={r.isDemo} /><br /><span class="muted">{r.leadName}</span></td>
                <td><strong><Score lang={lang} value={r.score} /></strong></td>
                <td>{r.reviews}</td>
                {r.criteria.map((c) => <td><Score lang={lang} value={c.mean} />{c.count ? [' ', <span class="muted">({c.min}–{c.max})</span>] : null}</td>)}
                <td><Money lang={lang} amount={r.requested} /></td>
                <td><Money lang={lang} amount={r.cumulative} />{r.withinBudget ? null : [' ', <span class="badge badge-gap">{t('review.ranking.over')}</span>]}</td>
                <td><StatusBadge t={t} status={r.status} /></td>
              </tr>,
            ])}
          </tbody>
        </ScrollTable>
      )}
    </div>
  );
}
