import type { Catalog } from '../../../catalog/catalog.js';
import type { Lang, Translate } from '../../../plugins/i18n.js';
import { h, Html } from '../../../web/jsx.js';
import type { KpiStatus } from '../summary.js';
import { formatDay, formatFigure } from '../../../i18n/formats.js';

export function formatNumber(lang: Lang, value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : formatFigure(lang, value);
}

/** A unit in the reader's language when the platform knows it ('%', 'count', 'days'), else as written. */
export function unitLabel(t: Translate, unit: string): string {
  const key = `monitoring.unit.${unit === '%' ? 'percent' : unit}`;
  const label = t(key);
  return label === key ? unit : label;
}

export function formatValue(t: Translate, lang: Lang, value: number | null | undefined, unit: string): string {
  if (value === null || value === undefined) return '—';
  return unit === '%' ? `${formatNumber(lang, value)} %` : `${formatNumber(lang, value)} ${unitLabel(t, unit)}`;
}

export const formatDate = (lang: Lang, date: string): string => formatDay(lang, date);

export function subsectorName(catalog: Catalog, t: Translate, lang: Lang, code: string): string {
  if (!code) return t('monitoring.total.subsectors');
  return catalog.subsectors.find((s) => s.code === code)?.name[lang] ?? code;
}

export function provinceName(t: Translate, code: string): string {
  return code ? t(`monitoring.province.${code}`) : t('monitoring.total.provinces');
}

const BADGES: Record<KpiStatus, string> = {
  reached: 'badge badge-covered', on_track: 'badge badge-covered', behind: 'badge badge-gap', unknown: 'badge badge-retired',
};

export function StatusBadge({ t, status }: { t: Translate; status: KpiStatus }): Html {
  return <span class={BADGES[status]}>{t(`monitoring.status.${status}`)}</span>;
}

export function Notice({ t, notice }: { t: Translate; notice?: string | undefined }): Html {
  return notice ? <div class="notice notice-success" role="status"><p>{t(notice)}</p></div> : new Html('');
}
