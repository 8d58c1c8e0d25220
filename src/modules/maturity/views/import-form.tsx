import type { Translate } from '../../../plugins/i18n.js';
import type { ViewContext } from '../../../web/context.js';
import { TextArea } from '../../../web/forms.js';
import { h } from '../../../web/jsx.js';
import { QUESTION_COLUMNS } from '../csv.js';
import type { RowProblem } from '../question-rows.js';
import { FormShell, type FormState } from './forms.js';
import { ScrollTable } from '../../../web/components.js';

/** Upload (or paste) the question list; a refused file lists every bad row, and nothing was written. */
export function ImportFormPage({ ctx, version, state, rows }: { ctx: ViewContext; version: number; state: FormState; rows: RowProblem[] }) {
  const { t } = ctx;
  const labels = { file: t('maturity.import.file'), csv: t('maturity.import.paste') };
  return (
    <FormShell ctx={ctx} version={version} title={t('maturity.import.title', { version })} action={`/maturity/models/${version}/import`}
      cancel={`/maturity/models/${version}`} draftKey={undefined} state={state} labels={labels} submit={t('maturity.import.submit')} enctype="multipart/form-data">
      <p>{t('maturity.import.intro')}</p>
      <ol>
        <li><a href={`/api/maturity/models/${version}/questions.csv`} download>{t('maturity.import.step1', { version })}</a></li>
        <li>{t('maturity.import.step2')}</li>
        <li>{t('maturity.import.step3')}</li>
      </ol>
      <details class="api-op">
        <summary>{t('maturity.import.columnsTitle')}</summary>
        <dl class="facts">
          {QUESTION_COLUMNS.map((c) => [<dt><code>{c}</code></dt>, <dd>{t(`maturity.import.column.${c}`)}</dd>])}
        </dl>
      </details>
      {rows.length ? (
        <div class="notice notice-error" role="alert">
          <h2>{t('maturity.import.refused', { count: rows.length })}</h2>
          <ScrollTable caption={t('maturity.import.rowsCaption')} class="data-table">
            <thead><tr><th scope="col">{t('maturity.import.line')}</th><th scope="col">{t('maturity.import.column')}</th><th scope="col">{t('maturity.import.problem')}</th></tr></thead>
            <tbody>{rows.map((r) => <tr><td>{String(r.line)}</td><td>{r.column ? <code>{r.column}</code> : '—'}</td><td>{rowText(t, r)}</td></tr>)}</tbody>
          </ScrollTable>
        </div>
      ) : null}
      <div class="field">
        <label for="f-file">{labels.file}</label>
        <p class="hint" id="f-file-hint">{t('maturity.import.fileHint')}</p>
        <input id="f-file" name="file" type="file" accept=".csv,text/csv" aria-describedby="f-file-hint" />
      </div>
      <TextArea t={t} name="csv" label={labels.csv} value={state.form.csv ?? ''} rows={8} errors={state.errors} hint={t('maturity.import.pasteHint')} />
    </FormShell>
  );
}

/** A row problem in the reader's language; the parser's own words when there is no translation. */
function rowText(t: Translate, r: RowProblem): string {
  const key = `maturity.row.${r.code}`;
  const text = t(key, r.params);
  return text === key ? r.message : text;
}
