import type { FastifyInstance } from 'fastify';
import { notFound } from '../../plugins/errors.js';
import { problemResponses } from '../../web/openapi.js';
import { sendCatalogJson } from '../../web/page.js';
import { presentCase, presentCaseDetail } from './cases-presenters.js';
import { listCases, relatedCases } from './cases-queries.js';
import { caseCodeParams, caseDetailSchema, caseListQuery, caseListResponse, type CaseCodeParams, type CaseListQuery } from './cases-schemas.js';

const tags = ['cases'];

export async function caseApiRoutes(app: FastifyInstance) {
  const catalog = app.readModels.catalog;
  const base = app.config.publicBase;

  app.get('/api/cases', {
    schema: {
      tags, summary: 'List inspiring examples, filtered by pillar, challenge, country, sector or title text; sorted by pillar, then title',
      querystring: caseListQuery,
      response: { 200: caseListResponse, ...problemResponses(400) },
    },
  }, async (request, reply) => sendCatalogJson(request, reply, ['framework', 'cases'], () => {
    const page = listCases(catalog, request.query as CaseListQuery, request.lang);
    return { ...page, items: page.items.map((c) => presentCase(c, base)) };
  }));

  app.get('/api/cases/:code', {
    schema: {
      tags, summary: 'One inspiring example, with the related examples that answer the same challenges',
      params: caseCodeParams,
      response: { 200: caseDetailSchema, ...problemResponses(404) },
    },
  }, async (request) => {
    const { code } = request.params as CaseCodeParams;
    const found = catalog.caseByCode(code);
    if (!found) throw notFound('case', code);
    return presentCaseDetail(found, relatedCases(catalog, found, request.lang), base);
  });
}
