import type { Translate } from '../plugins/i18n.js';
import { h, Html, type Children } from './jsx.js';

/** Pagination links that keep the current filters. */
export function Pagination({ t, path, query, page, pages }: { t: Translate; path: string; query: Record<string, unknown>; page: number; pages: number }): Html {
  if (pages <= 1) return new Html('');
  const href = (p: number) => {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== '' && k !== 'page') params.set(k, String(v));
    params.set('page', String(p));
    return `${path}?${params.toString()}`;
  };
  const around = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, pages])].filter((p) => p >= 1 && p <= pages).sort((a, b) => a - b);
  return (
    <nav class="pagination" aria-label={t('list.pagination')}>
      <ul>
        {page > 1 ? <li><a href={href(page - 1)} rel="prev">{t('list.previous')}</a></li> : null}
        {around.map((p) => (p === page
          ? <li><span aria-current="page">{t('list.pageN', { page: p })}</span></li>
          : <li><a href={href(p)} aria-label={t('list.pageN', { page: p })}>{String(p)}</a></li>))}
        {page < pages ? <li><a href={href(page + 1)} rel="next">{t('list.next')}</a></li> : null}
      </ul>
    </nav>
  );
}

export function DemoBadge({ t, isDemo }: { t: Translate; isDemo: boolean }): Html {
  return isDemo ? <span class="badge badge-demo">{t('demo.badge')}</span> : new Html('');
}

export function Source({ t, source }: { t: Translate; source: string | null }): Html {
  // Sources cite the Dutch study by its own section names.
  return source ? <p class="source">{t('source.label')}: <span lang="nl">{source}</span></p> : new Html('');
}

/** A select for GET filter forms. */
export function FilterSelect({ name, label, value, options, all }: { name: string; label: string; value: string | number | undefined; options: Array<[string, string]>; all: string }): Html {
  return (
    <div>
      <label for={`filter-${name}`}>{label}</label>
      <select id={`filter-${name}`} name={name}>
        <option value="">{all}</option>
        {options.map(([v, l]) => <option value={v} selected={String(value ?? '') === v}>{l}</option>)}
      </select>
    </div>
  );
}

/**
 * A data table in a scroll region of its own: on a narrow screen the table scrolls sideways
 * inside the page instead of widening it (WCAG 1.4.10 reflow), and the region takes keyboard
 * focus and is named by the table's caption, so that a keyboard user can scroll it too.
 * `captionClass="visually-hidden"` where a heading above already says what the caption says.
 */
export function ScrollTable({ caption, class: tableClass, captionClass, children }: { caption: string; class?: string; captionClass?: string; children?: Children }): Html {
  return (
    <div class="table-scroll" tabindex="0" role="region" aria-label={caption}>
      <table class={tableClass}>
        <caption class={captionClass}>{caption}</caption>
        {children}
      </table>
    </div>
  );
}
