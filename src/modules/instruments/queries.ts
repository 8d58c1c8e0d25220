import type { Catalog } from '../../catalog/catalog.js';
import type { Instrument } from '../../catalog/types.js';
import { instrumentIndex } from './list-index.js';
import type { Lang } from '../../plugins/i18n.js';
import { invalid, type FieldError } from '../../plugins/errors.js';
import type { InstrumentListQuery } from './schemas.js';

export interface Page<T> { items: T[]; total: number; page: number; pageSize: number; pages: number }

/** A filter that names something that does not exist is a 400 naming it, not an empty list. */
export function checkListFilters(catalog: Catalog, query: InstrumentListQuery): void {
  const errors: FieldError[] = [];
  if (query.challenge !== undefined && !catalog.challenge(query.challenge)) errors.push({ field: 'querystring.challenge', message: `challenge ${query.challenge} does not exist`, code: 'reference' });
  if (query.actor !== undefined && !catalog.actorByCode(query.actor)) errors.push({ field: 'querystring.actor', message: `actor ${query.actor} does not exist`, code: 'reference' });
  if (errors.length) throw invalid(errors);
}

export function listInstruments(catalog: Catalog, query: InstrumentListQuery, lang: Lang): Page<Instrument> {
  checkListFilters(catalog, query);
  const index = instrumentIndex(catalog, lang);
  const none = new Uint8Array(0);
  const byChallenge = query.challenge !== undefined ? index.byChallenge.get(query.challenge) ?? none : null;
  const byPillar = query.pillar !== undefined ? index.byPillar.get(query.pillar) ?? none : null;
  const actorId = query.actor !== undefined ? catalog.actorByCode(query.actor)!.id : undefined;
  const needle = query.q?.trim().toLocaleLowerCase(lang) || undefined;
  const wantRetired = query.status === 'retired' ? 1 : 0;
  const anyStatus = query.status === 'all';
  const pageSize = query.pageSize ?? 25;
  const requested = query.page ?? 1;
  // Start from the shortest list of candidates, then check the other conditions.
  const empty = new Int32Array(0);
  const lists = [
    anyStatus ? index.positions.all : wantRetired ? index.positions.retired : index.positions.active,
    query.challenge !== undefined ? index.positions.challenge.get(query.challenge) ?? empty : null,
    query.pillar !== undefined ? index.positions.pillar.get(query.pillar) ?? empty : null,
    query.type !== undefined ? index.positions.type.get(query.type) ?? empty : null,
    actorId !== undefined ? index.positions.actor.get(actorId) ?? empty : null,
  ].filter((l): l is Int32Array => l !== null);
  const candidates = lists.reduce((a, b) => (b.length < a.length ? b : a));
  const matches: number[] = [];
  for (const pos of candidates) {
    if (!anyStatus && index.retired[pos] !== wantRetired) continue;
    if (byChallenge && byChallenge[pos] !== 1) continue;
    if (byPillar && byPillar[pos] !== 1) continue;
    if (query.type !== undefined && index.type[pos] !== query.type) continue;
    if (actorId !== undefined && index.actor[pos] !== actorId) continue;
    if (needle && !index.text[pos]!.includes(needle)) continue;
    matches.push(pos);
  }
  const pages = Math.max(1, Math.ceil(matches.length / pageSize));
  const page = Math.min(requested, pages);
  const items = matches.slice((page - 1) * pageSize, page * pageSize).map((pos) => index.order[pos]!);
  return { items, total: matches.length, page, pageSize, pages };
}
