import type { Transaction } from 'kysely';
import type { Database } from '../../../db/schema.js';
import { audit } from '../../../plugins/audit.js';
import { conflict } from '../../../plugins/errors.js';
import type { CreateInstrumentInput } from '../schemas.js';
import { checkReferences, snapshot, writeLinks } from './shared.js';

export async function createInstrument(tx: Transaction<Database>, userId: number, input: CreateInstrumentInput): Promise<number> {
  const { actorId } = await checkReferences(tx, input);
  const taken = await tx.selectFrom('instruments').select('id').where('code', '=', input.code).executeTakeFirst();
  if (taken) throw conflict('INSTRUMENT_CODE_TAKEN', `An instrument with code ${input.code} already exists`, { field: 'code' });
  const { id } = await tx.insertInto('instruments').values({
    code: input.code, name_nl: input.name.nl, name_en: input.name.en, description_nl: input.description.nl, description_en: input.description.en,
    type: input.type, responsible_actor_id: actorId, since_year: input.sinceYear ?? null, source: input.source ?? null,
  }).returning('id').executeTakeFirstOrThrow();
  await writeLinks(tx, id, input);
  await audit(tx, { userId, entityType: 'instrument', entityId: input.code, action: 'create', after: await snapshot(tx, id) });
  return id;
}
