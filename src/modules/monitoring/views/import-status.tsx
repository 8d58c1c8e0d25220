import type { ViewContext } from '../../../web/context.js';
import { h } from '../../../web/jsx.js';
import { Layout } from '../../../web/layout.js';
import type { ImportState } from '../imports.js';
import type { RowError } from '../rows.js';
import { formatNumber } from './parts.js';

/** Overall progress: checking is the first half, writing the second. */
export function progressOf(s: ImportState): { value: number; max: number } {
  const max = Math.max(1, s.rowsTotal) * 2;
  if (s.status === 'done' || s.status === 'failed') return { value: max, max };
  return { value: Math.min(max, s.rowsChecked + s.rowsDone), max };
}

export function ImportStatusPage({ ctx, state }: { ctx: ViewContext; state: ImportState }) {
  const { t } = ctx;
  const title = t('monitoring.import.titleN', { id: state.id });
  const running = state.status === 'validating' || state.status === 'importing';
  const progress = progressOf(state);
  const percent = Math.floor((progress.value / progress.max) * 100);
  return (
    <Layout ctx={ctx} title={title} crumbs={[[t('monitoring.title'), '/kpis'], [t('monitoring.import.title'), '/imports/new']]}
      scripts={running ? ['/static/js/import-progress.js'] : []}>
      <h1>{title}</h1>
      <p>{t('monitoring.import.fileName')}: <strong>{state.filename}</strong></p>
      <div data-import-poll={running ? `/api/imports/${state.id}` : undefined}>
        <p role="status" aria-live="polite" data-import-status><strong>{t(`monitoring.import.status.${state.status}`)}</strong></p>
        <p data-import-counts>{t('monitoring.import.counts', { checked: formatNumber(ctx.lang, state.rowsChecked), done: formatNumber(ctx.lang, state.rowsDone), total: formatNumber(ctx.lang, state.rowsTotal) })}</p>
        <label for="import-progress">{t('monitoring.import.progress')}</label>{' '}
        <progress id="import-progress" max={progress.max} value={progress.value}>{`${percent} %`}</progress>
        {running ? <p class="hint">{t('monitoring.import.runningHint')} <a href={`/imports/${state.id}`}>{t('monitoring.import.reload')}</a></p> : null}
      </div>
      {state.status === 'done' ? (
        <div class="notice notice-success">
          <p>{t('monitoring.import.doneSummary', { done: formatNumber(ctx.lang, state.rowsDone), changed: formatNumber(ctx.lang, state.rowsChanged) })}</p>
          <p><a href="/kpis">{t('monitoring.import.toKpis')}</a></p>
        </div>
      ) : null}
      {state.status === 'failed' ? [
        <div class="notice notice-error" role="alert">
          <p><strong>{t('monitoring.import.failedSummary', { count: formatNumber(ctx.lang, state.errorCount) })}</strong></p>
          <p>{t('monitoring.import.nothingWritten')}</p>
          <p><a href="/imports/new">{t('monitoring.import.again')}</a></p>
        </div>,
        <ErrorTable ctx={ctx} errors={state.errors} total={state.errorCount} />,
      ] : null}
    </Layout>
  );
}

function ErrorTable({ ctx, errors, total }: { ctx: ViewContext; errors: RowError[]; total: number }) {
  const { t } = ctx;
  if (!errors.length) return <p></p>;
  return (
    <div class="table-scroll" tabindex="0" role="region" aria-label={total > errors.length ? t('monitoring.import.errorsFirst', { shown: errors.length, total }) : t('monitoring.import.errors')}>
      <table class="data-table" id="import-errors">
        <caption>{total > errors.length ? t('monitoring.import.errorsFirst', { shown: errors.length, total }) : t('monitoring.import.errors')}</caption>
        <thead><tr><th scope="col">{t('monitoring.import.line')}</th><th scope="col">{t('monitoring.import.column')}</th><th scope="col">{t('monitoring.import.reason')}</th></tr></thead>
        <tbody>
          {errors.map((e) => (
            <tr>
              <th scope="row">{e.line > 0 ? String(e.line) : '—'}</th>
              <td>{e.column ? <code>{e.column}</code> : '—'}</td>
              <td>{reason(t, e)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The reason in the reader's language when the code has a message, else the server's English text. */
function reason(t: ViewContext['t'], e: RowError): string {
  const key = `monitoring.importError.${e.code}`;
  const params = { ...(e.params ?? {}) } as Record<string, string | number>;
  if (e.code === 'period' && typeof params.frequency === 'string') params.frequency = t(`monitoring.frequency.${params.frequency}`);
  const text = t(key, params);
  return text === key ? e.message : text;
}
