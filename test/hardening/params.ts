import { sql, type Kysely } from 'kysely';
import type { World } from './world.js';

type Values = Record<string, string>;
/** Returns SQL giving one value for a path parameter, or a value straight away. */
type Rule = (v: Values, w: World) => ReturnType<typeof sql> | string | null;

const one = (table: string, column: string, where = sql``) =>
  sql`select ${sql.ref(column)}::text as v from ${sql.table(table)} ${where} order by 1 limit 1`;

/**
 * How to find an existing record for a path parameter, by the path segment before it and the
 * parameter's name (`segment/:param`). These describe tables, not routes: a new route over an
 * existing resource is resolved without being listed. Unknown parameters fall back to a table
 * named after the segment, then to "1"; the fuzz test also sends junk for every parameter.
 */
const RULES: Record<string, Rule> = {
  'organisations/:id': (_, w) => String(w.organisationId),
  'endorsements/:organisationId': (_, w) => String(w.organisationId),
  'assessments/:id': (_, w) => (w.assessmentId ? String(w.assessmentId) : null),
  'answers/:questionId': (v) => one('maturity_questions', 'id', sql`where model_id = (select model_id from assessments where id = ${Number(v.id)})`),
  'members/:userId': (_, w) => String(w.spareUserId),
  'reviewers/:userId': (_, w) => String(w.spareUserId),
  ':actor/:userId': (_, w) => String(w.spareUserId),
  'editors/:actor': (_, w) => w.actorCode,
  'invitations/:invitationId': (v) => one('organisation_invitations', 'id', sql`where organisation_id = ${Number(v.id)}`),
  'coaches/:invitationId': (v, w) => one('coach_invitations', 'id', sql`where organisation_id = ${Number(v.id)} and coach_user_id = ${w.spareUserId}`),
  'items/:itemId': (v) => one('improvement_items', 'id', sql`where plan_id in (select id from improvement_plans where organisation_id = ${Number(v.id)})`),
  'contact-requests/:requestId': (v) => one('improvement_contact_requests', 'id', sql`where to_organisation_id = ${Number(v.id)}`),
  'models/:version': () => sql`select version::text as v from maturity_models order by (status = 'draft') desc, version desc limit 1`,
  'dimensions/:code': (v) => (v.version
    ? one('maturity_dimensions', 'code', sql`where model_id = (select id from maturity_models where version = ${Number(v.version)})`)
    : one('maturity_dimensions', 'code', sql`where model_id = (select model_id from assessments where id = ${Number(v.id)})`)),
  'reports/:year': () => String(new Date().getFullYear() - 1),
  'questions/:code': (v) => one('maturity_questions', 'code', sql`where model_id = (select id from maturity_models where version = ${Number(v.version)})`),
  'questions/:id': (_, w) => one('guide_questions', 'id', sql`where organisation_id = ${w.organisationId}`),
  'bodies/:code': () => one('bodies', 'code'),
  'members/:memberId': (v) => one('body_members', 'id', sql`where body_id = (select id from bodies where code = ${v.code})`),
  'agenda-items/:itemId': (v) => one('agenda_items', 'id', sql`where meeting_id = ${Number(v.id)}`),
  'measurements/:id': (v) => one('measurements', 'id', sql`where kpi_id = (select id from kpis where code = ${v.code})`),
  'imports/:id': () => one('measurement_imports', 'id'),
  'conformity/:id': () => one('conformity_clauses', 'id'),
  'vision/:code': () => one('visions', 'code'),
  'rounds/:n': (v) => one('vision_rounds', 'number', sql`where vision_id = (select id from visions where code = ${v.code})`),
  'comments/:id': () => one('vision_comments', 'id'),
  'paths/:code': () => one('transition_paths', 'code'),
  'action-lines/:line': (v) => one('action_lines', 'code', sql`where id in (select action_line_id from path_action_lines
    where path_id = (select id from transition_paths where code = ${v.code}))`),
  'sets/:code': () => one('scenario_sets', 'code'),
  'forms/:id': () => one('form_definitions', 'id'),
  'calls/:code': (_, w) => w.callCode ?? one('calls', 'code'),
  'applications/:id': (_, w) => one('applications', 'id', sql`where call_id = (select id from calls where code = ${w.callCode ?? ''})`),
  'partners/:organisationId': (v) => one('application_partners', 'organisation_id', sql`where application_id = ${Number(v.id)}`),
  'projects/:code': () => one('projects', 'code'),
  'milestones/:id': (v) => (v.code
    ? one('project_milestones', 'id', sql`where project_id = (select id from projects where code = ${v.code})`)
    : one('milestones', 'id')),
  'learning/:id': (_, w) => one('learning_opportunities', 'id', sql`where provider_actor_id = (select id from actors where code = ${w.actorCode ?? ''})`),
  'funding/:code': () => one('funding_opportunities', 'code'),
  'offers/:id': (_, w) => one('guide_offers', 'id', sql`where actor_id = (select id from actors where code = ${w.actorCode ?? ''})`),
  'contacts/:id': () => one('guide_contacts', 'id'),
  'cases/:code': () => one('cases', 'code'),
};

/** The value of an existing record for every `:param` of a Fastify path. */
export async function resolveParams(db: Kysely<any>, path: string, world: World): Promise<Values> {
  const values: Values = {};
  const segments = path.split('/');
  for (let i = 1; i < segments.length; i++) {
    if (!segments[i]!.startsWith(':')) continue;
    const name = segments[i]!.slice(1);
    values[name] = await resolveOne(db, `${segments[i - 1]}/${segments[i]}`, segments[i - 1]!, name, values, world);
  }
  return values;
}

/** Fills every `:param` of a Fastify path with the value of an existing record. */
export async function resolvePath(db: Kysely<any>, path: string, world: World): Promise<string> {
  const values = await resolveParams(db, path, world);
  return path.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(values[name]!));
}

async function resolveOne(db: Kysely<any>, key: string, segment: string, name: string, values: Values, world: World): Promise<string> {
  const rule = RULES[key];
  const query = rule ? rule(values, world) : guess(segment, name);
  if (query === null) return '1';
  if (typeof query === 'string') return query;
  try {
    const { rows } = await (query as any).execute(db) as { rows: Array<{ v: string }> };
    return rows[0]?.v ?? '1';
  } catch {
    return '1';
  }
}

function guess(segment: string, name: string) {
  const table = segment.replace(/-/g, '_');
  if (!/^[a-z_]+$/.test(table)) return null;
  const column = ['code', 'number', 'year', 'version'].includes(name) ? name : 'id';
  return one(table, column);
}
