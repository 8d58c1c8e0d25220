import { sql, type Selectable, type SelectQueryBuilder } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { FundingOpportunitiesTable } from '../../db/schema-knowledge.js';
import { invalid, notFound } from '../../plugins/errors.js';
import type { Page } from './cases-queries.js';
import { DEADLINE_SOON_DAYS, PAGE_SIZE } from './constants.js';
import type { FundingListQuery } from './funding-schemas.js';
import { likePattern, type Reader } from './learning-queries.js';

export interface LineRef { id: number; code: string; title: { nl: string; en: string } }
export type FundingRow = Selectable<FundingOpportunitiesTable> & { provider_code: string | null; lines: LineRef[] };

type Query = SelectQueryBuilder<Database, 'funding_opportunities' | 'actors', object>;

/** Today plus a number of days, as YYYY-MM-DD. */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function filtered(db: Reader, query: FundingListQuery, lineId: number | undefined, today: string): Query {
  let q = db.selectFrom('funding_opportunities').leftJoin('actors', 'actors.id', 'funding_opportunities.provider_actor_id')
    .where('funding_opportunities.retired_at', 'is', null) as unknown as Query;
  if (query.kind) q = q.where('funding_opportunities.kind', '=', query.kind);
  if (query.programme) q = q.where('funding_opportunities.programme', '=', query.programme);
  if (query.dimension) q = q.where(sql<boolean>`${query.dimension} = any(funding_opportunities.dimension_codes)`);
  if (query.subsector) q = q.where(sql<boolean>`${query.subsector} = any(funding_opportunities.subsectors)`);
  if (query.status === 'open') {
    q = q.where(sql<boolean>`(funding_opportunities.opens_on is null or funding_opportunities.opens_on <= ${today}::date) and (funding_opportunities.deadline_on is null or funding_opportunities.deadline_on >= ${today}::date)`);
  }
  if (query.status === 'deadline_soon') {
    q = q.where(sql<boolean>`funding_opportunities.deadline_on between ${today}::date and ${addDays(today, DEADLINE_SOON_DAYS)}::date`);
  }
  if (lineId !== undefined) {
    q = q.where((eb) => eb.exists(eb.selectFrom('funding_opportunity_action_lines as fl').select('fl.action_line_id')
      .whereRef('fl.funding_opportunity_id', '=', 'funding_opportunities.id').where('fl.action_line_id', '=', lineId)));
  }
  if (query.q?.trim()) {
    const like = likePattern(query.q);
    q = q.where((eb) => eb.or([eb('funding_opportunities.title_nl', 'ilike', like), eb('funding_opportunities.title_en', 'ilike', like)]));
  }
  return q;
}

/** The action lines each opportunity is linked to, in one query. */
async function withLines(db: Reader, rows: Array<Omit<FundingRow, 'lines'>>): Promise<FundingRow[]> {
  if (!rows.length) return [];
  const links = await db.selectFrom('funding_opportunity_action_lines as fl').innerJoin('action_lines as l', 'l.id', 'fl.action_line_id')
    .select(['fl.funding_opportunity_id', 'l.id', 'l.code', 'l.title_nl', 'l.title_en'])
    .where('fl.funding_opportunity_id', 'in', rows.map((r) => r.id)).where('l.retired_at', 'is', null).orderBy('l.code').execute();
  return rows.map((r) => ({
    ...r,
    lines: links.filter((l) => l.funding_opportunity_id === r.id).map((l) => ({ id: l.id, code: l.code, title: { nl: l.title_nl, en: l.title_en } })),
  }));
}

async function lineIdOf(db: Reader, code: string | undefined): Promise<number | undefined> {
  if (code === undefined) return undefined;
  const row = await db.selectFrom('action_lines').select('id').where('code', '=', code).executeTakeFirst();
  if (!row) throw invalid([{ field: 'querystring.actionLine', message: `action line ${code} does not exist`, code: 'reference' }]);
  return row.id;
}

/** The nearest deadline first; opportunities without a deadline (always open, networks) after them. */
export async function listFunding(db: Reader, query: FundingListQuery, today: string): Promise<Page<FundingRow>> {
  const lineId = await lineIdOf(db, query.actionLine);
  const pageSize = query.pageSize ?? PAGE_SIZE;
  const { n } = await filtered(db, query, lineId, today).select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
  const total = Number(n);
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(query.page ?? 1, pages);
  const rows = await filtered(db, query, lineId, today)
    .selectAll('funding_opportunities').select('actors.code as provider_code')
    .orderBy(sql`funding_opportunities.deadline_on < ${today}::date`).orderBy(sql`funding_opportunities.deadline_on asc nulls last`)
    .orderBy('funding_opportunities.title_nl').orderBy('funding_opportunities.id')
    .limit(pageSize).offset((page - 1) * pageSize).execute();
  return { items: await withLines(db, rows as Array<Omit<FundingRow, 'lines'>>), total, page, pageSize, pages };
}

export async function getFunding(db: Reader, code: string, withRetired = false): Promise<FundingRow> {
  let q = db.selectFrom('funding_opportunities').leftJoin('actors', 'actors.id', 'funding_opportunities.provider_actor_id')
    .selectAll('funding_opportunities').select('actors.code as provider_code').where('funding_opportunities.code', '=', code);
  if (!withRetired) q = q.where('funding_opportunities.retired_at', 'is', null);
  const row = await q.executeTakeFirst();
  if (!row) throw notFound('funding opportunity', code);
  return (await withLines(db, [row as Omit<FundingRow, 'lines'>]))[0]!;
}

/**
 * The funding and network opportunities linked to one action line, for the action line's page
 * (the follow-up cycle shows them; this module owns them): nearest deadline first.
 */
export async function fundingForActionLine(db: Reader, actionLineId: number): Promise<FundingRow[]> {
  const rows = await db.selectFrom('funding_opportunities').leftJoin('actors', 'actors.id', 'funding_opportunities.provider_actor_id')
    .innerJoin('funding_opportunity_action_lines as fl', 'fl.funding_opportunity_id', 'funding_opportunities.id')
    .selectAll('funding_opportunities').select('actors.code as provider_code')
    .where('fl.action_line_id', '=', actionLineId).where('funding_opportunities.retired_at', 'is', null)
    .orderBy(sql`funding_opportunities.deadline_on asc nulls last`).orderBy('funding_opportunities.title_nl').execute();
  return withLines(db, rows as Array<Omit<FundingRow, 'lines'>>);
}

/** Action lines that can be linked, for the form. */
export async function linkableLines(db: Reader): Promise<LineRef[]> {
  const rows = await db.selectFrom('action_lines').select(['id', 'code', 'title_nl', 'title_en']).where('retired_at', 'is', null).orderBy('code').execute();
  return rows.map((l) => ({ id: l.id, code: l.code, title: { nl: l.title_nl, en: l.title_en } }));
}
