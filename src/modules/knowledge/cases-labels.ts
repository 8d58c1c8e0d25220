import { translator, type Lang } from '../../plugins/i18n.js';
import { LOCALE } from '../../i18n/formats.js';

const regionNames: Partial<Record<Lang, Intl.DisplayNames>> = {};

/** A country's name in the reader's language: our own message first (EU is no country), else ICU. */
export function countryName(code: string, lang: Lang): string {
  const key = `country.${code}`;
  const own = translator(lang)(key);
  if (own !== key) return own;
  try {
    regionNames[lang] ??= new Intl.DisplayNames([LOCALE[lang]], { type: 'region', fallback: 'code' });
    return regionNames[lang].of(code) ?? code;
  } catch {
    return code;
  }
}

/** A sector's name; a sector the messages do not know yet still reads as words. */
export function sectorName(code: string, lang: Lang): string {
  const key = `sector.${code}`;
  const own = translator(lang)(key);
  return own !== key ? own : code.replace(/_/g, ' ');
}

/** A case's detail line in search ("AT · arts"), in words: "Oostenrijk · Kunsten". */
export function caseDetail(detail: string, lang: Lang): string {
  const [country, sector] = detail.split(' · ');
  return [country ? countryName(country, lang) : '', sector ? sectorName(sector, lang) : ''].filter(Boolean).join(' · ');
}
