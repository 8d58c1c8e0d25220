import { sql } from 'kysely';
import type { Db } from '../db/database.js';
import { SUBSECTORS } from '../catalog/types.js';
import { hashPassword } from '../plugins/passwords.js';
import { PROVINCES } from '../modules/monitoring/constants.js';
import { rng, type Rng } from './random.js';
import { formatFigure } from '../i18n/formats.js';
import type { Endpoint } from './endpoint.js';
import { accepted, failed, writeLoop, type Writer } from './write-loop.js';
import { login } from './writer.js';

/**
 * Calls for experiments at sector scale, labelled synthetic: 5,000 calls with five weighted
 * criteria and a four-step workflow each, 50,000 applications (ten a call) from consortia of two
 * organisations, and for the submitted ones three reviewers' declarations and scores on every
 * criterion. Rows are made by the database itself (generate_series), in a few statements.
 *
 * Per call, application n (1-10):
 *   n 1-2  draft (not in the ranking)        n 3   ineligible (screened out)
 *   n 4-9  reviewed by the call's three reviewers (submitted scores), waiting for the panel
 *   n 10   in its review step without reviews: what the benchmark reviewer scores while the
 *          readers run (it is assigned to the first WRITER_CALLS calls)
 *
 * Wiring (in run.ts, left to its owner): call generateCallsDataset after the base dataset (it
 * needs instruments), add callsEndpoints(r, team) to the endpoints with a 'calls' suite, and for
 * that suite start startReviewWriter(app, team, CALLS_REVIEWER, 2) as its writer.
 */
export const CALLS_SIZE = { calls: 5_000, perCall: 10, organisations: 2_000, reviewers: 300, criteria: 5 } as const;
export const WRITER_CALLS = 500;
export const CALLS_REVIEWER = { email: 'synthetic-reviewer-bench@example.org', password: 'synthetic-review-password-1' } as const;
const CRITERIA = [['innovation', 25], ['user_centred', 20], ['cross_sector', 20], ['impact_pathway', 20], ['conformity', 15]] as const;
const STEPS = [['eligibility', 'eligibility', 'transition_team'], ['review', 'review', 'reviewer'], ['panel', 'panel', 'transition_team'], ['decision', 'decision', 'steering_committee']] as const;

export const callCode = (n: number) => `synthetic-call-${n}`;

export interface CallsDataset { calls: number; applications: number; partners: number; reviews: number; scores: number; organisations: number; reviewers: number }

