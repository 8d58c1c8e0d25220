import type { FastifyInstance } from 'fastify';
import { invalid } from '../../plugins/errors.js';
import { loadHistory } from '../../plugins/audit.js';
import { cursorArgs, pageOfRows, wantsCursor } from '../../web/cursor.js';
import { problemResponses } from '../../web/openapi.js';
import { seesDrafts, visibleBody, visibleDecision } from './access.js';
import { bodyDetailSchema, bodySchema, decisionListSchema, decisionSchema, historySchema, memberSchema } from './api-schemas.js';
import { addMember } from './commands/add-member.js';
import { createBody } from './commands/create-body.js';
import { transitionDecision } from './commands/transition-decision.js';
import { updateDecision } from './commands/update-decision.js';
import { updateMember } from './commands/update-member.js';
import { presentBody, presentDecision, presentMeetingEntry, presentMember } from './presenters.js';
import { bodyByCode, decisionsAfter, followUpOf, listBodies, listDecisions, meetingsOfBody, membersOf } from './queries.js';
import {
  bodyCodeParams, createBodyBody, createMemberBody, decisionCodeParams, decisionListQuery, memberParams, transitionBody, updateDecisionBody, updateMemberBody,
  type CodeParams, type CreateBodyInput, type CreateMemberInput, type DecisionListQuery, type MemberParams, type TransitionInput,
  type UpdateDecisionInput, type UpdateMemberInput,
} from './schemas.js';
import { requires } from './permissions.js';

const tags = ['governance'];

