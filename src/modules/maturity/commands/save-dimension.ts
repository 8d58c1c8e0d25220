import { invalid, notFound, type FieldError } from '../../../plugins/errors.js';
import { codeTaken } from '../errors.js';
import type { DimensionInput } from '../schemas.js';
import { auditChange, dimensionCodes, lockDraft, touchDraft, type Tx } from './shared.js';

export async function createDimension(tx: Tx, userId: number, version: number, input: DimensionInput): Promise<number> {
  const draft = await lockDraft(tx, version, input.rowVersion);
  checkLevels(input);
  const codes = await dimensionCodes(tx, draft.id);
  if (codes.includes(input.code)) throw codeTaken('dimension', input.code);
  await tx.insertInto('maturity_dimensions').values({
    model_id: draft.id, code: input.code, position: codes.length + 1,
    name_nl: input.name.nl.trim(), name_en: input.name.en.trim(), description_nl: input.description.nl.trim(), description_en: input.description.en.trim(),
  }).execute();
  await writeMeaningsAndSteps(tx, draft.id, input.code, input);
  const rowVersion = await touchDraft(tx, draft);
  await auditChange(tx, userId, 'maturity_dimension', `${version}/${input.code}`, 'create', 'dimension.create', undefined, await dimensionSnapshot(tx, draft.id, input.code));
  return rowVersion;
}

/**
 * Edits a dimension; a new code renames it. Its questions, meanings, steps and any mapping that
 * points at it move along, so nothing is lost; the mapping from the previous version is still
 * the team's to record (publishing asks for it).
 */
export async function updateDimension(tx: Tx, userId: number, version: number, code: string, input: DimensionInput): Promise<number> {
  const draft = await lockDraft(tx, version, input.rowVersion);
  checkLevels(input);
  const before = await dimensionSnapshot(tx, draft.id, code);
  if (!before) throw notFound('dimension', `${version}/${code}`);
  if (input.code !== code) {
    if ((await dimensionCodes(tx, draft.id)).includes(input.code)) throw codeTaken('dimension', input.code);
    await renameDimension(tx, draft.id, code, input.code);
  }
  await tx.updateTable('maturity_dimensions').set({
    name_nl: input.name.nl.trim(), name_en: input.name.en.trim(), description_nl: input.description.nl.trim(), description_en: input.description.en.trim(),
  }).where('model_id', '=', draft.id).where('code', '=', input.code).execute();
  await writeMeaningsAndSteps(tx, draft.id, input.code, input);
  const rowVersion = await touchDraft(tx, draft);
  await auditChange(tx, userId, 'maturity_dimension', `${version}/${input.code}`, 'update', input.code !== code ? `dimension.rename ${code} -> ${input.code}` : 'dimension.update',
    before, await dimensionSnapshot(tx, draft.id, input.code));
  return rowVersion;
}

function checkLevels(input: DimensionInput) {
  const errors: FieldError[] = [];
  const seen = new Set<number>();
  (input.meanings ?? []).forEach((m, i) => {
    if (seen.has(m.level)) errors.push({ field: `meanings.${i}.level`, message: `level ${m.level} is listed twice`, code: 'uniqueItems' });
    seen.add(m.level);
  });
  if (errors.length) throw invalid(errors);
}

/** The foreign keys have no ON UPDATE CASCADE: the new row comes first, the children follow, the old row goes. */
async function renameDimension(tx: Tx, modelId: number, from: string, to: string) {
  const row = await tx.selectFrom('maturity_dimensions').selectAll().where('model_id', '=', modelId).where('code', '=', from).executeTakeFirstOrThrow();
  await tx.insertInto('maturity_dimensions').values({ ...row, code: to }).execute();
  await tx.updateTable('maturity_dimension_levels').set({ dimension_code: to }).where('model_id', '=', modelId).where('dimension_code', '=', from).execute();
  await tx.updateTable('maturity_steps').set({ dimension_code: to }).where('model_id', '=', modelId).where('dimension_code', '=', from).execute();
  await tx.updateTable('maturity_questions').set({ dimension_code: to }).where('model_id', '=', modelId).where('dimension_code', '=', from).execute();
  await tx.updateTable('maturity_dimension_map').set({ to_code: to }).where('to_model_id', '=', modelId).where('to_code', '=', from).execute();
  await tx.deleteFrom('maturity_dimensions').where('model_id', '=', modelId).where('code', '=', from).execute();
}

async function writeMeaningsAndSteps(tx: Tx, modelId: number, code: string, input: DimensionInput) {
  if (input.meanings) {
    for (const m of input.meanings) {
      await tx.deleteFrom('maturity_dimension_levels').where('model_id', '=', modelId).where('dimension_code', '=', code).where('level', '=', m.level).execute();
      const nl = m.text.nl.trim();
      const en = m.text.en.trim();
      if (nl || en) await tx.insertInto('maturity_dimension_levels').values({ model_id: modelId, dimension_code: code, level: m.level, meaning_nl: nl, meaning_en: en }).execute();
    }
  }
  if (input.steps) {
    await tx.deleteFrom('maturity_steps').where('model_id', '=', modelId).where('dimension_code', '=', code).execute();
    const positions = new Map<number, number>();
    const rows = input.steps.map((s) => {
      const position = (positions.get(s.level) ?? 0) + 1;
      positions.set(s.level, position);
      return { model_id: modelId, dimension_code: code, level: s.level, position, text_nl: s.text.nl.trim(), text_en: s.text.en.trim() };
    });
    if (rows.length) await tx.insertInto('maturity_steps').values(rows).execute();
  }
}

/** The dimension as the audit log records it (before/after). */
export async function dimensionSnapshot(tx: Tx, modelId: number, code: string) {
  const d = await tx.selectFrom('maturity_dimensions').selectAll().where('model_id', '=', modelId).where('code', '=', code).executeTakeFirst();
  if (!d) return null;
  const meanings = await tx.selectFrom('maturity_dimension_levels').selectAll().where('model_id', '=', modelId).where('dimension_code', '=', code).orderBy('level').execute();
  const steps = await tx.selectFrom('maturity_steps').selectAll().where('model_id', '=', modelId).where('dimension_code', '=', code).orderBy('level').orderBy('position').execute();
  return {
    code: d.code, position: d.position, name: { nl: d.name_nl, en: d.name_en }, description: { nl: d.description_nl, en: d.description_en },
    meanings: meanings.map((m) => ({ level: m.level, text: { nl: m.meaning_nl, en: m.meaning_en } })),
    steps: steps.map((s) => ({ level: s.level, text: { nl: s.text_nl, en: s.text_en } })),
  };
}
