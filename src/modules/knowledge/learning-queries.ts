import { sql, type Kysely, type SelectQueryBuilder, type Transaction } from 'kysely';
import type { Database, LearningOpportunitiesTable } from '../../db/schema.js';
import { invalid, notFound } from '../../plugins/errors.js';
import type { Selectable } from 'kysely';
import type { Page } from './cases-queries.js';
import { PAGE_SIZE } from './constants.js';
import type { LearningListQuery } from './learning-schemas.js';

export type Reader = Kysely<Database> | Transaction<Database>;
export type LearningRow = Selectable<LearningOpportunitiesTable> & { provider_code: string | null };

/** `%` and `_` typed by a visitor are letters, not wildcards. */
export const likePattern = (q: string) => `%${q.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

type Query = SelectQueryBuilder<Database, 'learning_opportunities' | 'actors', object>;

function filtered(db: Reader, query: LearningListQuery, providerId: number | undefined, today: string): Query {
  let q = db.selectFrom('learning_opportunities').leftJoin('actors', 'actors.id', 'learning_opportunities.provider_actor_id')
    .where('learning_opportunities.retired_at', 'is', null) as unknown as Query;
  if (query.kind) q = q.where('learning_opportunities.kind', '=', query.kind);
  if (providerId !== undefined) q = q.where('learning_opportunities.provider_actor_id', '=', providerId);
  if (query.mode) q = q.where('learning_opportunities.online', '=', query.mode === 'online');
  if (query.dimension) q = q.where('learning_opportunities.dimension_code', '=', query.dimension);
  if (query.level !== undefined) {
    q = q.where(sql<boolean>`coalesce(learning_opportunities.level_from, 0) <= ${query.level} and coalesce(learning_opportunities.level_to, 5) >= ${query.level}`);
  }
  if (query.subsector) q = q.where(sql<boolean>`${query.subsector} = any(learning_opportunities.subsectors)`);
  if (query.when === 'upcoming') q = q.where(sql<boolean>`coalesce(learning_opportunities.ends_on, learning_opportunities.starts_on, ${today}::date) >= ${today}::date`);
  if (query.when === 'past') q = q.where(sql<boolean>`coalesce(learning_opportunities.ends_on, learning_opportunities.starts_on) < ${today}::date`);
  if (query.q?.trim()) {
    const like = likePattern(query.q);
    q = q.where((eb) => eb.or([eb('learning_opportunities.title_nl', 'ilike', like), eb('learning_opportunities.title_en', 'ilike', like)]));
  }
  return q;
}

async function providerIdOf(db: Reader, code: string | undefined): Promise<number | undefined> {
  if (code === undefined) return undefined;
  const row = await db.selectFrom('actors').select('id').where('code', '=', code).executeTakeFirst();
  if (!row) throw invalid([{ field: 'querystring.provider', message: `actor ${code} does not exist`, code: 'reference' }]);
  return row.id;
}

/** Upcoming first by start day; past ones the most recent first. */
export async function listLearning(db: Reader, query: LearningListQuery, today: string): Promise<Page<LearningRow>> {
  const providerId = await providerIdOf(db, query.provider);
  const pageSize = query.pageSize ?? PAGE_SIZE;
  const { n } = await filtered(db, query, providerId, today).select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
  const total = Number(n);
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(query.page ?? 1, pages);
  const order = query.when === 'past' ? sql`learning_opportunities.starts_on desc nulls last` : sql`learning_opportunities.starts_on asc nulls last`;
  const items = await filtered(db, query, providerId, today)
    .selectAll('learning_opportunities').select('actors.code as provider_code')
    .orderBy(order).orderBy('learning_opportunities.id').limit(pageSize).offset((page - 1) * pageSize).execute();
  return { items: items as LearningRow[], total, page, pageSize, pages };
}

/** Cursor pagination: learning opportunities in id order after `after`, `limit` of them and one more to tell whether more follow. */
export async function learningAfter(db: Reader, query: LearningListQuery, today: string, after: number | null, limit: number): Promise<{ rows: LearningRow[]; total: number }> {
  const providerId = await providerIdOf(db, query.provider);
  const { n } = await filtered(db, query, providerId, today).select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
  let q = filtered(db, query, providerId, today);
  if (after !== null) q = q.where('learning_opportunities.id', '>', after);
  const rows = await q.selectAll('learning_opportunities').select('actors.code as provider_code')
    .orderBy('learning_opportunities.id').limit(limit + 1).execute();
  return { rows: rows as LearningRow[], total: Number(n) };
}

export async function getLearning(db: Reader, id: number, withRetired = false): Promise<LearningRow> {
  let q = db.selectFrom('learning_opportunities').leftJoin('actors', 'actors.id', 'learning_opportunities.provider_actor_id')
    .selectAll('learning_opportunities').select('actors.code as provider_code').where('learning_opportunities.id', '=', id);
  if (!withRetired) q = q.where('learning_opportunities.retired_at', 'is', null);
  const row = await q.executeTakeFirst();
  if (!row) throw notFound('learning opportunity', id);
  return row as LearningRow;
}

/** Actors that offer at least one current learning opportunity, for the provider filter. */
export async function learningProviders(db: Reader): Promise<Array<{ code: string; name: string }>> {
  return db.selectFrom('actors').select(['code', 'name'])
    .where((eb) => eb.exists(eb.selectFrom('learning_opportunities as l').select('l.id').whereRef('l.provider_actor_id', '=', 'actors.id').where('l.retired_at', 'is', null)))
    .orderBy('name').execute();
}
