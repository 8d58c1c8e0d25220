import { sql } from 'kysely';
import type { Db } from '../db/database.js';
import { SUBSECTORS } from '../catalog/types.js';
import { PROVINCES } from '../modules/monitoring/constants.js';
import { rng, type Rng } from './random.js';
import type { Endpoint } from './endpoint.js';
import { accepted, failed, writeLoop, type Writer } from './write-loop.js';

/**
 * The vision module at sector scale, labelled synthetic: one vision whose open round has 10,000
 * comments (a third of them answered) from 1,000 people and 2,000 endorsing organisations (each
 * with its owner), spread over every subsector and province; and a transition path tied to ten
 * action lines. Rows are made by the database itself (generate_series), in a few statements.
 *
 * Wiring (in run.ts, left to its owner): call generateVisionDataset after the cycle dataset, and
 * add visionEndpoints(r) to the endpoints with a 'vision' suite.
 */
export const VISION_SIZE = { comments: 10_000, endorsements: 2_000, people: 1_000, answeredShare: 3 } as const;
export const VISION_CODE = 'synthetic-visie';
export const PATH_CODE = 'synthetic-pad';

const text = (s: string) => ({ nl: `[synthetic] ${s}`, en: `[synthetic] ${s}` });

export async function generateVisionDataset(db: Db): Promise<{ comments: number; endorsements: number; organisations: number; people: number; pathLines: number }> {
  const started = new Date(Date.now() - 30 * 86_400_000);
  const { id: visionId } = await db.insertInto('visions').values({
    code: VISION_CODE, title_nl: text('Visie voor de benchmark').nl, title_en: text('Vision for the benchmark').en, is_demo: true,
  }).returning('id').executeTakeFirstOrThrow();
  const { id: roundId } = await db.insertInto('vision_rounds').values({
    vision_id: visionId, number: 1, status: 'open', opened_at: started, intro_nl: text('Benchmarkronde').nl, intro_en: text('Benchmark round').en,
  }).returning('id').executeTakeFirstOrThrow();
  await db.insertInto('vision_sections').values((['why', 'desired_state', 'principles'] as const).map((section) => ({
    round_id: roundId, section, body_nl: text(`Tekst van ${section}`).nl, body_en: text(`Text of ${section}`).en,
  }))).execute();

  // People: synthetic accounts that cannot log in.
  const firstUser = await sql<{ id: number }>`insert into users (email, display_name, password_hash, role, created_at, updated_at)
    select 'synthetic-vision-' || g || '@example.org', '[synthetic] Persoon ' || g, 'synthetic-without-login', 'org_member', now(), now()
    from generate_series(1, ${VISION_SIZE.people}) g returning id`.execute(db);
  const userIds = firstUser.rows.map((r) => r.id);
  const minUser = Math.min(...userIds);

  // Organisations across every subsector and province, each owned by one of the people.
  const subsectors = `{${SUBSECTORS.join(',')}}`;
  const provinces = `{${PROVINCES.join(',')}}`;
  const orgs = await sql<{ id: number }>`insert into organisations (name, subsector, staff_class, budget_class, province, municipality, legal_form, funding_framework, is_demo)
    select '[synthetic] Visieorganisatie ' || g, (${subsectors}::text[])[1 + g % ${SUBSECTORS.length}], '5-19', '250k-1m',
      (${provinces}::text[])[1 + (g / 7) % ${PROVINCES.length}], 'Gent', 'vzw', 'none', true
    from generate_series(1, ${VISION_SIZE.endorsements}) g returning id`.execute(db);
  const orgIds = orgs.rows.map((r) => r.id);
  const minOrg = Math.min(...orgIds);
  await sql`insert into organisation_members (organisation_id, user_id, role)
    select ${minOrg} + g, ${minUser} + g % ${VISION_SIZE.people}, 'owner' from generate_series(0, ${VISION_SIZE.endorsements - 1}) g`.execute(db);
  await sql`insert into vision_endorsements (round_id, organisation_id, user_id, endorsed_at, is_demo)
    select ${roundId}, ${minOrg} + g, ${minUser} + g % ${VISION_SIZE.people}, ${started}::timestamptz + (g || ' minutes')::interval, true
    from generate_series(0, ${VISION_SIZE.endorsements - 1}) g`.execute(db);

  // Comments: every section, half on behalf of an organisation, every third one answered.
  await sql`insert into vision_comments (round_id, section, user_id, organisation_id, body, proposed_text, answer, answer_reason, answered_at, created_at, is_demo)
    select ${roundId}, (array['why','desired_state','principles'])[1 + g % 3], ${minUser} + g % ${VISION_SIZE.people},
      case when g % 2 = 0 then ${minOrg} + (g / 2) % ${VISION_SIZE.endorsements} end,
      '[synthetic] Reactie ' || g || ' op de visie, met genoeg tekst om op een echte reactie te lijken.',
      case when g % 5 = 0 then '[synthetic] Voorgestelde tekst ' || g else '' end,
      case when g % ${VISION_SIZE.answeredShare} = 0 then (array['adopted','adapted','not_adopted'])[1 + g % 3] end,
      case when g % ${VISION_SIZE.answeredShare} = 0 then '[synthetic] Antwoord ' || g else '' end,
      case when g % ${VISION_SIZE.answeredShare} = 0 then ${started}::timestamptz + (g || ' seconds')::interval + interval '1 day' end,
      ${started}::timestamptz + (g || ' seconds')::interval, true
    from generate_series(1, ${VISION_SIZE.comments}) g`.execute(db);

  // A path tied to ten action lines (the cycle dataset's when it is there).
  const { id: pathId } = await db.insertInto('transition_paths').values({
    code: PATH_CODE, title_nl: text('Transitiepad').nl, title_en: text('Transition path').en, is_demo: true,
  }).returning('id').executeTakeFirstOrThrow();
  await db.insertInto('path_horizons').values(([2025, 2035, 2050] as const).map((year) => ({ path_id: pathId, year, goal_nl: text(`Doel ${year}`).nl, goal_en: text(`Goal ${year}`).en }))).execute();
  const lines = await db.selectFrom('action_lines').select('id').orderBy('code').limit(10).execute();
  if (lines.length) {
    await db.insertInto('path_action_lines').values(lines.map((l, i) => ({ path_id: pathId, action_line_id: l.id, horizon: ([2025, 2035, 2050] as const)[i % 3]! }))).execute();
  }
  return { comments: VISION_SIZE.comments, endorsements: VISION_SIZE.endorsements, organisations: orgIds.length, people: userIds.length, pathLines: lines.length };
}

