import type { Catalog } from '../../catalog/catalog.js';
import type { Case } from '../../catalog/types.js';
import type { Lang } from '../../plugins/i18n.js';
import { invalid, type FieldError } from '../../plugins/errors.js';
import { countryName, sectorName } from './cases-labels.js';
import { CASE_PAGE_SIZE, type CaseListQuery } from './cases-schemas.js';

export interface Page<T> { items: T[]; total: number; page: number; pageSize: number; pages: number }
export interface RelatedCase { case: Case; shared: number[] }
export interface CaseFilterOptions { countries: Array<[string, string]>; sectors: Array<[string, string]> }

/** These views read cases only: instrument or actor writes leave them cached. */
const CASES = ['cases'] as const;

// A collator is far faster than localeCompare when sorting tens of thousands of titles.
const collators: Record<Lang, Intl.Collator> = { nl: new Intl.Collator('nl'), en: new Intl.Collator('en') };

/** Lower case without accents, so "creeren" finds "creëren". */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Cases by pillar, then title in the reader's language; memoised until the catalog changes. */
export function sortedCases(catalog: Catalog, lang: Lang): Case[] {
  return catalog.memo(`cases:sorted:${lang}`, () => {
    const compare = collators[lang].compare;
    return [...catalog.cases.values()].sort((a, b) => a.pillar - b.pillar || compare(a.title[lang], b.title[lang]) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  }, CASES);
}

/** Each case's position in the sorted list, to break ties without comparing titles again. */
function ranks(catalog: Catalog, lang: Lang): Map<number, number> {
  return catalog.memo(`cases:rank:${lang}`, () => new Map(sortedCases(catalog, lang).map((c, i) => [c.id, i])), CASES);
}

/** Both titles folded once per catalog generation, not once per request. */
function searchText(catalog: Catalog): Map<number, string> {
  return catalog.memo('cases:search', () => new Map([...catalog.cases.values()].map((c) => [c.id, foldText(`${c.title.nl}\n${c.title.en}`)])), CASES);
}

function presentValues(catalog: Catalog): { countries: Set<string>; sectors: Set<string> } {
  return catalog.memo('cases:values', () => {
    const countries = new Set<string>();
    const sectors = new Set<string>();
    for (const c of catalog.cases.values()) { countries.add(c.country); sectors.add(c.sector); }
    return { countries, sectors };
  }, CASES);
}

function byChallenge(catalog: Catalog): Map<number, Case[]> {
  return catalog.memo('cases:byChallenge', () => {
    const map = new Map<number, Case[]>();
    for (const c of catalog.cases.values()) {
      for (const n of c.challenges) {
        const list = map.get(n);
        if (list) list.push(c); else map.set(n, [c]);
      }
    }
    return map;
  }, CASES);
}

/** The countries and sectors that occur in the data, labelled and sorted for the reader. */
export function caseFilterOptions(catalog: Catalog, lang: Lang): CaseFilterOptions {
  return catalog.memo(`cases:options:${lang}`, () => {
    const { countries, sectors } = presentValues(catalog);
    const labelled = (codes: Set<string>, label: (code: string) => string) =>
      [...codes].map((code): [string, string] => [code, label(code)]).sort((a, b) => collators[lang].compare(a[1], b[1]));
    return { countries: labelled(countries, (c) => countryName(c, lang)), sectors: labelled(sectors, (s) => sectorName(s, lang)) };
  }, CASES);
}

/** A filter that names something that does not exist is a 400 naming it, not an empty list. */
export function checkCaseFilters(catalog: Catalog, query: CaseListQuery): void {
  const errors: FieldError[] = [];
  const { countries, sectors } = presentValues(catalog);
  if (query.challenge !== undefined && !catalog.challenge(query.challenge)) errors.push({ field: 'querystring.challenge', message: `challenge ${query.challenge} does not exist`, code: 'reference' });
  if (query.country !== undefined && !countries.has(query.country.toUpperCase())) errors.push({ field: 'querystring.country', message: `country ${query.country} has no cases`, code: 'reference' });
  if (query.sector !== undefined && !sectors.has(query.sector)) errors.push({ field: 'querystring.sector', message: `sector ${query.sector} does not exist`, code: 'reference' });
  if (query.actor !== undefined && !catalog.actorByCode(query.actor)) errors.push({ field: 'querystring.actor', message: `actor ${query.actor} does not exist`, code: 'reference' });
  if (errors.length) throw invalid(errors);
}

export function listCases(catalog: Catalog, query: CaseListQuery, lang: Lang): Page<Case> {
  checkCaseFilters(catalog, query);
  const country = query.country?.toUpperCase();
  const maintainer = query.actor === undefined ? undefined : catalog.actorByCode(query.actor)!.id;
  const needle = query.q ? foldText(query.q.trim()) : '';
  const text = needle ? searchText(catalog) : null;
  const matches = sortedCases(catalog, lang).filter((c) =>
    (query.pillar === undefined || c.pillar === query.pillar)
    && (query.challenge === undefined || c.challenges.includes(query.challenge))
    && (country === undefined || c.country === country)
    && (query.sector === undefined || c.sector === query.sector)
    && (query.outcome === undefined || c.outcome === query.outcome)
    && (query.subsector === undefined || c.subsectors.includes(query.subsector))
    && (query.technology === undefined || c.technologies.includes(query.technology))
    && (query.dimension === undefined || c.dimensions.includes(query.dimension))
    && (maintainer === undefined || c.maintainedBy === maintainer)
    && (text === null || text.get(c.id)!.includes(needle)));
  const pageSize = query.pageSize ?? CASE_PAGE_SIZE;
  const pages = Math.max(1, Math.ceil(matches.length / pageSize));
  const page = Math.min(query.page ?? 1, pages);
  return { items: matches.slice((page - 1) * pageSize, page * pageSize), total: matches.length, page, pageSize, pages };
}

/** Other cases answering at least one of the same challenges: most shared first, then list order. */
export function relatedCases(catalog: Catalog, of: Case, lang: Lang, limit = 5): RelatedCase[] {
  const index = byChallenge(catalog);
  const shared = new Map<number, RelatedCase>();
  for (const n of of.challenges) {
    for (const other of index.get(n) ?? []) {
      if (other.id === of.id) continue;
      const hit = shared.get(other.id);
      if (hit) hit.shared.push(n); else shared.set(other.id, { case: other, shared: [n] });
    }
  }
  const rank = ranks(catalog, lang);
  return [...shared.values()]
    .sort((a, b) => b.shared.length - a.shared.length || rank.get(a.case.id)! - rank.get(b.case.id)!)
    .slice(0, limit);
}
