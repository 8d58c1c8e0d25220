import { sql } from 'kysely';
import { draftExists } from '../errors.js';
import { auditChange, type Tx } from './shared.js';

/**
 * A new draft is a full copy of the latest published version (or an empty model when nothing
 * was ever published), so the team edits in place and published results stay untouched.
 */
export async function createDraft(tx: Tx, userId: number): Promise<number> {
  const existing = await tx.selectFrom('maturity_models').select('version').where('status', '=', 'draft').executeTakeFirst();
  if (existing) throw draftExists(existing.version);
  const source = await tx.selectFrom('maturity_models').select(['id', 'version']).where('status', '=', 'published')
    .orderBy('version', 'desc').limit(1).executeTakeFirst();
  const last = await tx.selectFrom('maturity_models').select(sql<number>`coalesce(max(version), 0)::int`.as('v')).executeTakeFirstOrThrow();
  const version = last.v + 1;
  const { id } = await tx.insertInto('maturity_models').values({
    version, status: 'draft', based_on: source?.id ?? null, note_nl: '', note_en: '',
  }).returning('id').executeTakeFirstOrThrow();
  if (source) {
    const from = source.id;
    await tx.insertInto('maturity_levels').columns(['model_id', 'level', 'name_nl', 'name_en', 'description_nl', 'description_en'])
      .expression((eb) => eb.selectFrom('maturity_levels').select([sql.lit(id).as('model_id'), 'level', 'name_nl', 'name_en', 'description_nl', 'description_en']).where('model_id', '=', from))
      .execute();
    await tx.insertInto('maturity_dimensions').columns(['model_id', 'code', 'position', 'name_nl', 'name_en', 'description_nl', 'description_en'])
      .expression((eb) => eb.selectFrom('maturity_dimensions').select([sql.lit(id).as('model_id'), 'code', 'position', 'name_nl', 'name_en', 'description_nl', 'description_en']).where('model_id', '=', from))
      .execute();
    await tx.insertInto('maturity_dimension_levels').columns(['model_id', 'dimension_code', 'level', 'meaning_nl', 'meaning_en'])
      .expression((eb) => eb.selectFrom('maturity_dimension_levels').select([sql.lit(id).as('model_id'), 'dimension_code', 'level', 'meaning_nl', 'meaning_en']).where('model_id', '=', from))
      .execute();
    await tx.insertInto('maturity_steps').columns(['model_id', 'dimension_code', 'level', 'position', 'text_nl', 'text_en'])
      .expression((eb) => eb.selectFrom('maturity_steps').select([sql.lit(id).as('model_id'), 'dimension_code', 'level', 'position', 'text_nl', 'text_en']).where('model_id', '=', from).orderBy('id'))
      .execute();
    await tx.insertInto('maturity_questions')
      .columns(['model_id', 'dimension_code', 'code', 'position', 'text_nl', 'text_en', 'help_nl', 'help_en', 'in_quick_scan', 'critical_from', 'allows_not_applicable'])
      .expression((eb) => eb.selectFrom('maturity_questions').select([
        sql.lit(id).as('model_id'), 'dimension_code', 'code', 'position', 'text_nl', 'text_en', 'help_nl', 'help_en', 'in_quick_scan', 'critical_from', 'allows_not_applicable',
      ]).where('model_id', '=', from).orderBy('id'))
      .execute();
  } else {
    // Nothing to copy: the scale still needs its six levels before anything can be published.
    await tx.insertInto('maturity_levels').values([0, 1, 2, 3, 4, 5].map((level) => ({
      model_id: id, level, name_nl: '', name_en: '', description_nl: '', description_en: '',
    }))).execute();
  }
  await auditChange(tx, userId, 'maturity_model', String(version), 'create', 'draft.create', undefined, { version, status: 'draft', basedOn: source?.version ?? null });
  return version;
}
