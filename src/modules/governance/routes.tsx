import type { FastifyInstance, FastifyRequest } from 'fastify';
import { principalOf } from '../../plugins/auth.js';
import { AppError, invalid, notFound } from '../../plugins/errors.js';
import type { MissingFact } from './commands/completeness.js';
import { IncompletePage } from './views/incomplete.js';
import { can } from '../../plugins/permissions.js';
import { viewContext } from '../../web/context.js';
import { h } from '../../web/jsx.js';
import { sendPage } from '../../web/page.js';
import { seesDrafts, visibleBody, visibleDecision } from './access.js';
import { decisionLocked } from './errors.js';
import { addMember } from './commands/add-member.js';
import { createBody } from './commands/create-body.js';
import { transitionDecision } from './commands/transition-decision.js';
import { updateDecision } from './commands/update-decision.js';
import { updateMember } from './commands/update-member.js';
import {
  BODY_FIELDS, compactSubjects, DECISION_FIELDS, decisionForm, decisionInput, MEMBER_FIELDS, memberForm, memberInput, readForm, workingGroupInput, type Form,
} from './form-mapping.js';
import { loadHistory } from '../../plugins/audit.js';
import { continueFrom, refusal } from './page-errors.js';
import { requires } from './permissions.js';
import { followUpOf, listBodies, listDecisions, meetingsOfBody, membersOf, publicationsOf, type Body } from './queries.js';
import { bodyCodeParams, decisionCodeParams, decisionListQuery, memberParams, type CodeParams, type DecisionListQuery, type MemberParams } from './schemas.js';
import { BodiesPage, BodyPage } from './views/bodies.js';
import { MemberFormPage, WorkingGroupFormPage } from './views/body-forms.js';
import { DecisionFormPage } from './views/decision-form.js';
import { DECISION_NOTICES, DecisionListPage, DecisionPage } from './views/decisions.js';
import { savedFrom } from './views/parts.js';

const BODY_NOTICES = ['bodyCreated', 'memberAdded', 'memberUpdated'] as const;

