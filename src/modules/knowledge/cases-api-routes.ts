import type { FastifyInstance } from 'fastify';
import { notFound } from '../../plugins/errors.js';
import { problemResponses } from '../../web/openapi.js';
import { pageByKey, wantsCursor } from '../../web/cursor.js';
import { sendCatalogJson } from '../../web/page.js';
import { presentCase, presentCaseDetail } from './cases-presenters.js';
import { listCases, relatedCases } from './cases-queries.js';
import {
  caseCodeParams, caseDetailSchema, caseListQuery, caseListResponse, createCaseBody, updateCaseBody,
  type CaseCodeParams, type CaseListQuery, type CreateCaseInput, type UpdateCaseInput,
} from './cases-schemas.js';
import { createCase, updateCase } from './commands/save-case.js';
import { requires } from './permissions.js';
import { inTransaction } from './transaction.js';

const tags = ['cases'];
/** Case views read the frame, the cases and (for the maintainer's code) the actors. */
export const CASE_AREAS = ['framework', 'cases', 'actors'] as const;

export async function caseApiRoutes(app: FastifyInstance) {
  const catalog = app.readModels.catalog;
  const base = app.config.publicBase;
  const one = (code: string, lang: 'nl' | 'en') => {
    const found = catalog.caseByCode(code);
    if (!found) throw notFound('case', code);
    return presentCaseDetail(found, relatedCases(catalog, found, lang), base, catalog);
  };

  app.get('/api/cases', {
    schema: {
      tags, summary: 'List cases (inspiring examples and failures), filtered by pillar, challenge, country, sector, outcome, subsector, technology, maturity dimension, maintaining actor or title text; sorted by pillar, then title',
      querystring: caseListQuery,
      response: { 200: caseListResponse, ...problemResponses(400) },
    },
  }, async (request, reply) => {
    request.authorize('knowledge.read');
    const query = request.query as CaseListQuery;
    if (wantsCursor(query)) {
      // Cursor mode: every match in the order of the case code, one page after the cursor.
      const all = listCases(catalog, { ...query, page: 1, pageSize: Number.MAX_SAFE_INTEGER }, request.lang);
      const page = pageByKey(request, reply, all.items, (c) => c.code, query);
      return sendCatalogJson(request, reply, CASE_AREAS, () => ({
        items: page.items.map((c) => presentCase(c, base, catalog)), total: all.total, next: page.next,
      }));
    }
    return sendCatalogJson(request, reply, CASE_AREAS, () => {
      const page = listCases(catalog, query, request.lang);
      return { ...page, items: page.items.map((c) => presentCase(c, base, catalog)) };
    });
  });

  app.get('/api/cases/:code', {
    schema: {
      tags, summary: 'One case, with the related cases that answer the same challenges',
      params: caseCodeParams,
      response: { 200: caseDetailSchema, ...problemResponses(404) },
    },
  }, async (request) => {
    request.authorize('knowledge.read');
    return one((request.params as CaseCodeParams).code, request.lang);
  });

  app.post('/api/cases', {
    ...requires('knowledge.contribute'),
    schema: {
      tags, summary: 'Add a case; the transition team for any actor, an actor\'s editors only for their own actor (`actor`)',
      body: createCaseBody, response: { 201: caseDetailSchema, ...problemResponses(400, 401, 403, 409) },
    },
  }, async (request, reply) => {
    const user = request.authorize('knowledge.contribute')!;
    const saved = await inTransaction(app.db, (tx) => createCase(tx, user, request.body as CreateCaseInput));
    await catalog.refreshCases([saved.id]);
    return reply.code(201).header('location', `/api/cases/${saved.code}`).send(one(saved.code, request.lang));
  });

  app.put('/api/cases/:code', {
    ...requires('knowledge.contribute'),
    schema: {
      tags, summary: 'Edit a case (send the version you started from; 409 when someone saved first)',
      params: caseCodeParams, body: updateCaseBody, response: { 200: caseDetailSchema, ...problemResponses(400, 401, 403, 404, 409) },
    },
  }, async (request) => {
    const user = request.authorize('knowledge.contribute')!;
    const { code } = request.params as CaseCodeParams;
    const saved = await inTransaction(app.db, (tx) => updateCase(tx, user, code, request.body as UpdateCaseInput));
    await catalog.refreshCases([saved.id]);
    return one(code, request.lang);
  });
}
