import { sql } from 'kysely';
import type { Catalog } from '../../catalog/catalog.js';
import type { Case } from '../../catalog/types.js';
import type { Reader } from './learning-queries.js';

export interface EditorRow { actor: { code: string; name: string }; userId: number; email: string; name: string; grantedAt: string }
export interface MineEntry { kind: 'case' | 'learning' | 'funding'; key: string; title: { nl: string; en: string }; actor: string; isDemo: boolean; href: string; editHref: string }
export interface Mine { actors: Array<{ code: string; name: string }>; entries: MineEntry[]; all: boolean }

/** Every editor of every actor, by actor then e-mail. */
export async function listEditors(db: Reader): Promise<EditorRow[]> {
  const rows = await db.selectFrom('actor_editors as e').innerJoin('actors as a', 'a.id', 'e.actor_id').innerJoin('users as u', 'u.id', 'e.user_id')
    .select(['a.code', 'a.name as actor_name', 'u.id', 'u.email', 'u.display_name', 'e.granted_at'])
    .orderBy('a.name').orderBy('u.email').execute();
  return rows.map((r) => ({ actor: { code: r.code, name: r.actor_name }, userId: r.id, email: r.email, name: r.display_name, grantedAt: new Date(r.granted_at).toISOString() }));
}

/**
 * What an account maintains: the entries of the actors it edits for (cases, learning, funding).
 * The transition team maintains everything; its "mine" lists the entries it created itself.
 */
export async function myEntries(db: Reader, catalog: Catalog, user: { id: number }, all: boolean, actorIds: number[]): Promise<Mine> {
  const actors = actorIds.map((id) => catalog.actors.get(id)).filter((a) => a !== undefined).map((a) => ({ code: a!.code, name: a!.name }));
  const actorName = (id: number | null) => (id === null ? '' : catalog.actors.get(id)?.name ?? '');
  const ownsCase = (c: Case) => (c.maintainedBy !== null && actorIds.includes(c.maintainedBy));
  const idList = actorIds.length ? actorIds : [-1];
  const createdCases = all ? new Set((await db.selectFrom('cases').select('id').where('created_by', '=', user.id).execute()).map((r) => r.id)) : new Set<number>();
  const cases: MineEntry[] = [...catalog.cases.values()].filter((c) => ownsCase(c) || createdCases.has(c.id))
    .map((c) => ({ kind: 'case', key: c.code, title: c.title, actor: actorName(c.maintainedBy), isDemo: c.isDemo, href: `/cases/${c.code}`, editHref: `/cases/${c.code}/edit` }));
  const [learning, funding] = await Promise.all([
    db.selectFrom('learning_opportunities').select(['id', 'title_nl', 'title_en', 'provider_actor_id', 'is_demo']).where('retired_at', 'is', null)
      .where((eb) => eb.or([eb('provider_actor_id', 'in', idList), ...(all ? [eb('created_by', '=', user.id)] : [])]))
      .orderBy(sql`starts_on nulls last`).orderBy('id').limit(500).execute(),
    db.selectFrom('funding_opportunities').select(['code', 'title_nl', 'title_en', 'provider_actor_id', 'is_demo']).where('retired_at', 'is', null)
      .where((eb) => eb.or([eb('provider_actor_id', 'in', idList), ...(all ? [eb('created_by', '=', user.id)] : [])]))
      .orderBy('title_nl').limit(500).execute(),
  ]);
  return {
    all, actors,
    entries: [
      ...cases,
      ...learning.map((l): MineEntry => ({ kind: 'learning', key: String(l.id), title: { nl: l.title_nl, en: l.title_en }, actor: actorName(l.provider_actor_id), isDemo: l.is_demo, href: `/learning/${l.id}`, editHref: `/learning/${l.id}/edit` })),
      ...funding.map((f): MineEntry => ({ kind: 'funding', key: f.code, title: { nl: f.title_nl, en: f.title_en }, actor: actorName(f.provider_actor_id), isDemo: f.is_demo, href: `/funding/${f.code}`, editHref: `/funding/${f.code}/edit` })),
    ],
  };
}
