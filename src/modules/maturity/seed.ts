import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { SeedSet } from '../../seed/seed-sets.js';
import type { SeedModel } from './seed/content.js';
import { MODEL_V1 } from './seed/model-v1.js';

/** Writes a complete model version; the seed's only writer, also used by tests for fixtures. */
export async function insertSeedModel(tx: Transaction<Database>, model: SeedModel, status: 'draft' | 'published'): Promise<number> {
  const { id } = await tx.insertInto('maturity_models').values({
    version: model.version, status, note_nl: model.note.nl, note_en: model.note.en, based_on: null,
    published_at: status === 'published' ? new Date() : null,
  }).returning('id').executeTakeFirstOrThrow();
  await tx.insertInto('maturity_levels').values(model.levels.map((l) => ({
    model_id: id, level: l.level, name_nl: l.name.nl, name_en: l.name.en, description_nl: l.description.nl, description_en: l.description.en,
  }))).execute();
  for (const [i, d] of model.dimensions.entries()) {
    await tx.insertInto('maturity_dimensions').values({
      model_id: id, code: d.code, position: i + 1, name_nl: d.name.nl, name_en: d.name.en, description_nl: d.description.nl, description_en: d.description.en,
    }).execute();
    await tx.insertInto('maturity_dimension_levels').values(d.meanings.map((m, j) => ({
      model_id: id, dimension_code: d.code, level: j + 1, meaning_nl: m.nl, meaning_en: m.en,
    }))).execute();
    const steps = d.steps.flatMap((list, j) => list.map((s, k) => ({ model_id: id, dimension_code: d.code, level: j + 1, position: k + 1, text_nl: s.nl, text_en: s.en })));
    if (steps.length) await tx.insertInto('maturity_steps').values(steps).execute();
    if (d.questions.length) {
      await tx.insertInto('maturity_questions').values(d.questions.map((q, j) => ({
        model_id: id, dimension_code: d.code, code: q.code, position: j + 1, text_nl: q.text.nl, text_en: q.text.en,
        help_nl: q.help.nl, help_en: q.help.en, in_quick_scan: q.quickScan ?? false, critical_from: q.criticalFrom ?? null,
        allows_not_applicable: q.notApplicable ?? false,
      }))).execute();
    }
  }
  return id;
}

/** The platform's own model (not demo): it must exist before any organisation can assess itself. */
export const modelSeed: SeedSet = {
  name: 'maturity-model-v1',
  async load(tx) { await insertSeedModel(tx, MODEL_V1, 'published'); },
};

export const seedSets: SeedSet[] = [modelSeed];
