import type { Catalog } from '../../catalog/catalog.js';
import type { Lang, Translate } from '../../plugins/i18n.js';

/** "lange termijn" -> "Lange termijn", for labels that stand alone (filter options, table cells). */
export const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/** A subsector's name from the catalog; one the catalog does not know yet reads from the messages. */
export function subsectorName(catalog: Catalog, code: string, lang: Lang, t: Translate): string {
  return catalog.subsectors.find((s) => s.code === code)?.name[lang] ?? t(`subsector.${code}`);
}

/** One role on the study's three axes: "Ontzorger, strategisch, korte termijn". */
export function roleLabel(t: Translate, r: { role: string; focus: string; horizon: string }): string {
  return t('actors.roleCombination', { role: t(`roles.${r.role}`), focus: t(`roles.focus.${r.focus}`), horizon: t(`roles.horizon.${r.horizon}`) });
}

/** The directory filtered on exactly this role: where the full list of holders lives. */
export function roleFilterHref(filters: { role: string; focus?: string; horizon?: string; subsector?: string }): string {
  const p = new URLSearchParams();
  for (const k of ['role', 'focus', 'horizon', 'subsector'] as const) if (filters[k]) p.set(k, filters[k]);
  return `/actors?${p.toString()}`;
}
