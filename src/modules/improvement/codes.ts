import { dimensionIn } from '../maturity/model.js';
import type { Reader } from './queries.js';

/**
 * Dimension codes across model versions. Published and retired versions (and the map between
 * them) never change, so each answer is kept per database handle for the life of the process.
 */
const memo = new WeakMap<object, Map<string, string | null>>();

export async function mapCode(db: Reader, fromModelId: number, code: string, toModelId: number): Promise<string | null> {
  if (fromModelId === toModelId) return code;
  let cache = memo.get(db);
  if (!cache) { cache = new Map(); memo.set(db, cache); }
  const key = `${fromModelId}:${code}:${toModelId}`;
  if (!cache.has(key)) cache.set(key, await dimensionIn(db, fromModelId, code, toModelId));
  return cache.get(key)!;
}

const reverse = new WeakMap<object, Map<string, Array<[number, string]>>>();

/**
 * Every (model, code) of a published or retired version whose dimension maps onto `toCode` of
 * `toModelId`. Kept per target: a version published later is a new target, never a new source.
 */
export async function codesMappingTo(db: Reader, toModelId: number, toCode: string): Promise<Array<[number, string]>> {
  let cache = reverse.get(db);
  if (!cache) { cache = new Map(); reverse.set(db, cache); }
  const key = `${toModelId}:${toCode}`;
  if (!cache.has(key)) cache.set(key, await findCodesMappingTo(db, toModelId, toCode));
  return cache.get(key)!;
}

async function findCodesMappingTo(db: Reader, toModelId: number, toCode: string): Promise<Array<[number, string]>> {
  const dims = await db.selectFrom('maturity_dimensions as d').innerJoin('maturity_models as m', 'm.id', 'd.model_id')
    .select(['d.model_id', 'd.code']).where('m.status', 'in', ['published', 'retired']).execute();
  const pairs: Array<[number, string]> = [];
  for (const d of dims) if ((await mapCode(db, d.model_id, d.code, toModelId)) === toCode) pairs.push([d.model_id, d.code]);
  if (!pairs.some(([m, c]) => m === toModelId && c === toCode)) pairs.push([toModelId, toCode]);
  return pairs;
}
