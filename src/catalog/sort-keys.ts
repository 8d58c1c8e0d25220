import type { Bilingual } from './types.js';

/**
 * Sort keys for names: lower case, accents folded, so that plain string comparison orders them
 * the way readers expect ("Ëpos" beside "Epos"). Comparing keys is many times faster than a
 * locale collator, which matters when a list of thousands is re-sorted after every write.
 * Keys are cached per name object, and a changed record brings a new name object.
 */
const cache = new WeakMap<Bilingual, Bilingual>();

export function foldName(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

export function sortKeys(name: Bilingual): Bilingual {
  let keys = cache.get(name);
  if (!keys) { keys = { nl: foldName(name.nl), en: foldName(name.en) }; cache.set(name, keys); }
  return keys;
}

export function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
