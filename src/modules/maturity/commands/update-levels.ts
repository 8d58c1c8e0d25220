import { invalid, type FieldError } from '../../../plugins/errors.js';
import type { UpdateLevelsInput } from '../schemas.js';
import { auditChange, lockDraft, touchDraft, type Tx } from './shared.js';

/** The level scale is edited as a whole: levels 0-5, each exactly once. */
export async function updateLevels(tx: Tx, userId: number, version: number, input: UpdateLevelsInput): Promise<number> {
  const draft = await lockDraft(tx, version, input.rowVersion);
  const errors: FieldError[] = [];
  const seen = new Set<number>();
  input.levels.forEach((l, i) => {
    if (seen.has(l.level)) errors.push({ field: `levels.${i}.level`, message: `level ${l.level} is listed twice`, code: 'uniqueItems' });
    seen.add(l.level);
  });
  if (errors.length) throw invalid(errors);
  const before = await tx.selectFrom('maturity_levels').selectAll().where('model_id', '=', draft.id).orderBy('level').execute();
  await tx.deleteFrom('maturity_levels').where('model_id', '=', draft.id).execute();
  await tx.insertInto('maturity_levels').values(input.levels.map((l) => ({
    model_id: draft.id, level: l.level, name_nl: l.name.nl.trim(), name_en: l.name.en.trim(),
    description_nl: l.description.nl.trim(), description_en: l.description.en.trim(),
  }))).execute();
  const rowVersion = await touchDraft(tx, draft);
  await auditChange(tx, userId, 'maturity_levels', String(version), 'update', 'levels.update',
    { levels: before.map((l) => ({ level: l.level, name: { nl: l.name_nl, en: l.name_en } })) },
    { levels: input.levels.map((l) => ({ level: l.level, name: l.name })) });
  return rowVersion;
}
