import { sql, type Kysely } from 'kysely';
import type { TestApp } from '../helpers/app.js';
import { createSession } from '../../src/plugins/auth.js';

/**
 * The people the permission rules tell apart. Platform roles come from the account; the others
 * are accounts with the organisation-member role plus a relation to one record: owner, member or
 * respondent of an organisation, coach invited by it, reviewer assigned to a call, editor of a
 * support actor. `outsider` has an account and no relation to anything.
 */
export const PEOPLE = [
  'anonymous', 'outsider', 'org_owner', 'org_member', 'org_respondent', 'coach', 'reviewer',
  'actor_editor', 'steering_committee', 'transition_team', 'admin',
] as const;
export type Person = (typeof PEOPLE)[number];

export interface World {
  headers: Record<Person, Record<string, string>>;
  userIds: Record<Exclude<Person, 'anonymous'>, number>;
  /** An account related to everything as a second member, coach, reviewer and editor: the target of removals. */
  spareUserId: number;
  organisationId: number;
  assessmentId: number | null;
  callCode: string | null;
  actorCode: string | null;
}

type Db = Kysely<any>;

async function account(t: TestApp, role: Parameters<TestApp['as']>[0]): Promise<{ headers: Record<string, string>; id: number }> {
  const headers = await t.as(role);
  const { id } = await t.database.db.selectFrom('users').select('id').orderBy('id', 'desc').limit(1).executeTakeFirstOrThrow();
  return { headers, id: id as number };
}

/**
 * Builds the world on the seeded demo data: a demo organisation with a submitted assessment gets
 * an owner, a member and a respondent and invites a coach; the reviewer is assigned to the demo
 * call with applications; the actor editor edits the first actor that offers help in the guide.
 */
export async function buildWorld(t: TestApp): Promise<World> {
  let world: World;
  const db = t.database.db as Db;
  const headers = { anonymous: {} } as World['headers'];
  const userIds = {} as World['userIds'];
  for (const person of PEOPLE) {
    if (person === 'anonymous') continue;
    const role = person === 'steering_committee' || person === 'transition_team' || person === 'admin' ? person : 'org_member';
    const a = await account(t, role);
    headers[person] = a.headers;
    userIds[person] = a.id;
  }
  const spare = await account(t, 'org_member');
  const { rows: [org] } = await sql<{ id: number }>`select o.id from organisations o
    order by exists (select 1 from improvement_plans p where p.organisation_id = o.id) desc,
      exists (select 1 from assessments a where a.organisation_id = o.id) desc, o.id limit 1`.execute(db);
  const organisationId = org!.id;
  const members: Array<[number, string]> = [
    [userIds.org_owner, 'owner'], [userIds.org_member, 'member'], [userIds.org_respondent, 'respondent'], [spare.id, 'member'],
  ];
  for (const [user_id, role] of members) {
    await db.insertInto('organisation_members').values({ organisation_id: organisationId, user_id, role }).execute();
  }
  for (const coach of [userIds.coach, spare.id]) {
    await db.insertInto('coach_invitations').values({ organisation_id: organisationId, coach_user_id: coach, invited_by: userIds.org_owner }).execute();
  }
  await db.insertInto('organisation_invitations').values({
    organisation_id: organisationId, email: 'invited@example.org', role: 'member', token_hash: 'not-a-real-token',
    invited_by: userIds.org_owner, expires_at: new Date(Date.now() + 7 * 86_400_000),
  }).execute();
  await db.insertInto('guide_questions').values({
    organisation_id: organisationId, asked_by: userIds.org_owner, question: 'Who can help us describe our collection with linked data?',
    visible_to_providers: true,
  }).execute();
  // A peer asked the organisation for a contact: the owner answers it.
  await sql`insert into improvement_contact_requests (from_organisation_id, to_organisation_id, dimension_code, message, requested_by)
    select o.id, ${organisationId}, (select code from maturity_dimensions order by model_id desc limit 1), 'Could we learn from your approach?', ${spare.id}
    from organisations o where o.id <> ${organisationId} order by o.id limit 1`.execute(db);
  const assessment = await db.selectFrom('assessments').select(['id', 'status']).where('organisation_id', '=', organisationId)
    .orderBy('id', 'desc').limit(1).executeTakeFirst();
  const hasPlan = await db.selectFrom('improvement_plans').select('id').where('organisation_id', '=', organisationId).executeTakeFirst();
  if (assessment && assessment.status === 'submitted' && !hasPlan) {
    // An improvement plan with one item, so that the plan's write routes have something to change.
    const plan = await db.insertInto('improvement_plans').values({ organisation_id: organisationId, assessment_id: assessment.id, created_by: userIds.org_owner })
      .returning('id').executeTakeFirstOrThrow();
    const { rows: [dimension] } = await sql<{ code: string }>`select dimension_code as code from maturity_questions
      where model_id = (select model_id from assessments where id = ${assessment.id}) order by id limit 1`.execute(db);
    if (dimension) {
      await db.insertInto('improvement_items').values({ plan_id: plan.id, dimension_code: dimension.code, text: 'Describe the collection in a shared standard', status: 'todo' }).execute();
    }
  }

  const call = await db.selectFrom('calls as c').select(['c.id', 'c.code'])
    .where(({ exists, selectFrom }) => exists(selectFrom('applications as a').select('a.id').whereRef('a.call_id', '=', 'c.id')))
    .orderBy('c.id').limit(1).executeTakeFirst();
  if (call) {
    for (const reviewer of [userIds.reviewer, spare.id]) {
      await db.insertInto('call_reviewers').values({ call_id: call.id, user_id: reviewer, assigned_by: userIds.admin }).execute();
    }
  }
  const { rows: [actor] } = await sql<{ id: number; code: string }>`select a.id, a.code from actors a
    where exists (select 1 from guide_offers g where g.actor_id = a.id) order by a.id limit 1`.execute(db);
  if (actor) {
    for (const editor of [userIds.actor_editor, spare.id]) {
      await db.insertInto('actor_editors').values({ actor_id: actor.id, user_id: editor, granted_by: userIds.admin }).execute();
    }
  }
  world = {
    headers, userIds, spareUserId: spare.id, organisationId, assessmentId: (assessment?.id as number) ?? null,
    callCode: call?.code ?? null, actorCode: actor?.code ?? null,
  };
  return world;
}

