import type { Db } from '../../db/database.js';
import type { Lang } from '../../plugins/i18n.js';
import { loadModel, type DimensionCode } from '../maturity/model.js';
import { DIMENSION_NAMES } from './dimension-names.js';
import type { MaturityIndex } from './read-model.js';

export type DimensionNames = (code: string, lang: Lang) => string;

/** Dimension names from the index's model version, falling back to the built-in names. */
export async function dimensionNames(db: Db, index: MaturityIndex): Promise<DimensionNames> {
  const model = index.modelId === null ? undefined : await loadModel(db, index.modelId);
  const names = new Map(model?.dimensions.map((d) => [d.code, d.name]) ?? []);
  return (code, lang) => names.get(code)?.[lang] ?? DIMENSION_NAMES[code as DimensionCode]?.[lang] ?? code;
}

/** The model version the index compares in, for the page's note. */
export async function modelVersion(db: Db, index: MaturityIndex): Promise<number | null> {
  if (index.modelId === null) return null;
  return (await loadModel(db, index.modelId))?.version ?? null;
}
