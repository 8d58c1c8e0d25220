import type { Catalog } from '../../catalog/catalog.js';
import type { Instrument } from '../../catalog/types.js';
import type { Lang } from '../../plugins/i18n.js';
import { invalid, type FieldError } from '../../plugins/errors.js';
import type { InstrumentListQuery } from './schemas.js';

export interface Page<T> { items: T[]; total: number; page: number; pageSize: number; pages: number }

/** Instruments sorted by name in the reader's language; memoised until the catalog changes. */
function sorted(catalog: Catalog, lang: Lang): Instrument[] {
  return catalog.memo(`instruments:sorted:${lang}`, () => {
    const collator = new Intl.Collator(lang);
    return [...catalog.instruments.values()].sort((a, b) => collator.compare(a.name[lang], b.name[lang]) || a.id - b.id);
  });
}

/** A filter that names something that does not exist is a 400 naming it, not an empty list. */
export function checkListFilters(catalog: Catalog, query: InstrumentListQuery): void {
  const errors: FieldError[] = [];
  if (query.challenge !== undefined && !catalog.challenge(query.challenge)) errors.push({ field: 'querystring.challenge', message: `challenge ${query.challenge} does not exist`, code: 'reference' });
  if (query.actor !== undefined && !catalog.actorByCode(query.actor)) errors.push({ field: 'querystring.actor', message: `actor ${query.actor} does not exist`, code: 'reference' });
  if (errors.length) throw invalid(errors);
}

export function listInstruments(catalog: Catalog, query: InstrumentListQuery, lang: Lang): Page<Instrument> {
  checkListFilters(catalog, query);
  const pillarChallenges = query.pillar !== undefined ? new Set(catalog.challenges.filter((c) => c.pillar === query.pillar).map((c) => c.number)) : null;
  const actorId = query.actor !== undefined ? catalog.actorByCode(query.actor)!.id : undefined;
  const needle = query.q?.trim().toLocaleLowerCase(lang);
  const status = query.status ?? 'active';
  const matches = sorted(catalog, lang).filter((i) =>
    (status === 'all' || (status === 'retired') === i.retired)
    && (query.type === undefined || i.type === query.type)
    && (actorId === undefined || i.responsibleActorId === actorId)
    && (query.challenge === undefined || i.links.some((l) => l.challenge === query.challenge))
    && (pillarChallenges === null || i.links.some((l) => pillarChallenges.has(l.challenge)))
    && (!needle || i.name.nl.toLocaleLowerCase('nl').includes(needle) || i.name.en.toLocaleLowerCase('en').includes(needle) || i.code.includes(needle)));
  const pageSize = query.pageSize ?? 25;
  const pages = Math.max(1, Math.ceil(matches.length / pageSize));
  const page = Math.min(query.page ?? 1, pages);
  return { items: matches.slice((page - 1) * pageSize, page * pageSize), total: matches.length, page, pageSize, pages };
}
