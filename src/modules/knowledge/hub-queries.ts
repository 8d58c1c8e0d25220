import { sql } from 'kysely';
import type { Catalog } from '../../catalog/catalog.js';
import type { Case } from '../../catalog/types.js';
import { DEADLINE_SOON_DAYS } from './constants.js';
import { addDays, type FundingRow, listFunding } from './funding-queries.js';
import { listLearning, type LearningRow, type Reader } from './learning-queries.js';

export interface LessonRef { code: string; title: string; language: string; publishedAt: string; isDemo: boolean }
export interface Hub {
  counts: { cases: number; failures: number; lessons: number; learningUpcoming: number; fundingOpen: number; deadlinesSoon: number; supportActors: number };
  cases: Case[]; failures: Case[]; lessons: LessonRef[]; learning: LearningRow[]; funding: FundingRow[];
}

const SUPPORT_KINDS = new Set(['support_organisation', 'knowledge_institution', 'international']);
const LATEST = 3;

/** Counts and the latest entries of each part of the knowledge space, for its entry page. */
export async function hubView(db: Reader, catalog: Catalog, today: string): Promise<Hub> {
  const cases = [...catalog.cases.values()];
  const newest = (list: Case[]) => [...list].sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : b.id - a.id)).slice(0, LATEST);
  const failures = cases.filter((c) => c.outcome !== 'inspiring');
  const [lessonCount, lessons, learning, funding, soon] = await Promise.all([
    db.selectFrom('lessons').select((eb) => eb.fn.countAll<string>().as('n')).where('published_at', 'is not', null).where('retired_at', 'is', null).executeTakeFirstOrThrow(),
    db.selectFrom('lessons').select(['code', 'title', 'language', 'published_at', 'is_demo']).where('published_at', 'is not', null).where('retired_at', 'is', null)
      .orderBy('published_at', 'desc').orderBy('id', 'desc').limit(LATEST).execute(),
    listLearning(db, { when: 'upcoming', pageSize: LATEST }, today),
    listFunding(db, { status: 'open', pageSize: LATEST }, today),
    db.selectFrom('funding_opportunities').select((eb) => eb.fn.countAll<string>().as('n')).where('retired_at', 'is', null)
      .where(sql<boolean>`deadline_on between ${today}::date and ${addDays(today, DEADLINE_SOON_DAYS)}::date`).executeTakeFirstOrThrow(),
  ]);
  return {
    counts: {
      cases: cases.length, failures: cases.filter((c) => c.outcome === 'failure').length, lessons: Number(lessonCount.n), learningUpcoming: learning.total, fundingOpen: funding.total,
      deadlinesSoon: Number(soon.n), supportActors: [...catalog.actors.values()].filter((a) => !a.retired && SUPPORT_KINDS.has(a.kind)).length,
    },
    cases: newest(cases), failures: newest(failures),
    lessons: lessons.map((l) => ({ code: l.code, title: l.title, language: l.language, publishedAt: new Date(l.published_at!).toISOString(), isDemo: l.is_demo })),
    learning: learning.items, funding: funding.items,
  };
}
