import { Fragment, raw, h, type Child, type Html } from '../../../web/jsx.js';
import type { ViewContext } from '../../../web/context.js';
import { Layout } from '../../../web/layout.js';
import { Csrf } from '../../../web/forms.js';
import { cspSafeSvg, kpiChart, progressChart } from '../charts.js';
import type { ReportData } from '../report-data.js';
import type { ReportTemplate } from '../template.js';
import { formatDay, formatFigure } from '../../../i18n/formats.js';
import { ScrollTable } from '../../../web/components.js';
import { unitLabel } from '../../monitoring/views/parts.js';

void Fragment;

const pct = (n: number) => `${Math.round(n * 100)}%`;

export interface ReportMeta {
  status: 'draft' | 'published';
  version?: number;
  publishedAt?: string;
  pdfHref: string;
  jsonHref: string;
  canPublish: boolean;
  versions: Array<{ version: number; publishedAt: string }>;
}

/** Which of the report's sections a page shows, in its template's order. */
export type ReportSectionName = ReportTemplate['sections'][number];

// Charts are server-rendered SVG (ECharts); each has a table with the same figures beside it.
const chartFigure = (svg: string | null, label: string) => (svg ? <figure class="chart" role="img" aria-label={label}>{raw(cspSafeSvg(svg))}</figure> : null);

/**
 * One section of the report, as on the page and in the same order as the PDF. Each reads only
 * its own part of the data (the intro also the template), so a draft can keep the sections whose
 * data did not change (draft-parts.ts).
 */
export function ReportSection({ ctx, data, template, section }: { ctx: ViewContext; data: ReportData; template: ReportTemplate; section: ReportSectionName }): Html {
  return <>{sectionContent(ctx, data, template, section)}</>;
}

function sectionContent(ctx: ViewContext, data: ReportData, template: ReportTemplate, section: ReportSectionName): Child {
  const { t, lang } = ctx;
  const num = (n: number | null) => (n === null ? '–' : formatFigure(lang, n));
  if (section === 'intro') {
    return [<h2>{t('report.section.intro')}</h2>, <p>{template.intro[lang] || t('report.defaultIntro', { year: data.year })}</p>];
  }
  if (section === 'action_lines') {
    return [
      <h2>{t('report.section.action_lines')}</h2>,
      data.actionLines.length === 0 ? <p>{t('report.none')}</p> : [
        chartFigure(progressChart(data, lang, { progress: t('report.progress') }), t('report.progressChart')),
        ...data.actionLines.map((line) => (
          <section aria-labelledby={`line-${line.code}`}>
            <h3 id={`line-${line.code}`}>{line.code} · {line.title[lang]} — {pct(line.progress)}{line.atRisk ? ` · ${t(line.atRisk === 1 ? 'report.atRiskOne' : 'report.atRiskN', { n: line.atRisk })}` : ''}</h3>
            <ScrollTable caption={line.title[lang]} class="data-table" captionClass="visually-hidden">
              <thead><tr><th scope="col">{t('report.col.action')}</th><th scope="col">{t('report.col.status')}</th><th scope="col">{t('report.col.progress')}</th><th scope="col">{t('report.col.responsible')}</th><th scope="col">{t('report.col.budget')}</th></tr></thead>
              <tbody>{line.actions.map((a) => (
                <tr><td>{a.code} {a.title[lang]}{a.atRisk ? ' ' : null}{a.atRisk ? <span class="badge badge-weak">{t('report.atRisk')}</span> : null}</td><td>{t(`report.actionStatus.${a.status}`)}</td><td>{pct(a.progress)}</td><td>{a.responsible ?? '–'}</td><td>{num(a.budgetSpent)} / {num(a.budgetPlanned)}</td></tr>
              ))}</tbody>
            </ScrollTable>
          </section>
        )),
      ],
    ];
  }
  if (section === 'milestones') {
    return [
      <h2>{t('report.section.milestones')}</h2>,
      <h3>{t('report.reached', { n: data.milestones.reached.length })}</h3>,
      data.milestones.reached.length ? (
        <ScrollTable caption={t('report.reached', { n: data.milestones.reached.length })} class="data-table" captionClass="visually-hidden">
          <thead><tr><th scope="col">{t('report.col.action')}</th><th scope="col">{t('report.col.milestone')}</th><th scope="col">{t('report.col.due')}</th><th scope="col">{t('report.col.done')}</th></tr></thead>
          <tbody>{data.milestones.reached.map((m) => <tr><td>{m.action}</td><td>{m.title[lang]}</td><td>{formatDay(lang, m.due)}</td><td>{formatDay(lang, m.done)}{m.late ? ` (${t('report.late')})` : ''}</td></tr>)}</tbody>
        </ScrollTable>
      ) : null,
      <h3>{t('report.missed', { n: data.milestones.missed.length })}</h3>,
      data.milestones.missed.length ? (
        <ScrollTable caption={t('report.missed', { n: data.milestones.missed.length })} class="data-table" captionClass="visually-hidden">
          <thead><tr><th scope="col">{t('report.col.action')}</th><th scope="col">{t('report.col.milestone')}</th><th scope="col">{t('report.col.due')}</th></tr></thead>
          <tbody>{data.milestones.missed.map((m) => <tr><td>{m.action}</td><td>{m.title[lang]}</td><td>{formatDay(lang, m.due)}</td></tr>)}</tbody>
        </ScrollTable>
      ) : null,
    ];
  }
  if (section === 'kpis') {
    return [
      <h2>{t('report.section.kpis')}</h2>,
      data.kpis.length === 0 ? <p>{t('report.none')}</p> : [
        chartFigure(kpiChart(data, lang, { value: t('report.col.value'), target: t('report.col.target'), baseline: t('report.col.baseline') }), t('report.kpiChart')),
        <ScrollTable caption={t('report.kpiTable', { year: data.year })} class="data-table">
          <thead><tr><th scope="col">{t('report.col.kpi')}</th><th scope="col">{t('report.col.baseline')}</th><th scope="col">{t('report.col.value')}</th><th scope="col">{t('report.col.target')}</th><th scope="col">{t('report.col.onTrack')}</th></tr></thead>
          <tbody>{data.kpis.map((k) => (
            <tr><td>{k.name[lang]} ({unitLabel(t, k.unit)})</td><td>{num(k.baseline)}</td><td>{num(k.value)}{k.period ? ` (${k.period})` : ''}</td><td>{num(k.target)}</td><td>{k.onTrack === null ? '–' : t(k.onTrack ? 'report.yes' : 'report.no')}</td></tr>
          ))}</tbody>
        </ScrollTable>,
      ],
    ];
  }
  return [
    <h2>{t('report.section.decisions')}</h2>,
    data.decisions.length === 0 ? <p>{t('report.none')}</p> : (
      <ScrollTable caption={t('report.section.decisions')} class="data-table" captionClass="visually-hidden">
        <thead><tr><th scope="col">{t('report.col.date')}</th><th scope="col">{t('report.col.body')}</th><th scope="col">{t('report.col.decision')}</th></tr></thead>
        <tbody>{data.decisions.map((d) => <tr><td>{d.decidedOn ? formatDay(lang, d.decidedOn) : '–'}</td><td>{d.body[lang]}</td><td><a href={`/decisions/${d.code}`}>{d.code}</a> {d.title[lang]}</td></tr>)}</tbody>
      </ScrollTable>
    ),
  ];
}