/** Pages for the bodies and the decisions; the meeting pages live in meeting-routes. */
export async function governanceRoutes(app: FastifyInstance) {
  const db = app.db;
  const activeActors = async () => (await db.selectFrom('actors').select(['code', 'name']).where('retired_at', 'is', null).orderBy('name').execute());
  /** Decisions that can establish a working group: the steering committee's, once approved. */
  const establishingDecisions = async (lang: 'nl' | 'en') => (await db.selectFrom('decisions as d').innerJoin('bodies as b', 'b.id', 'd.body_id')
    .select(['d.code', 'd.title_nl', 'd.title_en']).where('b.kind', '=', 'steering_committee').where('d.status', '!=', 'draft').orderBy('d.code', 'desc').execute())
    .map((d) => ({ code: d.code, title: lang === 'en' ? d.title_en : d.title_nl }));

  app.get('/bodies', async (request, reply) => sendPage(reply, <BodiesPage ctx={viewContext(request)} bodies={await listBodies(db)} />));

  app.get('/bodies/new', async (request, reply) => {
    request.authorize('governance.manageBodies');
    const decision = (request.query as Record<string, unknown>).decision;
    const form: Form = Object.fromEntries(BODY_FIELDS.map((f) => [f, '']));
    if (typeof decision === 'string') form.establishedByDecision = decision;
    return sendPage(reply, <WorkingGroupFormPage ctx={viewContext(request)} form={form} errors={[]} decisions={await establishingDecisions(request.lang)} />);
  });

  app.post('/bodies', { ...requires('governance.manageBodies') }, async (request, reply) => {
    const user = request.authorize('governance.manageBodies')!;
    const form = readForm(request.body, BODY_FIELDS);
    try {
      const parsed = workingGroupInput(form);
      if (!parsed.ok) throw invalid(parsed.errors);
      await db.transaction().execute((tx) => createBody(tx, user.id, parsed.input));
      return reply.redirect(`/bodies/${parsed.input.code}?saved=bodyCreated`, 303);
    } catch (err) {
      const r = refusal(request.t, err);
      reply.code(r.status);
      return sendPage(reply, <WorkingGroupFormPage ctx={viewContext(request)} form={form} errors={r.errors} decisions={await establishingDecisions(request.lang)} />);
    }
  });

  app.get('/bodies/:code', { schema: { params: bodyCodeParams } }, async (request, reply) => {
    const drafts = seesDrafts(request);
    const body = await visibleBody(db, (request.params as CodeParams).code);
    const [members, meetings, decisions] = await Promise.all([
      membersOf(db, body.id), meetingsOfBody(db, body.id, !drafts),
      listDecisions(db, { bodyId: body.id, status: drafts ? undefined : 'published', page: 1, pageSize: 100 }),
    ]);
    return sendPage(reply, <BodyPage ctx={viewContext(request)} body={body} members={members} meetings={meetings} decisions={decisions.items}
      notice={savedFrom(request.query, BODY_NOTICES)} />);
  });

  const memberPage = async (request: FastifyRequest, body: Body, form: Form, mode: 'create' | 'edit', extra: { errors?: ReturnType<typeof refusal>['errors']; stale?: { currentVersion: number } | undefined; memberId?: number; actorName?: string } = {}) =>
    <MemberFormPage ctx={viewContext(request)} body={body} form={form} errors={extra.errors ?? []} mode={mode} memberId={extra.memberId} actors={await activeActors()}
      actorName={extra.actorName} stale={extra.stale} />;

  app.get('/bodies/:code/members/new', { schema: { params: bodyCodeParams } }, async (request, reply) => {
    request.authorize('governance.manageBodies');
    const body = await visibleBody(db, (request.params as CodeParams).code);
    return sendPage(reply, await memberPage(request, body, readForm({ role: 'member' }, MEMBER_FIELDS), 'create'));
  });

  app.post('/bodies/:code/members', { ...requires('governance.manageBodies'), schema: { params: bodyCodeParams } }, async (request, reply) => {
    const user = request.authorize('governance.manageBodies')!;
    const body = await visibleBody(db, (request.params as CodeParams).code);
    const form = readForm(request.body, MEMBER_FIELDS);
    try {
      const parsed = memberInput(form, 'create');
      if (!parsed.ok) throw invalid(parsed.errors);
      await db.transaction().execute((tx) => addMember(tx, user.id, body.code, parsed.input as Parameters<typeof addMember>[3]));
      return reply.redirect(`/bodies/${body.code}?saved=memberAdded#members`, 303);
    } catch (err) {
      const r = refusal(request.t, err);
      reply.code(r.status);
      return sendPage(reply, await memberPage(request, body, form, 'create', { errors: r.errors }));
    }
  });

  const memberOf = async (params: MemberParams) => {
    const body = await visibleBody(db, params.code);
    const member = (await membersOf(db, body.id)).find((m) => m.id === params.memberId);
    if (!member) throw notFound('member', `${params.code}/${params.memberId}`);
    return { body, member };
  };

  app.get('/bodies/:code/members/:memberId/edit', { schema: { params: memberParams } }, async (request, reply) => {
    request.authorize('governance.manageBodies');
    const { body, member } = await memberOf(request.params as MemberParams);
    return sendPage(reply, await memberPage(request, body, memberForm(member), 'edit', { memberId: member.id, actorName: member.actor.name }));
  });

  app.post('/bodies/:code/members/:memberId', { ...requires('governance.manageBodies'), schema: { params: memberParams } }, async (request, reply) => {
    const user = request.authorize('governance.manageBodies')!;
    const { body, member } = await memberOf(request.params as MemberParams);
    const form = readForm(request.body, MEMBER_FIELDS);
    try {
      const parsed = memberInput(form, 'edit');
      if (!parsed.ok) throw invalid(parsed.errors);
      await db.transaction().execute((tx) => updateMember(tx, user.id, body.code, member.id, parsed.input as Parameters<typeof updateMember>[4]));
      return reply.redirect(`/bodies/${body.code}?saved=memberUpdated#members`, 303);
    } catch (err) {
      const r = refusal(request.t, err);
      reply.code(r.status);
      return sendPage(reply, await memberPage(request, body, continueFrom(form, r), 'edit', { errors: r.errors, stale: r.stale, memberId: member.id, actorName: member.actor.name }));
    }
  });

  app.get('/decisions', { schema: { querystring: decisionListQuery } }, async (request, reply) => {
    const query = request.query as DecisionListQuery;
    const drafts = seesDrafts(request);
    const bodies = await listBodies(db);
    const body = query.body !== undefined ? bodies.find((b) => b.code === query.body) : undefined;
    if (query.body !== undefined && !body) throw invalid([{ field: 'querystring.body', message: `body ${query.body} does not exist`, code: 'reference' }]);
    const status = drafts ? query.status : 'published';
    const page = await listDecisions(db, { bodyId: body?.id, status, page: query.page ?? 1, pageSize: query.pageSize ?? 50 });
    return sendPage(reply, <DecisionListPage ctx={viewContext(request)} page={page} query={drafts ? query : { ...query, status: undefined }} bodies={bodies} />);
  });

  app.get('/decisions/:code', { schema: { params: decisionCodeParams } }, async (request, reply) => {
    const decision = await visibleDecision(db, (request.params as CodeParams).code, seesDrafts(request));
    const [followUp, published, history] = await Promise.all([
      followUpOf(db, decision.id),
      decision.meeting ? publicationsOf(db, decision.meeting.id, true) : Promise.resolve([]),
      can(principalOf(request.user), 'governance.viewHistory') ? loadHistory(db, 'decision', decision.code, 100) : Promise.resolve(null),
    ]);
    return sendPage(reply, <DecisionPage ctx={viewContext(request)} decision={decision} followUp={followUp} meetingPublic={published.length > 0} history={history}
      notice={savedFrom(request.query, DECISION_NOTICES)} />);
  });

  const decisionFormPage = (request: FastifyRequest, code: string, form: Form, errors: ReturnType<typeof refusal>['errors'] = [], r?: ReturnType<typeof refusal>) =>
    <DecisionFormPage ctx={viewContext(request)} form={{ ...form, code }} errors={errors} mode="edit" action={`/decisions/${code}`} cancel={`/decisions/${code}`}
      crumbs={[[request.t('gov.decisions.title'), '/decisions'], [code, `/decisions/${code}`]]} context={code} stale={r?.stale} problem={r?.problem} />;

  app.get('/decisions/:code/edit', { schema: { params: decisionCodeParams } }, async (request, reply) => {
    request.authorize('governance.editDecisions');
    const decision = await visibleDecision(db, (request.params as CodeParams).code, true);
    if (decision.status !== 'draft') throw decisionLocked(decision.code, decision.status);
    return sendPage(reply, decisionFormPage(request, decision.code, decisionForm(decision)));
  });

  app.post('/decisions/:code', { ...requires('governance.editDecisions'), schema: { params: decisionCodeParams } }, async (request, reply) => {
    const user = request.authorize('governance.editDecisions')!;
    const decision = await visibleDecision(db, (request.params as CodeParams).code, true);
    const form = compactSubjects(readForm(request.body, DECISION_FIELDS));
    try {
      const parsed = decisionInput(form, 'edit');
      if (!parsed.ok) throw invalid(parsed.errors);
      await db.transaction().execute((tx) => updateDecision(tx, user.id, decision.code, parsed.input as Parameters<typeof updateDecision>[3]));
      return reply.redirect(`/decisions/${decision.code}?saved=updated`, 303);
    } catch (err) {
      const r = refusal(request.t, err);
      reply.code(r.status);
      return sendPage(reply, decisionFormPage(request, decision.code, continueFrom(form, r), r.errors, r));
    }
  });

  for (const step of ['approve', 'publish'] as const) {
    app.post(`/decisions/:code/${step}`, { ...requires(step === 'approve' ? 'governance.approve' : 'governance.publish'), schema: { params: decisionCodeParams } }, async (request, reply) => {
      const user = request.authorize(step === 'approve' ? 'governance.approve' : 'governance.publish')!;
      const decision = await visibleDecision(db, (request.params as CodeParams).code, true);
      const version = Number((request.body as Record<string, unknown> | undefined)?.version);
      if (!Number.isInteger(version) || version < 1) throw invalid([{ field: 'version', message: 'must be a whole number', code: 'type' }]);
      try {
        await db.transaction().execute((tx) => transitionDecision(tx, user.id, decision.code, version, step));
      } catch (err) {
        if (!(err instanceof AppError) || err.code !== 'GOVERNANCE_INCOMPLETE') throw err;
        reply.code(409);
        return sendPage(reply, <IncompletePage ctx={viewContext(request)} missing={err.extra.missing as MissingFact[]} back={`/decisions/${decision.code}`} />);
      }
      return reply.redirect(`/decisions/${decision.code}?saved=${step === 'approve' ? 'approved' : 'published'}`, 303);
    });
  }
}