/** JSON twins of the bodies and decisions pages, and their writes. */
export async function governanceApiRoutes(app: FastifyInstance) {
  const base = app.config.publicBase;

  app.get('/api/bodies', {
    schema: { tags, summary: 'The governing bodies (besluit:Bestuursorgaan) of the transition space, as the study proposes them (R1.3) and as established since', response: { 200: { type: 'array', items: bodySchema } } },
  }, async (request) => (await listBodies(app.db)).map((b) => presentBody(b, base, seesDrafts(request))));

  app.get('/api/bodies/:code', {
    schema: { tags, summary: 'A body with its members (mandaat:Mandataris), meetings and decisions', params: bodyCodeParams, response: { 200: bodyDetailSchema, ...problemResponses(400, 404) } },
  }, async (request) => {
    const drafts = seesDrafts(request);
    const body = await visibleBody(app.db, (request.params as CodeParams).code);
    const [members, meetings, decisions] = await Promise.all([
      membersOf(app.db, body.id), meetingsOfBody(app.db, body.id, !drafts),
      listDecisions(app.db, { bodyId: body.id, status: drafts ? undefined : 'published', page: 1, pageSize: 100 }),
    ]);
    return {
      ...presentBody(body, base, drafts), members: members.map((m) => presentMember(m, base)), meetings: meetings.map((m) => presentMeetingEntry(m, base)),
      decisions: decisions.items.map((d) => ({ code: d.code, title: d.title, status: d.status, uri: `${base}/decisions/${d.code}` })),
    };
  });

  app.post('/api/bodies', {
    ...requires('governance.manageBodies'),
    schema: {
      tags, summary: 'Register a body; a working group needs the approved steering committee decision that establishes it, a mandate and an end date',
      body: createBodyBody, response: { 201: bodySchema, ...problemResponses(400, 401, 403, 409) },
    },
  }, async (request, reply) => {
    const user = request.authorize('governance.manageBodies')!;
    const input = request.body as CreateBodyInput;
    await app.db.transaction().execute((tx) => createBody(tx, user.id, input));
    return reply.code(201).header('location', `/api/bodies/${input.code}`).send(presentBody((await bodyByCode(app.db, input.code))!, base, true));
  });

  app.post('/api/bodies/:code/members', {
    ...requires('governance.manageBodies'),
    schema: { tags, summary: 'Seat a member: an actor\'s representative with a role and a term', params: bodyCodeParams, body: createMemberBody, response: { 201: memberSchema, ...problemResponses(400, 401, 403, 404) } },
  }, async (request, reply) => {
    const user = request.authorize('governance.manageBodies')!;
    const { code } = request.params as CodeParams;
    const id = await app.db.transaction().execute((tx) => addMember(tx, user.id, code, request.body as CreateMemberInput));
    const body = (await bodyByCode(app.db, code))!;
    return reply.code(201).send(presentMember((await membersOf(app.db, body.id)).find((m) => m.id === id)!, base));
  });

  app.put('/api/bodies/:code/members/:memberId', {
    ...requires('governance.manageBodies'),
    schema: { tags, summary: 'Change a member\'s role or term (send the version you started from)', params: memberParams, body: updateMemberBody, response: { 200: memberSchema, ...problemResponses(400, 401, 403, 404, 409) } },
  }, async (request) => {
    const user = request.authorize('governance.manageBodies')!;
    const { code, memberId } = request.params as MemberParams;
    await app.db.transaction().execute((tx) => updateMember(tx, user.id, code, memberId, request.body as UpdateMemberInput));
    const body = (await bodyByCode(app.db, code))!;
    return presentMember((await membersOf(app.db, body.id)).find((m) => m.id === memberId)!, base);
  });

  app.get('/api/decisions', {
    schema: { tags, summary: 'Decisions (besluit:Besluit), newest first; visitors see published decisions only', querystring: decisionListQuery, response: { 200: decisionListSchema, ...problemResponses(400) } },
  }, async (request, reply) => {
    const query = request.query as DecisionListQuery;
    const drafts = seesDrafts(request);
    let bodyId: number | undefined;
    if (query.body !== undefined) {
      const body = await bodyByCode(app.db, query.body);
      if (!body) throw invalid([{ field: 'querystring.body', message: `body ${query.body} does not exist`, code: 'reference' }]);
      bodyId = body.id;
    }
    if (query.status !== undefined && query.status !== 'published' && !drafts) {
      throw invalid([{ field: 'querystring.status', message: 'only published decisions are public', code: 'enum' }]);
    }
    if (wantsCursor(query)) {
      // Cursor mode: decisions in the order of their code, one page after the cursor.
      const { after, limit } = cursorArgs(query, 'string');
      const { rows, total } = await decisionsAfter(app.db, { bodyId, status: drafts ? query.status : 'published', after, limit });
      const page = pageOfRows(request, reply, rows, limit, (d) => d.code);
      return { items: page.items.map((d) => presentDecision(d, base)), total, next: page.next };
    }
    const page = await listDecisions(app.db, { bodyId, status: drafts ? query.status : 'published', page: query.page ?? 1, pageSize: query.pageSize ?? 50 });
    return { ...page, items: page.items.map((d) => presentDecision(d, base)) };
  });

  app.get('/api/decisions/:code', {
    schema: { tags, summary: 'A decision: where it was taken, what it is about, and what followed from it', params: decisionCodeParams, response: { 200: decisionSchema, ...problemResponses(400, 404) } },
  }, async (request) => {
    const decision = await visibleDecision(app.db, (request.params as CodeParams).code, seesDrafts(request));
    return presentDecision(decision, base, await followUpOf(app.db, decision.id));
  });

  app.get('/api/decisions/:code/history', {
    schema: { tags, summary: 'Change history of a decision (transition team, steering committee)', params: decisionCodeParams, response: { 200: historySchema, ...problemResponses(401, 403, 404) } },
  }, async (request) => {
    request.authorize('governance.viewHistory');
    const decision = await visibleDecision(app.db, (request.params as CodeParams).code, true);
    return loadHistory(app.db, 'decision', decision.code, 100);
  });

  app.put('/api/decisions/:code', {
    ...requires('governance.editDecisions'),
    schema: {
      tags, summary: 'Edit a draft decision and what it is about (send the version you started from)', params: decisionCodeParams, body: updateDecisionBody,
      response: { 200: decisionSchema, ...problemResponses(400, 401, 403, 404, 409) },
    },
  }, async (request) => {
    const user = request.authorize('governance.editDecisions')!;
    const { code } = request.params as CodeParams;
    await app.db.transaction().execute((tx) => updateDecision(tx, user.id, code, request.body as UpdateDecisionInput));
    const decision = await visibleDecision(app.db, code, true);
    return presentDecision(decision, base, await followUpOf(app.db, decision.id));
  });

  for (const step of ['approve', 'publish'] as const) {
    app.post(`/api/decisions/:code/${step}`, {
      ...requires(step === 'approve' ? 'governance.approve' : 'governance.publish'),
      schema: {
        tags, summary: step === 'approve' ? 'Approve a draft decision (steering committee)' : 'Publish an approved decision (steering committee)',
        params: decisionCodeParams, body: transitionBody, response: { 200: decisionSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    }, async (request) => {
      const user = request.authorize(step === 'approve' ? 'governance.approve' : 'governance.publish')!;
      const { code } = request.params as CodeParams;
      await app.db.transaction().execute((tx) => transitionDecision(tx, user.id, code, (request.body as TransitionInput).version, step));
      const decision = await visibleDecision(app.db, code, true);
      return presentDecision(decision, base, await followUpOf(app.db, decision.id));
    });
  }
}
