import type { ViewContext } from '../../../web/context.js';
import { Csrf } from '../../../web/forms.js';
import { Fragment, h, Html } from '../../../web/jsx.js';
import { Layout } from '../../../web/layout.js';
import { quartileChart } from '../chart.js';
import { BREAKDOWNS, kpiCode } from '../constants.js';
import { formatLevel, type SectorView } from '../presenters.js';
import { CHART_SCRIPTS, Chart, DemoNotice, Rules, Withheld } from './parts.js';
import { ScrollTable } from '../../../web/components.js';

void Fragment;

const LEVELS = [0, 1, 2, 3, 4, 5];
type Cell = NonNullable<SectorView['total']>;

function DimensionTable({ ctx, cell, caption }: { ctx: ViewContext; cell: Cell; caption: string }): Html {
  const { t, lang } = ctx;
  return (
    <ScrollTable caption={caption} class="data-table">
      <thead>
        <tr>
          <th scope="col">{t('benchmarks.col.dimension')}</th>
          <th scope="col">{t('benchmarks.col.n')}</th>
          <th scope="col">{t('benchmarks.col.q1')}</th>
          <th scope="col">{t('benchmarks.col.median')}</th>
          <th scope="col">{t('benchmarks.col.q3')}</th>
          {LEVELS.map((l) => <th scope="col">{t('benchmarks.col.atLevel', { level: l })}</th>)}
        </tr>
      </thead>
      <tbody>
        {cell.dimensions.map((d) => (
          <tr>
            <th scope="row">{d.name}</th>
            <td>{d.n || '–'}</td>
            <td>{formatLevel(lang, d.q1)}</td>
            <td>{formatLevel(lang, d.median)}</td>
            <td>{formatLevel(lang, d.q3)}</td>
            {LEVELS.map((l) => <td>{d.distribution.length ? d.distribution[l] : '–'}</td>)}
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}

function BreakdownTable({ ctx, view, dims }: { ctx: ViewContext; view: SectorView; dims: Array<{ code: string; name: string }> }): Html {
  const { t, lang } = ctx;
  return (
    <ScrollTable caption={t(`benchmarks.sector.breakdownCaption.${view.by}`, { year: view.year ?? '' })} class="data-table">
      <thead>
        <tr>
          <th scope="col">{t(`benchmarks.sector.by.${view.by}`)}</th>
          <th scope="col">{t('benchmarks.col.n')}</th>
          {dims.map((d) => <th scope="col">{d.name}</th>)}
        </tr>
      </thead>
      <tbody>
        {view.cells.map((c) => (
          <tr>
            <th scope="row">{c.label}</th>
            {c.shown
              ? <><td>{c.n ?? 0}</td>{dims.map((_, i) => {
                const d = c.dimensions[i];
                return <td>{d && d.median !== null ? t('benchmarks.medianRange', { median: formatLevel(lang, d.median), q1: formatLevel(lang, d.q1), q3: formatLevel(lang, d.q3) }) : '–'}</td>;
              })}</>
              : <td colspan={dims.length + 1}>{c.message}</td>}
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}

export interface FeedState { canFeed: boolean; fed: { year: number } | null }

export function SectorPage({ ctx, view, feed }: { ctx: ViewContext; view: SectorView; feed: FeedState }): Html {
  const { t, lang } = ctx;
  const title = t('benchmarks.sector.title');
  const total = view.total;
  const dims = (total?.dimensions ?? []).map((d) => ({ code: d.code, name: d.name }));
  const trendDims = view.trend.length ? Object.keys(view.trend[0]!.medians) : [];
  const chart = total && total.shown ? quartileChart(total.dimensions.map((d) => ({ label: d.name, q1: d.q1, median: d.median, q3: d.q3 })), {
    range: t('benchmarks.chart.range'), median: t('benchmarks.chart.median'), own: t('benchmarks.chart.own'), level: t('benchmarks.chart.level'),
  }) : null;
  const api = `/api/maturity/sector${view.year ? `?year=${view.year}&by=${view.by}` : ''}`;
  return (
    <Layout ctx={ctx} title={title} crumbs={[[t('benchmarks.crumb.maturity'), '/maturity']]} api={api} scripts={CHART_SCRIPTS}>
      <h1>{title}</h1>
      <p class="lead">{t('benchmarks.sector.lead')}</p>
      <DemoNotice t={t} show={view.includesDemo} />
      {feed.fed ? <div class="notice notice-success" role="status"><p>{t('benchmarks.feed.done', { year: feed.fed.year })}</p></div> : null}
      {view.year === null ? <div class="notice"><p>{t('benchmarks.sector.empty')}</p></div> : (
        <>
          <form method="get" action="/maturity/sector" class="filters">
            <div>
              <label for="sector-year">{t('benchmarks.sector.year')}</label>
              <select id="sector-year" name="year">
                {view.years.map((y) => <option value={String(y)} selected={y === view.year}>{String(y)}</option>)}
              </select>
            </div>
            <div>
              <label for="sector-by">{t('benchmarks.sector.breakdown')}</label>
              <select id="sector-by" name="by">
                {BREAKDOWNS.map((b) => <option value={b} selected={b === view.by}>{t(`benchmarks.sector.by.${b}`)}</option>)}
              </select>
            </div>
            <div><button type="submit" class="button">{t('benchmarks.sector.show')}</button></div>
          </form>

          <section aria-labelledby="total-heading">
            <h2 id="total-heading">{t('benchmarks.sector.totalHeading', { year: view.year ?? '' })}</h2>
            {total && total.shown ? (
              <>
                <p class="result-count">{t('benchmarks.sector.n', { n: total.n ?? 0 })}</p>
                <Chart spec={chart} label={t('benchmarks.sector.chartAlt', { year: view.year })} />
                <DimensionTable ctx={ctx} cell={total} caption={t('benchmarks.sector.totalCaption', { year: view.year })} />
              </>
            ) : <Withheld message={total?.message ?? null} />}
          </section>

          {total && total.shown ? (
            <section aria-labelledby="breakdown-heading">
              <h2 id="breakdown-heading">{t(`benchmarks.sector.breakdownHeading.${view.by}`)}</h2>
              <p>{t('benchmarks.sector.breakdownLead', { min: view.rules.minGroup })}</p>
              <BreakdownTable ctx={ctx} view={view} dims={dims} />
              {dims.map((d, i) => (
                <section aria-labelledby={`dim-${d.code}`}>
                  <h3 id={`dim-${d.code}`}>{d.name}</h3>
                  <ScrollTable caption={t('benchmarks.sector.dimensionCaption', { dimension: d.name, year: view.year ?? '' })} class="data-table">
                    <thead>
                      <tr>
                        <th scope="col">{t(`benchmarks.sector.by.${view.by}`)}</th>
                        <th scope="col">{t('benchmarks.col.n')}</th>
                        <th scope="col">{t('benchmarks.col.q1')}</th>
                        <th scope="col">{t('benchmarks.col.median')}</th>
                        <th scope="col">{t('benchmarks.col.q3')}</th>
                        {LEVELS.map((l) => <th scope="col">{t('benchmarks.col.atLevel', { level: l })}</th>)}
                      </tr>
                    </thead>
                    <tbody>
                      {view.cells.map((c) => {
                        const x = c.dimensions[i];
                        return (
                          <tr>
                            <th scope="row">{c.label}</th>
                            {c.shown && x ? (
                              <>
                                <td>{c.n ?? 0}</td>
                                <td>{formatLevel(lang, x.q1)}</td><td>{formatLevel(lang, x.median)}</td><td>{formatLevel(lang, x.q3)}</td>
                                {LEVELS.map((l) => <td>{x.distribution.length ? x.distribution[l] : '–'}</td>)}
                              </>
                            ) : <td colspan={10}>{c.shown ? t('benchmarks.sector.noneInCell') : c.message}</td>}
                          </tr>
                        );
                      })}
                    </tbody>
                  </ScrollTable>
                </section>
              ))}
            </section>
          ) : null}

          <section aria-labelledby="trend-heading">
            <h2 id="trend-heading">{t('benchmarks.sector.trendHeading')}</h2>
            <ScrollTable caption={t('benchmarks.sector.trendCaption')} class="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('benchmarks.sector.year')}</th>
                  <th scope="col">{t('benchmarks.col.n')}</th>
                  {trendDims.map((code) => <th scope="col">{dims.find((d) => d.code === code)?.name ?? code}</th>)}
                </tr>
              </thead>
              <tbody>
                {view.trend.map((p) => (
                  <tr>
                    <th scope="row"><a href={`/maturity/sector?year=${p.year}&by=${view.by}`}>{String(p.year)}</a></th>
                    {p.shown
                      ? <><td>{p.n ?? 0}</td>{trendDims.map((code) => <td>{formatLevel(lang, p.medians[code] ?? null)}</td>)}</>
                      : <td colspan={trendDims.length + 1}>{t('benchmarks.withheld.too_small', { min: view.rules.minGroup })}</td>}
                  </tr>
                ))}
              </tbody>
            </ScrollTable>
          </section>
        </>
      )}

      <Rules t={t} rules={view.rules} id="sector-rules-heading" />

      {feed.canFeed && view.years.length ? (
        <section aria-labelledby="feed-heading">
          <h2 id="feed-heading">{t('benchmarks.feed.heading')}</h2>
          <p>{t('benchmarks.feed.lead')}</p>
          <form method="post" action="/maturity/sector/kpis" class="narrow">
            <Csrf token={ctx.csrfToken} />
            <div class="field">
              <label for="feed-year">{t('benchmarks.feed.year')}</label>
              <select id="feed-year" name="year">
                {view.years.map((y) => <option value={String(y)} selected={y === view.year}>{String(y)}</option>)}
              </select>
            </div>
            <button type="submit" class="button">{t('benchmarks.feed.submit')}</button>
          </form>
          <ul>
            {dims.map((d) => <li><a href={`/kpis/${kpiCode(d.code)}`}>{t('benchmarks.feed.kpiLink', { dimension: d.name })}</a></li>)}
          </ul>
        </section>
      ) : null}
    </Layout>
  );
}