/**
 * Puts back what a write route may have undone (a deleted account, a removed member, a withdrawn
 * coach or invitation, an unassigned reviewer, a revoked editor), so that every request meets
 * the same world.
 */
export async function restoreWorld(db: Kysely<any>, world: World): Promise<void> {
  const org = world.organisationId;
  const u = world.userIds;
  // One statement: this runs before every request of the matrix.
  await sql`with
    a as (update users set disabled_at = null where id in (${world.spareUserId}, ${sql.join(Object.values(u))}) and disabled_at is not null returning 1),
    m as (insert into organisation_members (organisation_id, user_id, role) values
      (${org}, ${u.org_owner}, 'owner'), (${org}, ${u.org_member}, 'member'), (${org}, ${u.org_respondent}, 'respondent'), (${org}, ${world.spareUserId}, 'member')
      on conflict (organisation_id, user_id) do update set role = excluded.role returning 1),
    c as (update coach_invitations set withdrawn_at = null where organisation_id = ${org} and withdrawn_at is not null returning 1),
    i as (update organisation_invitations set withdrawn_at = null, accepted_at = null where organisation_id = ${org} and (withdrawn_at is not null or accepted_at is not null) returning 1),
    q as (update improvement_contact_requests set answered_at = null, answer = null where to_organisation_id = ${org} and answered_at is not null returning 1),
    g as (update guide_questions set status = 'open', closed_at = null where organisation_id = ${org} and status <> 'open' returning 1),
    r as (insert into call_reviewers (call_id, user_id, assigned_by)
      select c.id, x.user_id, ${u.admin} from calls c, (values (${u.reviewer}::int), (${world.spareUserId}::int)) as x (user_id)
      where c.code = ${world.callCode ?? ''} on conflict do nothing returning 1),
    e as (insert into actor_editors (actor_id, user_id, granted_by)
      select a.id, x.user_id, ${u.admin} from actors a, (values (${u.actor_editor}::int), (${world.spareUserId}::int)) as x (user_id)
      where a.code = ${world.actorCode ?? ''} on conflict do nothing returning 1)
    select 1`.execute(db);
}

/**
 * The person's headers with a new session: some write routes end the caller's session (logging
 * out), and every request must meet the rules as a logged-in person, not as a visitor.
 */
export async function freshHeaders(db: Kysely<any>, world: World, person: Person): Promise<Record<string, string>> {
  if (person === 'anonymous') return {};
  const { token } = await createSession(db as any, world.userIds[person], 1);
  const headers = world.headers[person];
  return { ...headers, cookie: headers.cookie!.replace(/tr_session=[^;]*/, `tr_session=${token}`) };
}

/** Fields of a request body that name a record, filled with a record the people are related to. */
export function refsOf(world: World): Record<string, unknown> {
  return { organisationId: world.organisationId, ...(world.actorCode ? { provider: world.actorCode, actor: world.actorCode } : {}) };
}