/** The annual report as a page: the same sections, order and charts as the PDF, with the data as tables. */
export function ReportPage({ ctx, data, template, meta, sectionHtml }: {
  ctx: ViewContext; data: ReportData; template: ReportTemplate; meta: ReportMeta;
  /** Sections made before (a draft keeps those whose data did not change); by default each is rendered here. */
  sectionHtml?: (section: ReportSectionName) => Html;
}) {
  const { t } = ctx;
  const title = t('report.title', { year: data.year });
  const demo = data.actionLines.some((l) => l.isDemo) || data.kpis.some((k) => k.isDemo);
  return (
    <Layout ctx={ctx} title={title} crumbs={[[t('report.listTitle'), '/reports']]} api={meta.jsonHref}>
      <h1>{title}</h1>
      <p class="lead">
        {meta.status === 'published' ? t('report.publishedVersion', { version: meta.version ?? 1, date: meta.publishedAt ? formatDay(ctx.lang, meta.publishedAt) : '' }) : t('report.draftNotice')}
      </p>
      {demo ? <div class="notice notice-demo"><p>{t('report.demoNotice')}</p></div> : null}
      <div class="actions">
        <a class="button" href={meta.pdfHref}>{t('report.downloadPdf')}</a>
        <a href={meta.jsonHref}>{t('common.asJson')}</a>
        {meta.canPublish ? (
          <form method="post" action={`/reports/${data.year}/publish`} class="inline-form">
            <Csrf token={ctx.csrfToken} />
            <button type="submit" class="button button-secondary">{t('report.publish')}</button>
          </form>
        ) : null}
      </div>
      {meta.versions.length ? (
        <p>{t('report.versions')}: {meta.versions.map((v, i) => [i > 0 ? ', ' : '', <a href={`/reports/${data.year}/v/${v.version}`}>{t('report.versionN', { version: v.version })}</a>, ` (${formatDay(ctx.lang, v.publishedAt)})`])}</p>
      ) : null}
      {template.sections.map((section) => (sectionHtml ? sectionHtml(section) : <ReportSection ctx={ctx} data={data} template={template} section={section} />))}
    </Layout>
  );
}
