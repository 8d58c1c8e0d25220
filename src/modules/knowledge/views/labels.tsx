import type { Catalog } from '../../../catalog/catalog.js';
import type { Lang, Translate } from '../../../plugins/i18n.js';
import { h, Html } from '../../../web/jsx.js';
import { DIMENSION_CODES, SUBSECTORS, TECHNOLOGIES } from '../constants.js';
import { formatDay } from '../../../i18n/formats.js';
import { Day } from '../../../web/day.js';

export { Day };

/** A day for people: "3 maart 2026". */
export const day = (lang: Lang, iso: string): string => formatDay(lang, iso);

/** "12 maart 2026 – 4 april 2026", one day, or nothing. */
export function Period({ lang, from, to }: { lang: Lang; from: string | null; to: string | null }): Html {
  if (!from && !to) return new Html('');
  if (from && to && from !== to) return <span><Day lang={lang} iso={from} /> – <Day lang={lang} iso={to} /></span>;
  return <Day lang={lang} iso={(from ?? to)!} />;
}

export const subsectorName = (catalog: Catalog, code: string, lang: Lang) => catalog.subsectors.find((s) => s.code === code)?.name[lang] ?? code.replace(/_/g, ' ');
export const subsectorOptions = (catalog: Catalog, lang: Lang): Array<[string, string]> => SUBSECTORS.map((s) => [s, subsectorName(catalog, s, lang)]);
export const dimensionOptions = (t: Translate): Array<[string, string]> => DIMENSION_CODES.map((d) => [d, t(`knowledge.dimension.${d}`)]);
export const technologyOptions = (t: Translate): Array<[string, string]> => TECHNOLOGIES.map((d) => [d, t(`knowledge.technology.${d}`)]);
export const enumOptions = (t: Translate, prefix: string, values: readonly string[]): Array<[string, string]> => values.map((v) => [v, t(`${prefix}.${v}`)]);

/** Tags as a list of plain labels; nothing when empty. */
export function TagList({ items }: { items: string[] }): Html {
  if (!items.length) return new Html('');
  return <ul class="tags">{items.map((i) => <li><span class="tag">{i}</span></li>)}</ul>;
}
