import type { FastifyInstance } from 'fastify';
import { viewContext } from '../../web/context.js';
import { h } from '../../web/jsx.js';
import { sendPage } from '../../web/page.js';
import { requires } from './permissions.js';
import { callApplications } from './queries/applications.js';
import { getCall, listCalls } from './queries/calls.js';
import { conformityCsv, conformityReport } from './queries/conformity.js';
import { callApplicationsQuery, codeParams, conformityQuery, type CallApplicationsQuery, type CodeParams, type ConformityQuery } from './schemas.js';
import { CallApplicationsPage, ConformityPage } from './views/team-pages.js';
import { tr } from './views/parts.js';

/** The transition team's overviews: applications per call, and conformity across calls and instruments. */
export async function teamRoutes(app: FastifyInstance) {
  app.get('/calls/conformity', { schema: { querystring: conformityQuery } }, async (request, reply) => {
    request.authorize('calls.viewConformity');
    const q = request.query as ConformityQuery;
    const [report, calls] = await Promise.all([conformityReport(app.db, { call: q.call, instrument: q.instrument }), listCalls(app.db)]);
    const instruments = [...new Map(calls.map((c) => [c.instrument.code, tr(c.instrument.name, request.lang)])).entries()];
    const params = new URLSearchParams();
    if (q.instrument) params.set('instrument', q.instrument);
    if (q.call) params.set('call', q.call);
    const query = params.size ? `?${params.toString()}` : '';
    return sendPage(reply, <ConformityPage ctx={viewContext(request)} report={report} query={query}
      calls={calls.filter((c) => c.status !== 'draft').map((c) => [c.code, tr(c.title, request.lang)])} instruments={instruments} />);
  });

  app.get('/calls/conformity.csv', { schema: { querystring: conformityQuery } }, async (request, reply) => {
    request.authorize('calls.viewConformity');
    const q = request.query as ConformityQuery;
    const report = await conformityReport(app.db, { call: q.call, instrument: q.instrument });
    return reply.type('text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="conformity.csv"').send(conformityCsv(report, request.lang));
  });

  app.get('/calls/:code/applications', { ...requires('calls.viewApplications'), schema: { params: codeParams, querystring: callApplicationsQuery } }, async (request, reply) => {
    request.authorize('calls.viewApplications');
    const call = await getCall(app.db, (request.params as CodeParams).code, true);
    const status = (request.query as CallApplicationsQuery).status;
    return sendPage(reply, <CallApplicationsPage ctx={viewContext(request)} call={call} items={await callApplications(app.db, call.id, status)} status={status} />);
  });
}