/**
 * The consultation page and a path page, with parameters drawn the way readers vary them: most
 * look at the first pages of comments, some filter by section or answer, in both languages.
 */
export function visionEndpoints(r: Rng = rng(17)): Endpoint<'vision'>[] {
  const lang = () => r.pick(['nl', 'en']);
  const consultation = () => {
    const p = new URLSearchParams({ lang: lang() });
    if (r.chance(0.3)) p.set('section', r.pick(['why', 'desired_state', 'principles']));
    if (r.chance(0.2)) p.set('status', r.pick(['answered', 'unanswered']));
    p.set('page', String(r.chance(0.8) ? r.int(1, 3) : r.int(1, 25)));
    return `/vision/${VISION_CODE}?${p.toString()}`;
  };
  return [
    { key: 'vision-consultation-page', label: 'GET /vision/:code?section&status&page (HTML, 10,000 comments)', suite: 'vision', sample: `/vision/${VISION_CODE}`, path: consultation },
    { key: 'vision-round-api', label: 'GET /api/vision/:code (round, participation, 2,000 endorsements)', suite: 'vision', sample: `/api/vision/${VISION_CODE}`, path: () => `/api/vision/${VISION_CODE}?lang=${lang()}` },
    { key: 'vision-path-page', label: 'GET /paths/:code (HTML, action lines per horizon)', suite: 'vision', sample: `/paths/${PATH_CODE}`,
      path: () => `/paths/${PATH_CODE}?lang=${lang()}` },
  ];
}

/**
 * Comments on the benchmark round through the API while the readers run, and checks that the very
 * next read of the round's comment count (JSON) and of the consultation page shows each one.
 */
export async function startCommentWriter(base: string, headers: Record<string, string>, perSecond: number): Promise<Writer> {
  const json = { ...headers, 'content-type': 'application/json' };
  const comments = `${base}/api/vision/${VISION_CODE}/rounds/1/comments?section=why&status=unanswered`;
  const listing = async (page = 1) => (await (await fetch(`${comments}&page=${page}`)).json()) as { total: number; pages: number; items: Array<{ text: string }> };
  let n = 0;
  return writeLoop(perSecond, async () => {
    const before = (await listing()).total;
    const text = `Benchmarkreactie ${++n} ${Date.now()}`;
    const res = await fetch(`${base}/api/vision/${VISION_CODE}/rounds/1/comments`, { method: 'POST', headers: json, body: JSON.stringify({ section: 'why', text }) });
    if (!await accepted(res, 'comment')) return 'conflict';
    // Comments are listed oldest first: the new one is on the last page, in JSON and on the page.
    const first = await listing();
    const last = await listing(first.pages);
    const html = await (await fetch(`${base}/vision/${VISION_CODE}?section=why&status=unanswered&page=${first.pages}`)).text();
    return failed(first.total === before + 1, last.items.some((c) => c.text === text) && html.includes(text));
  });
}
