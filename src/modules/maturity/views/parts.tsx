import type { Lang, Translate } from '../../../plugins/i18n.js';
import { h, Html } from '../../../web/jsx.js';
import type { ModelLevel } from '../model.js';
import { dateTimeFormat, LOCALE } from '../../../i18n/formats.js';
import { ScrollTable } from '../../../web/components.js';
import { ConflictNotice } from '../../../web/draft-form.js';


/** A date as people in Brussels read it. */
export function DateText({ lang, date }: { lang: Lang; date: Date | null }): Html {
  if (!date) return new Html('—');
  const text = dateTimeFormat(LOCALE[lang], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Brussels' }).format(date);
  return <time datetime={date.toISOString()}>{text}</time>;
}

/** The status in words (the colour only repeats it). */
export function StatusBadge({ t, status }: { t: Translate; status: string }): Html {
  const cls = status === 'published' ? 'badge badge-covered' : status === 'draft' ? 'badge badge-weak' : 'badge badge-retired';
  return <span class={cls}>{t(`maturity.status.${status}`)}</span>;
}

/** The cumulative level scale as a table: the same in every dimension. */
export function LevelTable({ t, lang, levels, caption }: { t: Translate; lang: Lang; levels: ModelLevel[]; caption: string }): Html {
  return (
    <ScrollTable caption={caption} class="data-table">
      <thead><tr><th scope="col">{t('maturity.level')}</th><th scope="col">{t('maturity.levelName')}</th><th scope="col">{t('maturity.levelDescription')}</th></tr></thead>
      <tbody>
        {levels.map((l) => <tr><th scope="row">{String(l.level)}</th><td>{l.name[lang]}</td><td>{l.description[lang]}</td></tr>)}
      </tbody>
    </ScrollTable>
  );
}

/** After a conflicting save: the input is kept, and the reader can compare with the newer version. */
export function StaleNotice({ t, stale, href }: { t: Translate; stale: { currentRowVersion: number } | undefined; href: string }): Html {
  return stale ? <ConflictNotice message={t('maturity.staleNotice')} compare={t('maturity.staleCompare')} href={href} /> : new Html('');
}

/** A one-button form (move, remove...): the CSRF token and the row version travel with it. */
export function ButtonForm({ action, csrf, rowVersion, label, name, value, describedBy }: {
  action: string; csrf: string; rowVersion: number; label: string; name?: string; value?: string; describedBy?: string;
}): Html {
  return (
    <form method="post" action={action} class="inline-form">
      <input type="hidden" name="_csrf" value={csrf} />
      <input type="hidden" name="rowVersion" value={String(rowVersion)} />
      {name ? <input type="hidden" name={name} value={value ?? ''} /> : null}
      <button type="submit" class="link-button" aria-describedby={describedBy}>{label}</button>
    </form>
  );
}
