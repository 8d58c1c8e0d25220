import type { Db } from '../db/database.js';
import { ACTOR_KINDS, EXPERTISE, INSTRUMENT_TYPES, SUBSECTORS } from '../catalog/types.js';
import { rng } from './random.js';

/**
 * A synthetic sector at scale, clearly labelled: every record is is_demo = true and its name
 * starts with "[synthetic]". Scale 1 = 20,000 organisations (actors) with roles, 5,000
 * instruments with ~3 challenge links each, and the study's own frame from the seed.
 */
export interface DatasetSize { actors: number; instruments: number }
export const sizeFor = (scale: number): DatasetSize => ({ actors: Math.round(20_000 * scale), instruments: Math.round(5_000 * scale) });

const WORDS = ['digitaal', 'erfgoed', 'publiek', 'data', 'archief', 'podium', 'collectie', 'netwerk', 'atelier', 'lab', 'platform', 'huis', 'kring', 'fonds', 'studio', 'centrum', 'open', 'cultuur', 'media', 'verhaal'];
const CITIES = ['Antwerpen', 'Gent', 'Brugge', 'Leuven', 'Hasselt', 'Mechelen', 'Kortrijk', 'Aalst', 'Genk', 'Oostende', 'Brussel', 'Turnhout'];

async function batched<T>(rows: T[], size: number, insert: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

export async function generateDataset(db: Db, size: DatasetSize, seed = 42): Promise<{ actors: number; instruments: number; links: number; roles: number }> {
  const r = rng(seed);
  const name = () => `${r.pick(WORDS)} ${r.pick(WORDS)} ${r.pick(CITIES)}`;
  const actors = Array.from({ length: size.actors }, (_, i) => {
    const n = name();
    return {
      code: `synthetic-actor-${i + 1}`, name: `[synthetic] ${n[0]!.toUpperCase()}${n.slice(1)} ${i + 1}`,
      kind: r.pick(ACTOR_KINDS), description_nl: `Synthetische organisatie ${i + 1} voor de benchmark.`,
      description_en: `Synthetic organisation ${i + 1} for the benchmark.`, website: null,
      expertise: r.sample(EXPERTISE, r.int(0, 3)), pillars: r.sample([1, 2, 3, 4, 5], r.int(0, 2)).sort(),
      subsectors: r.sample(SUBSECTORS, r.int(1, 2)), source: 'synthetic benchmark data', is_demo: true,
    };
  });
  const actorIds: number[] = [];
  await batched(actors, 1000, async (chunk) => {
    const ids = await db.insertInto('actors').values(chunk).returning('id').execute();
    actorIds.push(...ids.map((x) => x.id));
  });
  const roles = actorIds.filter(() => r.chance(0.3)).map((actor_id) => ({
    actor_id, role: r.pick(['driver', 'relief_provider'] as const), focus: r.pick(['strategic', 'technical'] as const),
    horizon: r.pick(['long', 'short'] as const), access: r.pick(['sector_wide', 'subsector'] as const), note_nl: '', note_en: '', source: 'synthetic',
  }));
  await batched(roles, 1000, (chunk) => db.insertInto('actor_roles').values(chunk).execute());

  const instruments = Array.from({ length: size.instruments }, (_, i) => ({
    code: `synthetic-instrument-${i + 1}`, name_nl: `[synthetic] Instrument ${name()} ${i + 1}`, name_en: `[synthetic] Instrument ${name()} ${i + 1}`,
    description_nl: 'Synthetisch instrument voor de benchmark.', description_en: 'Synthetic instrument for the benchmark.',
    type: r.pick(INSTRUMENT_TYPES), responsible_actor_id: r.pick(actorIds), since_year: r.int(2000, 2026), source: 'synthetic', is_demo: true,
  }));
  const instrumentIds: number[] = [];
  await batched(instruments, 1000, async (chunk) => {
    const ids = await db.insertInto('instruments').values(chunk).returning('id').execute();
    instrumentIds.push(...ids.map((x) => x.id));
  });
  const links = instrumentIds.flatMap((instrument_id) => r.sample(Array.from({ length: 14 }, (_, k) => k + 1), r.int(1, 5)).map((challenge) => ({
    instrument_id, challenge, strength: r.pick(['strong', 'partial'] as const), note_nl: '', note_en: '',
  })));
  await batched(links, 2000, (chunk) => db.insertInto('instrument_challenges').values(chunk).execute());
  return { actors: actorIds.length, instruments: instrumentIds.length, links: links.length, roles: roles.length };
}
