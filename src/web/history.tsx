import { formatMoment } from '../i18n/formats.js';
import { ScrollTable } from './components.js';
import type { ViewContext } from './context.js';
import { h, Html } from './jsx.js';

/** One row of a record's audit trail as a page shows it. */
export interface HistoryRow { at: string; action: string; user: string | null }

/**
 * A record's change history: when (Brussels time), who, and what (`what`, written by the module
 * that knows its records). `messages` names the message group of the headings (`history` by
 * default; a module whose words differ has its own). Nothing is shown to a reader who may not
 * see the history (`entries` null).
 */
export function HistoryTable<E extends HistoryRow>({ ctx, entries, what, messages = 'history' }: {
  ctx: ViewContext; entries: readonly E[] | null; what: (entry: E) => string; messages?: string;
}): Html {
  if (!entries) return new Html('');
  const { t, lang } = ctx;
  return (
    <section aria-labelledby="history-title">
      <h2 id="history-title">{t(`${messages}.title`)}</h2>
      {entries.length === 0 ? <p>{t(`${messages}.none`)}</p> : (
        <ScrollTable caption={t(`${messages}.title`)} class="data-table" captionClass="visually-hidden">
          <thead><tr><th scope="col">{t(`${messages}.when`)}</th><th scope="col">{t(`${messages}.who`)}</th><th scope="col">{t(`${messages}.what`)}</th></tr></thead>
          <tbody>{entries.map((e) => (
            <tr><td><time datetime={e.at}>{formatMoment(lang, e.at)}</time></td><td>{e.user ?? t(`${messages}.system`)}</td><td>{what(e)}</td></tr>
          ))}</tbody>
        </ScrollTable>
      )}
    </section>
  );
}

/** The fields an update changed (": name, links"), so that the history reads as more than "updated". */
export function changedFields(e: { action: string; before: unknown; after: unknown }): string {
  if (e.action !== 'update' || !e.before || !e.after) return '';
  const before = e.before as Record<string, unknown>;
  const after = e.after as Record<string, unknown>;
  const fields = Object.keys(after).filter((k) => k !== 'version' && JSON.stringify(before[k]) !== JSON.stringify(after[k]));
  return fields.length ? `: ${fields.join(', ')}` : '';
}
