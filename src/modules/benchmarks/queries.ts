import type { Db } from '../../db/database.js';
import type { Lang } from '../../plugins/i18n.js';
import { loadModel, type DimensionCode, type MaturityModel } from '../maturity/model.js';
import { DIMENSION_NAMES } from './dimension-names.js';
import type { MaturityIndex } from './read-model.js';

export type DimensionNames = (code: string, lang: Lang) => string;

const models = new WeakMap<MaturityIndex, { id: number; model: Promise<MaturityModel | undefined> }>();

/**
 * The published model version the index compares in. A published version never changes, so it
 * is read once per index and version instead of once per benchmark read.
 */
function indexModel(db: Db, index: MaturityIndex): Promise<MaturityModel | undefined> {
  if (index.modelId === null) return Promise.resolve(undefined);
  const held = models.get(index);
  if (held && held.id === index.modelId) return held.model;
  const model = loadModel(db, index.modelId);
  models.set(index, { id: index.modelId, model });
  model.catch(() => { if (models.get(index)?.model === model) models.delete(index); });
  return model;
}

const namesOf = new WeakMap<MaturityModel | MaturityIndex, DimensionNames>();

/** Dimension names from the index's model version, falling back to the built-in names. */
export async function dimensionNames(db: Db, index: MaturityIndex): Promise<DimensionNames> {
  const model = await indexModel(db, index);
  // Per model version (or, without one, per index): both never change.
  const owner = model ?? index;
  let named = namesOf.get(owner);
  if (!named) {
    const names = new Map(model?.dimensions.map((d) => [d.code, d.name]) ?? []);
    named = (code, lang) => names.get(code)?.[lang] ?? DIMENSION_NAMES[code as DimensionCode]?.[lang] ?? code;
    namesOf.set(owner, named);
  }
  return named;
}

/** The model version the index compares in, for the page's note. */
export async function modelVersion(db: Db, index: MaturityIndex): Promise<number | null> {
  return (await indexModel(db, index))?.version ?? null;
}
