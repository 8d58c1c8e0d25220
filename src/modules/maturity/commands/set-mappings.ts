import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema.js';
import { conflict, invalid, type FieldError } from '../../../plugins/errors.js';
import type { MappingsInput } from '../schemas.js';
import { auditChange, dimensionCodes, lockDraft, touchDraft, type Tx } from './shared.js';

/** The version a draft replaces when it is published: the latest published one. */
export async function previousVersion(db: Kysely<Database> | Tx) {
  return db.selectFrom('maturity_models').select(['id', 'version']).where('status', '=', 'published').orderBy('version', 'desc').limit(1).executeTakeFirst();
}

/**
 * Records how each dimension of the version being replaced lives on in the draft (renamed,
 * merged into another, or the main part of a split), so results taken with the old version stay
 * comparable. The list replaces the recorded one.
 */
export async function setMappings(tx: Tx, userId: number, version: number, input: MappingsInput): Promise<number> {
  const draft = await lockDraft(tx, version, input.rowVersion);
  const previous = await previousVersion(tx);
  if (!previous) throw conflict('MATURITY_NO_PREVIOUS', `There is no published version before version ${version}: nothing to map from`);
  const oldCodes = await dimensionCodes(tx, previous.id);
  const newCodes = await dimensionCodes(tx, draft.id);
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  input.mappings.forEach((m, i) => {
    if (!oldCodes.includes(m.from)) errors.push({ field: `mappings.${i}.from`, message: `version ${previous.version} has no dimension ${m.from}`, code: 'reference' });
    if (!newCodes.includes(m.to)) errors.push({ field: `mappings.${i}.to`, message: `version ${version} has no dimension ${m.to}`, code: 'reference' });
    if (seen.has(m.from)) errors.push({ field: `mappings.${i}.from`, message: `dimension ${m.from} is mapped twice`, code: 'uniqueItems' });
    seen.add(m.from);
  });
  if (errors.length) throw invalid(errors);
  const before = await tx.selectFrom('maturity_dimension_map').select(['from_code', 'to_code']).where('to_model_id', '=', draft.id).orderBy('from_code').execute();
  await tx.deleteFrom('maturity_dimension_map').where('to_model_id', '=', draft.id).execute();
  if (input.mappings.length) {
    await tx.insertInto('maturity_dimension_map').values(input.mappings.map((m) => ({
      from_model_id: previous.id, from_code: m.from, to_model_id: draft.id, to_code: m.to,
    }))).execute();
  }
  const rowVersion = await touchDraft(tx, draft);
  await auditChange(tx, userId, 'maturity_dimension_map', String(version), 'update', 'mappings.update',
    { fromVersion: previous.version, mappings: before.map((m) => ({ from: m.from_code, to: m.to_code })) },
    { fromVersion: previous.version, mappings: input.mappings });
  return rowVersion;
}
