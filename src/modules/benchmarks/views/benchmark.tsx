import type { ViewContext } from '../../../web/context.js';
import { DemoBadge, ScrollTable } from '../../../web/components.js';
import { Fragment, h, Html } from '../../../web/jsx.js';
import { Layout } from '../../../web/layout.js';
import { quartileChart } from '../chart.js';
import { PEER_FILTERS } from '../constants.js';
import { filterQuery, formatChange, formatLevel, type BenchmarkView } from '../presenters.js';
import { CHART_SCRIPTS, Chart, DemoNotice, Rules, Withheld } from './parts.js';

void Fragment;

type Group = BenchmarkView['group'];

function GroupTable({ ctx, group, caption }: { ctx: ViewContext; group: Group; caption: string }): Html {
  const { t, lang } = ctx;
  const own = group.dimensions.some((d) => d.level !== null);
  return (
    <ScrollTable caption={caption} class="data-table">
      <thead>
        <tr>
          <th scope="col">{t('benchmarks.col.dimension')}</th>
          {own ? <th scope="col">{t('benchmarks.col.level')}</th> : null}
          <th scope="col">{t('benchmarks.col.q1')}</th>
          <th scope="col">{t('benchmarks.col.median')}</th>
          <th scope="col">{t('benchmarks.col.q3')}</th>
          {own ? <th scope="col">{t('benchmarks.col.percentile')}</th> : null}
          {own ? <th scope="col">{t('benchmarks.col.target')}</th> : null}
          <th scope="col">{t('benchmarks.col.targetMedian')}</th>
          <th scope="col">{t('benchmarks.col.yoy')}</th>
        </tr>
      </thead>
      <tbody>
        {group.dimensions.map((d) => (
          <tr>
            <th scope="row">{d.name}</th>
            {own ? <td>{formatLevel(lang, d.level)}</td> : null}
            <td>{formatLevel(lang, d.q1)}</td>
            <td>{formatLevel(lang, d.median)}</td>
            <td>{formatLevel(lang, d.q3)}</td>
            {own ? <td>{d.percentile === null ? '–' : `${d.percentile}%`}</td> : null}
            {own ? <td>{formatLevel(lang, d.target)}</td> : null}
            <td>{d.targetMedian === null ? t('benchmarks.tooFewTargets') : formatLevel(lang, d.targetMedian)}</td>
            <td>{d.yoyMedian === null ? t('benchmarks.tooFewChanges') : t('benchmarks.yoyValue', { change: formatChange(lang, d.yoyMedian), n: d.yoyPeers ?? 0 })}</td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}

export function BenchmarkPage({ ctx, view, dateText }: { ctx: ViewContext; view: BenchmarkView; dateText: string | null }): Html {
  const { t } = ctx;
  const o = view.organisation;
  const base = `/organisations/${o.id}/benchmark`;
  const query = filterQuery(view.group.filters);
  const title = t('benchmarks.page.title', { name: o.name });
  const g = view.group;
  const chart = g.shown ? quartileChart(g.dimensions.map((d) => ({ label: d.name, q1: d.q1, median: d.median, q3: d.q3, own: d.level })), {
    range: t('benchmarks.chart.range'), median: t('benchmarks.chart.median'), own: t('benchmarks.chart.own'), level: t('benchmarks.chart.level'),
  }) : null;
  const anyDemo = g.includesDemo || view.broader.some((b) => b.includesDemo);
  return (
    <Layout ctx={ctx} title={title} crumbs={[[t('benchmarks.crumb.organisations'), '/organisations'], [o.name, `/organisations/${o.id}`]]}
      api={`/api${base}${query ? `?${query}` : ''}`} scripts={CHART_SCRIPTS}>
      <h1>{title} <DemoBadge t={t} isDemo={o.isDemo} /></h1>
      <p class="lead">{t('benchmarks.page.lead')}</p>
      {view.assessment
        ? <p>{t('benchmarks.basedOn', { kind: t(`benchmarks.kind.${view.assessment.kind}`), date: dateText ?? '', version: view.modelVersion ?? '' })}</p>
        : <div class="notice"><p>{t('benchmarks.noAssessment')}</p></div>}
      <DemoNotice t={t} show={anyDemo} />
      <form method="get" action={base} class="filters">
        <fieldset>
          <legend>{t('benchmarks.filter.legend')}</legend>
          {PEER_FILTERS.map((f) => (
            <div class="checkbox-row">
              <input type="checkbox" id={`peer-${f}`} name={f} value="same" checked={g.filters[f]} />
              <label for={`peer-${f}`}>{t(`benchmarks.filter.${f}.option`)}</label>
            </div>
          ))}
        </fieldset>
        <div><button type="submit" class="button">{t('benchmarks.filter.submit')}</button></div>
      </form>

      <section aria-labelledby="group-heading">
        <h2 id="group-heading">{t('benchmarks.group.heading', { label: g.label })}</h2>
        {g.shown ? (
          <>
            <p class="result-count">{t('benchmarks.group.peers', { n: g.peers ?? 0 })}</p>
            <Chart spec={chart} label={t('benchmarks.chart.alt', { label: g.label })} />
            <GroupTable ctx={ctx} group={g} caption={t('benchmarks.table.caption', { label: g.label })} />
          </>
        ) : <Withheld message={g.message} />}
      </section>

      {view.broader.length ? (
        <section aria-labelledby="broader-heading">
          <h2 id="broader-heading">{t('benchmarks.broader.heading')}</h2>
          <p>{t('benchmarks.broader.lead')}</p>
          {view.broader.map((b, i) => {
            const q = filterQuery(b.filters);
            return (
              <section aria-labelledby={`broader-${i}`}>
                <h3 id={`broader-${i}`}>{b.label}</h3>
                {b.shown ? <p>{t('benchmarks.group.peers', { n: b.peers ?? 0 })}</p> : null}
                {b.shown ? <GroupTable ctx={ctx} group={b} caption={t('benchmarks.table.caption', { label: b.label })} /> : <Withheld message={b.message} />}
                <p><a href={`${base}${q ? `?${q}` : ''}`}>{t('benchmarks.broader.choose', { label: b.label })}</a></p>
              </section>
            );
          })}
        </section>
      ) : null}

      <Rules t={t} rules={view.rules} id="rules-heading" />
      <ul>
        <li><a href={`${base}.csv${query ? `?${query}` : ''}`}>{t('benchmarks.csv')}</a></li>
        <li><a href="/maturity/sector">{t('benchmarks.toSector')}</a></li>
      </ul>
    </Layout>
  );
}
