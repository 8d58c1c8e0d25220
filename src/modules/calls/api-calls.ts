import type { FastifyInstance, FastifyRequest } from 'fastify';
import { principalOf } from '../../plugins/auth.js';
import { can } from '../../plugins/permissions.js';
import { pageByKey, wantsCursor } from '../../web/cursor.js';
import { problemResponses } from '../../web/openapi.js';
import { createCall, publishCall, updateCall, type CreateCallInput, type UpdateCallInput } from './commands/calls.js';
import { inTransaction } from './commands/shared.js';
import { callPhase } from './constants.js';
import { requires } from './permissions.js';
import { presentApplicationListItem, presentCall, presentCallSummary } from './presenters.js';
import { callApplications } from './queries/applications.js';
import { getCall } from './queries/calls.js';
import { conformityReport } from './queries/conformity.js';
import type { CallReads } from './reads.js';
import { applicationListSchema, callListSchema, callSchema, conformitySchema } from './response-schemas.js';
import {
  callApplicationsQuery, callsQuery, codeParams, conformityQuery, createCallBody, updateCallBody,
  type CallApplicationsQuery, type CallsQuery, type CodeParams, type ConformityQuery,
} from './schemas.js';

const tags = ['calls'];

/** Calls: the public list and detail, and the transition team's editing, publishing and overview. */
export async function callApiRoutes(app: FastifyInstance, { reads }: { reads: CallReads }) {
  const base = app.config.publicBase;
  const manages = (request: FastifyRequest) => can(principalOf(request.user), 'calls.manage');
  const changed = () => app.readModels.catalog.touch('calls');

  app.get('/api/calls', {
    schema: { tags, summary: 'Published calls, filtered by phase (open, upcoming, closed: from the dates in Europe/Brussels); drafts too for the transition team', querystring: callsQuery, response: { 200: callListSchema, ...problemResponses(400) } },
  }, async (request, reply) => {
    request.authorize('calls.read');
    const q = request.query as CallsQuery;
    const now = new Date();
    const items = (await reads.calls())
      .filter((c) => (c.status === 'published' || manages(request)) && (!q.phase || q.phase === 'all' || callPhase(c, now) === q.phase) && (!q.instrument || c.instrument.code === q.instrument))
      .map((c) => presentCallSummary(base, c, now));
    if (wantsCursor(q)) {
      // Cursor mode: every match in the order of the call code, one page after the cursor.
      const page = pageByKey(request, reply, items, (c) => c.code, q);
      return { items: page.items, total: items.length, next: page.next };
    }
    return { items, total: items.length };
  });

  app.get('/api/calls/conformity', {
    schema: { tags, summary: 'Conformity report: per annex field and chosen value, the submitted and granted applications, per call and instrument', querystring: conformityQuery, response: { 200: conformitySchema, ...problemResponses(401, 403) } },
  }, async (request) => {
    request.authorize('calls.viewConformity');
    const q = request.query as ConformityQuery;
    return conformityReport(app.db, { call: q.call, instrument: q.instrument });
  });

  app.get('/api/calls/:code', {
    schema: { tags, summary: 'One call: criteria with weights, eligibility, annexes, workflow, budget and dates', params: codeParams, response: { 200: callSchema, ...problemResponses(404) } },
  }, async (request) => {
    request.authorize('calls.read');
    return presentCall(base, await getCall(app.db, (request.params as CodeParams).code, manages(request)));
  });

  app.post('/api/calls', {
    ...requires('calls.manage'),
    schema: { tags, summary: 'Create a call in draft; criteria, annexes and workflow default to the standard set when left out', body: createCallBody, response: { 201: callSchema, ...problemResponses(400, 401, 403, 409) } },
  }, async (request, reply) => {
    const user = request.authorize('calls.manage')!;
    const code = await inTransaction(app.db, (tx) => createCall(tx, user.id, request.body as CreateCallInput));
    changed();
    return reply.code(201).header('location', `/api/calls/${code}`).send(presentCall(base, await getCall(app.db, code, true)));
  });

  app.put('/api/calls/:code', {
    ...requires('calls.manage'),
    schema: { tags, summary: 'Edit a call (send the version you started from); criteria, annexes and workflow are replaced as sent', params: codeParams, body: updateCallBody, response: { 200: callSchema, ...problemResponses(400, 401, 403, 404, 409) } },
  }, async (request) => {
    const user = request.authorize('calls.manage')!;
    const { code } = request.params as CodeParams;
    await inTransaction(app.db, (tx) => updateCall(tx, user.id, code, request.body as UpdateCallInput));
    changed();
    return presentCall(base, await getCall(app.db, code, true));
  });

  app.post('/api/calls/:code/publish', {
    ...requires('calls.manage'),
    schema: { tags, summary: 'Publish a draft call: listed publicly, open for applications between its dates', params: codeParams, response: { 200: callSchema, ...problemResponses(401, 403, 404, 409) } },
  }, async (request) => {
    const user = request.authorize('calls.manage')!;
    const { code } = request.params as CodeParams;
    await inTransaction(app.db, (tx) => publishCall(tx, user.id, code));
    changed();
    return presentCall(base, await getCall(app.db, code, true));
  });

  app.get('/api/calls/:code/applications', {
    schema: { tags, summary: "Every application of a call (the transition team's overview)", params: codeParams, querystring: callApplicationsQuery, response: { 200: applicationListSchema, ...problemResponses(401, 403, 404) } },
  }, async (request) => {
    request.authorize('calls.viewApplications');
    const call = await getCall(app.db, (request.params as CodeParams).code, true);
    const items = (await callApplications(app.db, call.id, (request.query as CallApplicationsQuery).status)).map((a) => presentApplicationListItem(base, a));
    return { items, total: items.length };
  });
}
