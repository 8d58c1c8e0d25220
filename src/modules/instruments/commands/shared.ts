import type { Transaction } from 'kysely';
import type { Database } from '../../../db/schema.js';
import { invalid, type FieldError } from '../../../plugins/errors.js';
import type { CreateInstrumentInput } from '../schemas.js';

type Tx = Transaction<Database>;
type Fields = Omit<CreateInstrumentInput, 'code'>;

/** References must resolve: each unknown challenge, actor or recommendation is named. */
export async function checkReferences(tx: Tx, input: Fields): Promise<{ actorId: number | null }> {
  const errors: FieldError[] = [];
  const seen = new Set<number>();
  input.links.forEach((l, i) => {
    if (seen.has(l.challenge)) errors.push({ field: `links.${i}.challenge`, message: `challenge ${l.challenge} is listed twice`, code: 'uniqueItems' });
    seen.add(l.challenge);
  });
  const numbers = [...seen];
  const known = numbers.length
    ? new Set((await tx.selectFrom('challenges').select('number').where('number', 'in', numbers).execute()).map((r) => r.number))
    : new Set<number>();
  input.links.forEach((l, i) => {
    if (!known.has(l.challenge)) errors.push({ field: `links.${i}.challenge`, message: `challenge ${l.challenge} does not exist`, code: 'reference' });
  });
  let actorId: number | null = null;
  if (input.responsibleActor) {
    const actor = await tx.selectFrom('actors').select(['id', 'retired_at']).where('code', '=', input.responsibleActor).executeTakeFirst();
    if (!actor) errors.push({ field: 'responsibleActor', message: `actor ${input.responsibleActor} does not exist`, code: 'reference' });
    else if (actor.retired_at) errors.push({ field: 'responsibleActor', message: `actor ${input.responsibleActor} is retired`, code: 'reference' });
    else actorId = actor.id;
  }
  const recs = input.recommendations ?? [];
  if (recs.length) {
    const knownRecs = new Set((await tx.selectFrom('recommendations').select('code').where('code', 'in', recs).execute()).map((r) => r.code));
    recs.forEach((r, i) => {
      if (!knownRecs.has(r)) errors.push({ field: `recommendations.${i}`, message: `recommendation ${r} does not exist`, code: 'reference' });
    });
  }
  if (errors.length) throw invalid(errors);
  return { actorId };
}

export async function writeLinks(tx: Tx, instrumentId: number, input: Fields): Promise<void> {
  await tx.deleteFrom('instrument_challenges').where('instrument_id', '=', instrumentId).execute();
  await tx.deleteFrom('instrument_recommendations').where('instrument_id', '=', instrumentId).execute();
  if (input.links.length) {
    await tx.insertInto('instrument_challenges').values(input.links.map((l) => ({
      instrument_id: instrumentId, challenge: l.challenge, strength: l.strength, note_nl: l.note?.nl ?? '', note_en: l.note?.en ?? '',
    }))).execute();
  }
  const recs = input.recommendations ?? [];
  if (recs.length) await tx.insertInto('instrument_recommendations').values(recs.map((r) => ({ instrument_id: instrumentId, recommendation_code: r }))).execute();
}

/** The state of an instrument as the audit log records it (before/after). */
export async function snapshot(tx: Tx, id: number) {
  const row = await tx.selectFrom('instruments').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return null;
  const links = await tx.selectFrom('instrument_challenges').select(['challenge', 'strength', 'note_nl', 'note_en']).where('instrument_id', '=', id).orderBy('challenge').execute();
  const recs = await tx.selectFrom('instrument_recommendations').select('recommendation_code').where('instrument_id', '=', id).orderBy('recommendation_code').execute();
  const actor = row.responsible_actor_id !== null ? await tx.selectFrom('actors').select('code').where('id', '=', row.responsible_actor_id).executeTakeFirst() : undefined;
  return {
    code: row.code, name: { nl: row.name_nl, en: row.name_en }, description: { nl: row.description_nl, en: row.description_en },
    type: row.type, responsibleActor: actor?.code ?? null, sinceYear: row.since_year, source: row.source,
    links: links.map((l) => ({ challenge: l.challenge, strength: l.strength, note: { nl: l.note_nl, en: l.note_en } })),
    recommendations: recs.map((r) => r.recommendation_code),
    retired: row.retired_at !== null, version: row.version,
  };
}
