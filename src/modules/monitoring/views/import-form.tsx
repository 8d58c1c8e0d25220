import type { Catalog } from '../../../catalog/catalog.js';
import type { FieldError } from '../../../plugins/errors.js';
import type { ViewContext } from '../../../web/context.js';
import { Csrf, ErrorSummary, errorFor, fieldMessage, TextArea } from '../../../web/forms.js';
import { h } from '../../../web/jsx.js';
import { Layout } from '../../../web/layout.js';
import { XLSX_CONTENT_TYPE } from '../../../xlsx/index.js';
import { CSV_COLUMNS, LIMITS, PROVINCES, SUBSECTORS } from '../constants.js';
import type { ImportStatus } from '../imports.js';
import { ScrollTable } from '../../../web/components.js';

export interface RecentImport { id: number; filename: string; status: ImportStatus; rows_total: number; rows_changed: number; created_at: Date }

export function ImportFormPage({ ctx, errors, csv, recent }: {
  ctx: ViewContext; catalog: Catalog; errors: FieldError[]; csv: string; recent: RecentImport[];
}) {
  const { t } = ctx;
  const labels = { file: t('monitoring.import.file'), csv: t('monitoring.import.paste') };
  const fileError = errorFor(errors, 'file');
  return (
    <Layout ctx={ctx} title={t('monitoring.import.title')} crumbs={[[t('monitoring.title'), '/kpis']]} api={null}>
      <h1>{t('monitoring.import.title')}</h1>
      <p class="lead">{t('monitoring.import.lead')}</p>
      <ErrorSummary t={t} errors={errors} labels={labels} />
      <form method="post" action="/imports" enctype="multipart/form-data" novalidate>
        <Csrf token={ctx.csrfToken} />
        <div class={fileError ? 'field field-error' : 'field'}>
          <label for="f-file">{labels.file}</label>
          <p class="hint" id="f-file-hint">{t('monitoring.import.fileHint', { mb: LIMITS.importBytes / 1024 / 1024 })}</p>
          {fileError ? <p class="error-text" id="f-file-error">{fieldMessage(t, fileError)}</p> : null}
          <input id="f-file" name="file" type="file" accept={`.csv,.xlsx,text/csv,${XLSX_CONTENT_TYPE}`}
            aria-invalid={fileError ? 'true' : undefined} aria-describedby={fileError ? 'f-file-hint f-file-error' : 'f-file-hint'} />
        </div>
        <TextArea t={t} name="csv" label={labels.csv} value={csv} rows={8} hint={t('monitoring.import.pasteHint')} />
        <div class="actions">
          <button type="submit" class="button">{t('monitoring.import.submit')}</button>
          <a href="/kpis">{t('form.cancel')}</a>
        </div>
      </form>

      <h2>{t('monitoring.import.format')}</h2>
      <p>{t('monitoring.import.formatLead')}</p>
      <pre tabindex="0"><code>{CSV_COLUMNS.join(',')}{'\n'}demo-digital-strategy-share,2025,41.5,%,heritage,antwerpen,Bevraging 2025,high,</code></pre>
      <ScrollTable caption={t('monitoring.import.columns')} class="data-table">
        <thead><tr><th scope="col">{t('monitoring.import.column')}</th><th scope="col">{t('monitoring.import.meaning')}</th></tr></thead>
        <tbody>
          {CSV_COLUMNS.map((c) => (
            <tr>
              <th scope="row"><code>{c}</code></th>
              <td>{t(`monitoring.import.col.${c}`)}{c === 'subsector' ? <span> <code>{SUBSECTORS.join(', ')}</code></span> : null}{c === 'province' ? <span> <code>{PROVINCES.join(', ')}</code></span> : null}</td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
      <p>{t('monitoring.import.rules')}</p>
      <h3>{t('monitoring.import.xlsxTitle')}</h3>
      <p>{t('monitoring.import.xlsxLead')}</p>
      <ul>
        <li><a href="/api/measurements.csv">{t('monitoring.exportAll')}</a></li>
        <li><a href="/api/measurements.xlsx">{t('monitoring.exportAllXlsx')}</a></li>
      </ul>

      {recent.length ? [
        <h2>{t('monitoring.import.recent')}</h2>,
        <ScrollTable caption={t('monitoring.import.recent')} class="data-table" captionClass="visually-hidden">
          <thead><tr><th scope="col">{t('monitoring.import.number')}</th><th scope="col">{t('monitoring.import.file')}</th><th scope="col">{t('monitoring.import.statusHead')}</th><th scope="col">{t('monitoring.import.rowsChanged')}</th></tr></thead>
          <tbody>
            {recent.map((r) => (
              <tr>
                <th scope="row"><a href={`/imports/${r.id}`}>#{String(r.id)}</a></th>
                <td>{r.filename}</td>
                <td>{t(`monitoring.import.status.${r.status}`)}</td>
                <td>{r.status === 'done' ? `${r.rows_changed} / ${r.rows_total}` : '—'}</td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>,
      ] : null}
    </Layout>
  );
}
