import type { ViewContext } from '../../../web/context.js';
import { DemoBadge, ScrollTable } from '../../../web/components.js';
import { h, raw, type Html } from '../../../web/jsx.js';
import { flatHtml } from '../../../catalog/flat-text.js';
import { Layout } from '../../../web/layout.js';
import type { Rights } from '../guard.js';
import type { ResultsData } from '../results-data.js';
import { assessmentTitle } from './overview.js';
import { DateText, levelLabel, RulesList } from './parts.js';

/** The combined result: radar and table, what each level means and asks next, downloads and where to go on. */
export function ResultsPage({ ctx, data, rights, chartSvg }: { ctx: ViewContext; data: ResultsData; rights: Rights; chartSvg: string }) {
  const { t, lang } = ctx;
  const a = data.assessment;
  const title = t('assessments.results.title', { assessment: assessmentTitle(ctx, a) });
  const level = (n: number | null | undefined) => levelLabel(lang, data.levels, n);
  return (
    <Layout ctx={ctx} title={title} api={`/api/assessments/${a.id}/results`}
      crumbs={[[a.organisationName, `/organisations/${a.organisationId}`], [t('assessments.crumb.assessments'), `/organisations/${a.organisationId}/assessments`]]}>
      <h1>{title} <DemoBadge t={t} isDemo={a.isDemo} /></h1>
      {a.isDemo ? <div class="notice notice-demo"><p>{t('assessments.results.demo')}</p></div> : null}
      <p>
        {t('assessments.results.submittedOn')} <DateText lang={lang} date={a.submittedAt} /> · {t('assessments.modelVersion', { version: a.modelVersion })} ·{' '}
        {t('assessments.results.counted', { count: data.counted })}
      </p>

      <h2>{t('assessments.results.overview')}</h2>
      <div class="results-overview">
        <figure class="chart" role="img" aria-label={t('assessments.results.chartLabel')}>{raw(chartSvg)}</figure>
        <ScrollTable caption={t('assessments.results.tableCaption')} class="data-table">
          <thead>
            <tr>
              <th scope="col">{t('assessments.col.dimension')}</th>
              <th scope="col">{t('assessments.col.level')}</th>
              <th scope="col">{t('assessments.col.target')}</th>
              <th scope="col">{t('assessments.col.spread')}</th>
              <th scope="col">{t('assessments.col.respondentCount')}</th>
              <th scope="col">{t('assessments.col.agreement')}</th>
            </tr>
          </thead>
          <tbody>
            {data.dimensions.map((d) => (
              <tr>
                <th scope="row"><a href={`#dim-${d.code}`}>{d.name[lang]}</a></th>
                {d.result ? [
                  <td>{level(d.result.level)}</td>,
                  <td>{d.result.targetLevel === null ? t('assessments.results.noTarget') : level(d.result.targetLevel)}</td>,
                  <td>{d.result.minLevel === d.result.maxLevel ? String(d.result.minLevel) : `${d.result.minLevel}–${d.result.maxLevel}`}</td>,
                  <td>{String(d.result.respondents)}</td>,
                  <td>{d.result.disagreement ? <strong>{t('assessments.results.disagree')}</strong> : t('assessments.results.agree')}</td>,
                ] : [<td colspan="5">{t('assessments.results.notAnswered')}</td>]}
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      </div>
      <p class="actions">
        <a href={`/assessments/${a.id}/results.csv`}>{t('assessments.results.csv')}</a>
        <a href={`/assessments/${a.id}/results.pdf?lang=${lang}`}>{t('assessments.results.pdf')}</a>
        <a href={`/api/assessments/${a.id}/results`}>{t('common.asJson')}</a>
      </p>

      <h2>{t('assessments.results.next')}</h2>
      <ul>
        <li><a href={`/organisations/${a.organisationId}/benchmark`}>{t('assessments.results.toBenchmark')}</a></li>
        <li><a href={`/organisations/${a.organisationId}/plan`}>{t('assessments.results.toPlan')}</a></li>
      </ul>

      <h2>{t('assessments.results.perDimension')}</h2>
      {data.dimensions.map((d) => <DimensionResult ctx={ctx} data={data} d={d} rights={rights} />)}

      <h2>{t('assessments.rules.title')}</h2>
      <RulesList t={t} />
    </Layout>
  );
}

type Dimension = ResultsData['dimensions'][number];

/**
 * Sections that read only the model and a level (and not a respondent's name) are the same on
 * every result of that model, level and language: made once per model version, not per page.
 */
const madeSections = new WeakMap<object, Map<string, Html>>();

/** One dimension: the level reached and what it means, what holds it down, and what the next level asks. */
function DimensionResult({ ctx, data, d, rights }: { ctx: ViewContext; data: ResultsData; d: Dimension; rights: Rights }): Html {
  const r = d.result;
  if (d.respondents?.length) return <DimensionSection ctx={ctx} data={data} d={d} rights={rights} />;
  const key = `${ctx.lang}:${d.code}:${r ? `${r.level}:${r.disagreement}` : '-'}:${rights.answers}:${d.cappedBy.map((q) => q.id).join(',')}`;
  let made = madeSections.get(data.model);
  if (!made) madeSections.set(data.model, (made = new Map()));
  let html = made.get(key);
  if (!html) made.set(key, (html = flatHtml(<DimensionSection ctx={ctx} data={data} d={d} rights={rights} />)));
  return html;
}

function DimensionSection({ ctx, data, d, rights }: { ctx: ViewContext; data: ResultsData; d: Dimension; rights: Rights }): Html {
  const { t, lang } = ctx;
  const level = (n: number | null | undefined) => levelLabel(lang, data.levels, n);
  return (
    <section aria-labelledby={`dim-${d.code}`}>
      <h3 id={`dim-${d.code}`}>{d.name[lang]}</h3>
      {!d.result ? <p>{t('assessments.results.notAnsweredLong')}</p> : [
        <p><strong>{t('assessments.results.levelNow', { level: level(d.result.level) })}</strong> {d.meaning?.[lang] ?? ''}</p>,
        d.cappedBy.length ? <p>{t('assessments.results.capped', { questions: d.cappedBy.map((q) => `${q.code} (${q.text[lang]})`).join('; ') })}</p> : null,
        d.next ? [
          <p><strong>{t('assessments.results.levelNext', { level: level(d.next.level) })}</strong> {d.next.meaning?.[lang] ?? ''}</p>,
          d.next.steps.length ? [<p>{t('assessments.results.steps')}</p>, <ul>{d.next.steps.map((s) => <li>{s.text[lang]}</li>)}</ul>] : null,
        ] : <p>{t('assessments.results.top')}</p>,
        d.result.disagreement ? (
          rights.answers ? (
            d.respondents && d.respondents.length ? (
              <ScrollTable caption={t('assessments.results.perRespondent', { dimension: d.name[lang] })} class="data-table">
                <thead><tr><th scope="col">{t('assessments.col.name')}</th><th scope="col">{t('assessments.col.level')}</th><th scope="col">{t('assessments.col.target')}</th></tr></thead>
                <tbody>
                  {d.respondents.map((r) => (
                    <tr><th scope="row">{r.name}{r.position ? ` (${r.position})` : ''}</th><td>{r.level === null ? t('assessments.results.notAnswered') : level(r.level)}</td><td>{r.target === null ? '—' : level(r.target)}</td></tr>
                  ))}
                </tbody>
              </ScrollTable>
            ) : <p>{t('assessments.results.noIndividual')}</p>
          ) : <p>{t('assessments.results.disagreementCombined')}</p>
        ) : null,
      ]}
    </section>
  );
}
