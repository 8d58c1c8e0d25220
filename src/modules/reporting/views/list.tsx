import { h } from '../../../web/jsx.js';
import type { ViewContext } from '../../../web/context.js';
import { Layout } from '../../../web/layout.js';
import { ScrollTable } from '../../../web/components.js';
import { Day } from '../../../web/day.js';

export function ReportListPage({ ctx, published, draftYears, canEditTemplate }: {
  ctx: ViewContext; published: Array<{ year: number; version: number; publishedAt: string }>; draftYears: number[]; canEditTemplate: boolean;
}) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('report.listTitle')}>
      <h1>{t('report.listTitle')}</h1>
      <p class="lead">{t('report.listLead')}</p>
      <h2>{t('report.published')}</h2>
      {published.length === 0 ? <p>{t('report.noneYet')}</p> : (
        <ScrollTable caption={t('report.published')} class="data-table" captionClass="visually-hidden">
          <thead><tr><th scope="col">{t('report.col.year')}</th><th scope="col">{t('report.col.version')}</th><th scope="col">{t('report.col.publishedAt')}</th><th scope="col">PDF</th></tr></thead>
          <tbody>{published.map((r) => (
            <tr>
              <td><a href={`/reports/${r.year}/v/${r.version}`}>{t('report.title', { year: r.year })}</a></td>
              <td>{String(r.version)}</td><td><Day lang={ctx.lang} iso={r.publishedAt} /></td>
              <td><a href={`/reports/${r.year}/v/${r.version}/pdf`}>{t('report.pdfOf', { year: r.year, version: r.version })}</a></td>
            </tr>
          ))}</tbody>
        </ScrollTable>
      )}
      {draftYears.length ? [
        <h2>{t('report.drafts')}</h2>,
        <ul>{draftYears.map((y) => <li><a href={`/reports/${y}`}>{t('report.draftOf', { year: y })}</a></li>)}</ul>,
      ] : null}
      {canEditTemplate ? <p><a href="/reports/template">{t('report.editTemplate')}</a></p> : null}
    </Layout>
  );
}