export async function generateCallsDataset(db: Db): Promise<CallsDataset> {
  const { calls: C, perCall: P } = CALLS_SIZE;
  const instrument = await db.selectFrom('instruments').select('id').orderBy('id').executeTakeFirstOrThrow();
  const field = (key: string, type: string, nl: string, en: string) => ({ key, type, label_nl: nl, label_en: en, required: true });
  const form = await db.insertInto('form_definitions').values({
    code: 'synthetic-form', kind: 'application', version: 1, title_nl: '[synthetic] Formulier', title_en: '[synthetic] Form', published_at: new Date(), is_demo: true,
    fields: JSON.stringify([field('problem', 'textarea', 'Probleem', 'Problem'), field('budget_requested', 'money', 'Gevraagd bedrag', 'Amount requested')]),
  }).returning('id').executeTakeFirstOrThrow();
  const annex = await db.insertInto('form_definitions').values({
    code: 'synthetic-annex', kind: 'conformity_annex', version: 1, title_nl: '[synthetic] Annex', title_en: '[synthetic] Annex', published_at: new Date(), is_demo: true,
    fields: JSON.stringify([field('licence', 'text', 'Licentie', 'Licence')]),
  }).returning('id').executeTakeFirstOrThrow();

  // Calls: closed over the last years, budgets for about four grants each.
  const firstCall = (await sql<{ id: number }>`insert into calls (code, instrument_id, title_nl, title_en, summary_nl, summary_en, budget_eur, max_grant_eur,
      opens_at, closes_at, application_form_id, annex_form_id, min_partners, status, is_demo, created_at, updated_at)
    select 'synthetic-call-' || g, ${instrument.id}, '[synthetic] Oproep ' || g, '[synthetic] Call ' || g, '[synthetic] Experimenten', '[synthetic] Experiments',
      200000, 60000, now() - ((g % 1000) + 120 || ' days')::interval, now() - ((g % 1000) + 30 || ' days')::interval, ${form.id}, ${annex.id}, 2, 'published', true,
      now() - ((g % 1000) + 150 || ' days')::interval, now() - ((g % 1000) + 150 || ' days')::interval
    from generate_series(1, ${C}) g returning id`.execute(db)).rows.reduce((m, r) => Math.min(m, r.id), Infinity);
  await sql`insert into call_criteria (call_id, code, position, weight, label_nl, label_en)
    select ${firstCall} + g - 1, c.code, c.position, c.weight, '[synthetic] ' || c.code, '[synthetic] ' || c.code
    from generate_series(1, ${C}) g cross join (values ${sql.join(CRITERIA.map(([code, weight], i) => sql`(${code}, ${i + 1}::smallint, ${weight}::numeric)`))}) as c(code, position, weight)`.execute(db);
  await sql`insert into call_workflow_steps (call_id, position, code, kind, actor_role, label_nl, label_en)
    select ${firstCall} + g - 1, s.position, s.code, s.kind, s.actor, '[synthetic] ' || s.code, '[synthetic] ' || s.code
    from generate_series(1, ${C}) g cross join (values ${sql.join(STEPS.map(([code, kind, actor], i) => sql`(${i + 1}::smallint, ${code}, ${kind}, ${actor})`))}) as s(position, code, kind, actor)`.execute(db);

  // Organisations across subsectors and provinces, and the people behind applications and reviews.
  const subsectors = `{${SUBSECTORS.join(',')}}`;
  const provinces = `{${PROVINCES.join(',')}}`;
  const firstOrg = (await sql<{ id: number }>`insert into organisations (name, subsector, staff_class, budget_class, province, municipality, legal_form, funding_framework, is_demo)
    select '[synthetic] Consortiumlid ' || g, (${subsectors}::text[])[1 + g % ${SUBSECTORS.length}], '5-19', '250k-1m',
      (${provinces}::text[])[1 + (g / 5) % ${PROVINCES.length}], 'Leuven', 'vzw', 'none', true
    from generate_series(1, ${CALLS_SIZE.organisations}) g returning id`.execute(db)).rows.reduce((m, r) => Math.min(m, r.id), Infinity);
  const firstUser = (await sql<{ id: number }>`insert into users (email, display_name, password_hash, role, created_at, updated_at)
    select 'synthetic-reviewer-' || g || '@example.org', '[synthetic] Beoordelaar ' || g, 'synthetic-without-login', 'org_member', now(), now()
    from generate_series(0, ${CALLS_SIZE.reviewers}) g returning id`.execute(db)).rows.reduce((m, r) => Math.min(m, r.id), Infinity);
  const applicant = firstUser; // reviewer 0 files the applications: it reviews none of them

  // Applications: ten a call, consortia of two organisations from different subsectors.
  const firstApp = (await sql<{ id: number }>`insert into applications (call_id, lead_organisation_id, title, summary, form_id, annex_form_id, answers, annex_answers,
      requested_eur, status, current_step, submitted_at, submitted_by, created_by, is_demo, version, created_at, updated_at)
    select ${firstCall} + (g - 1) / ${P}, ${firstOrg} + g % ${CALLS_SIZE.organisations}, '[synthetic] Aanvraag ' || g, '[synthetic] Samenvatting',
      ${form.id}, ${annex.id}, '{"problem":"[synthetic] probleem"}', '{"licence":"CC BY"}', 20000 + (g * 7919) % 40000,
      case when (g - 1) % ${P} < 2 then 'draft' when (g - 1) % ${P} = 2 then 'ineligible' else 'in_review' end,
      case when (g - 1) % ${P} < 2 then null when (g - 1) % ${P} = 2 then 'eligibility' when (g - 1) % ${P} = ${P - 1} then 'review' else 'panel' end,
      case when (g - 1) % ${P} < 2 then null else now() - ((g % 1000) + 31 || ' days')::interval end,
      case when (g - 1) % ${P} < 2 then null else ${applicant}::int end, ${applicant}, true, 3,
      -- Written over the years before the run, as on a real instance, not all in its last minute.
      now() - ((g % 1000) + 60 || ' days')::interval, now() - ((g % 1000) + 31 || ' days')::interval
    from generate_series(1, ${C * P}) g returning id`.execute(db)).rows.reduce((m, r) => Math.min(m, r.id), Infinity);
  await sql`insert into application_partners (application_id, organisation_id, role)
    select ${firstApp} + g - 1, ${firstOrg} + g % ${CALLS_SIZE.organisations}, 'lead' from generate_series(1, ${C * P}) g
    union all
    select ${firstApp} + g - 1, ${firstOrg} + (g + 1) % ${CALLS_SIZE.organisations}, 'partner' from generate_series(1, ${C * P}) g`.execute(db);

  // Three reviewers per call (1..300, by call), each declared without conflict and submitted on the reviewed ones.
  await sql`insert into call_reviewers (call_id, user_id, assigned_by)
    select ${firstCall} + c - 1, ${firstUser} + 1 + ((c * 3 + k) % ${CALLS_SIZE.reviewers}), ${applicant}
    from generate_series(1, ${C}) c cross join generate_series(0, 2) k`.execute(db);
  const reviewed = sql`from applications a join call_reviewers cr on cr.call_id = a.call_id
    where a.id >= ${firstApp} and a.current_step = 'panel'`;
  await sql`insert into reviews (application_id, reviewer_id, conflicted, declared_at, submitted_at)
    select a.id, cr.user_id, false, a.submitted_at + interval '3 days', a.submitted_at + interval '10 days' ${reviewed}`.execute(db);
  for (const [i, [code]] of CRITERIA.entries()) {
    await sql`insert into review_scores (application_id, reviewer_id, criterion_code, score, motivation, scored_at)
      select a.id, cr.user_id, ${code}, ((a.id * 7 + cr.user_id * 3 + ${i + 1} * 5) % 11)::smallint, '[synthetic] Motivering', a.submitted_at + interval '9 days'
      ${reviewed} on conflict do nothing`.execute(db);
  }

  // The benchmark reviewer, who can log in, on the first calls: it scores their last applications.
  const { id: benchReviewer } = await db.insertInto('users').values({
    email: CALLS_REVIEWER.email, display_name: '[synthetic] Benchmarkbeoordelaar', password_hash: await hashPassword(CALLS_REVIEWER.password),
    role: 'org_member', created_at: new Date(), updated_at: new Date(),
  }).returning('id').executeTakeFirstOrThrow();
  await sql`insert into call_reviewers (call_id, user_id, assigned_by) select ${firstCall} + c - 1, ${benchReviewer}, ${applicant} from generate_series(1, ${WRITER_CALLS}) c`.execute(db);

  // Fresh bulk loads have no planner statistics yet (PGlite runs no autovacuum): gather them now.
  for (const table of ['calls', 'call_criteria', 'call_workflow_steps', 'call_reviewers', 'applications', 'application_partners', 'reviews', 'review_scores', 'organisations', 'users']) {
    await sql`analyze ${sql.table(table)}`.execute(db);
  }
  const count = async (table: string) => Number((await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)}`.execute(db)).rows[0]!.n);
  return {
    calls: C, applications: C * P, partners: C * P * 2, reviews: await count('reviews'), scores: await count('review_scores'),
    organisations: CALLS_SIZE.organisations, reviewers: CALLS_SIZE.reviewers,
  };
}

/** The ranking of a call drawn from all 5,000, as the transition team reads it: page, JSON and CSV. */
export function callsEndpoints(r: Rng = rng(23), team: Record<string, string>): Endpoint<'calls'>[] {
  const call = () => callCode(r.int(1, CALLS_SIZE.calls));
  const lang = () => r.pick(['nl', 'en']);
  return [
    { key: 'call-ranking-page', label: 'GET /calls/:code/ranking (HTML, team, 5,000 calls)', suite: 'calls', headers: team, sample: `/calls/${callCode(1)}/ranking`, path: () => `/calls/${call()}/ranking?lang=${lang()}` },
    { key: 'call-ranking-api', label: 'GET /api/calls/:code/ranking (team, 5,000 calls)', suite: 'calls', headers: team, sample: `/api/calls/${callCode(1)}/ranking`, path: () => `/api/calls/${call()}/ranking` },
  ];
}

interface RankingRow { id: number; reviews: number; score: number | null }

/**
 * A reviewer declaring and submitting scores through the API while the readers run, one
 * application at a time, and checking that the very next ranking read (JSON and page, as the team)
 * counts the new review.
 */
/** The last call the writers of this process scored in: each writer goes on from there. */
let lastWriterCall = 0;

export async function startReviewWriter(base: string, team: Record<string, string>, reviewer: { email: string; password: string }, perSecond: number, startAt = lastWriterCall): Promise<Writer> {
  const headers = { ...(await login(base, reviewer.email, reviewer.password)), 'content-type': 'application/json' };
  const ranking = async (code: string) => (await (await fetch(`${base}/api/calls/${code}/ranking`, { headers: team })).json()) as { rows: RankingRow[] };
  let n = startAt;
  return writeLoop(perSecond, async () => {
    if (n >= WRITER_CALLS) return 'exhausted';
    const code = callCode(++n);
    lastWriterCall = n;
    const target = (await ranking(code)).rows.find((row) => row.reviews === 0);
    if (!target) return 'idle';
    const declared = await fetch(`${base}/api/review/applications/${target.id}/declaration`, { method: 'POST', headers, body: JSON.stringify({ conflicted: false }) });
    if (!await accepted(declared, 'review declaration')) return 'conflict';
    const scores = Object.fromEntries(CRITERIA.map(([c], i) => [c, { score: (n + i) % 11, motivation: `[synthetic] Benchmarkmotivering ${n}` }]));
    const res = await fetch(`${base}/api/review/applications/${target.id}/scores`, { method: 'PUT', headers, body: JSON.stringify({ scores, submit: true }) });
    if (!await accepted(res, 'review')) return 'conflict';
    const after = (await ranking(code)).rows.find((row) => row.id === target.id);
    const html = await (await fetch(`${base}/calls/${code}/ranking?lang=en`, { headers: team })).text();
    // The application's row on the page shows the new score.
    const row = html.slice(html.indexOf(`/review/${target.id}"`)).split('</tr>')[0] ?? '';
    return failed(after !== undefined && after.reviews === 1 && after.score !== null,
      after?.score != null && row.includes(`<strong><span>${formatFigure('en', after.score)}</span></strong>`));
  });
}
