import type { FastifyInstance } from 'fastify';
import { principalOf } from '../../plugins/auth.js';
import { notFound } from '../../plugins/errors.js';
import { can } from '../../plugins/permissions.js';
import { viewContext } from '../../web/context.js';
import { h } from '../../web/jsx.js';
import { sendCatalogPage, sendPage } from '../../web/page.js';
import { mayEditFor } from './access.js';
import { CASE_AREAS } from './cases-api-routes.js';
import { caseFilterOptions, listCases, relatedCases } from './cases-queries.js';
import { caseCodeParams, caseListQuery, type CaseCodeParams, type CaseListQuery } from './cases-schemas.js';
import { CaseDetailPage } from './views/case-detail.js';
import { CaseListPage } from './views/case-list.js';

export async function caseRoutes(app: FastifyInstance) {
  const catalog = app.readModels.catalog;

  app.get('/cases', { schema: { querystring: caseListQuery } }, async (request, reply) => {
    request.authorize('knowledge.read');
    const query = request.query as CaseListQuery;
    return sendCatalogPage(request, reply, CASE_AREAS, () => {
      const page = listCases(catalog, query, request.lang);
      return <CaseListPage ctx={viewContext(request)} catalog={catalog} page={page} query={query} options={caseFilterOptions(catalog, request.lang)}
        canContribute={can(principalOf(request.user), 'knowledge.contribute')} />;
    });
  });

  app.get('/cases/:code', { schema: { params: caseCodeParams } }, async (request, reply) => {
    request.authorize('knowledge.read');
    const { code } = request.params as CaseCodeParams;
    const found = catalog.caseByCode(code);
    if (!found) throw notFound('case', code);
    const canEdit = await mayEditFor(app.db, request.user, found.maintainedBy);
    const saved = (request.query as { saved?: string } | undefined)?.saved;
    return sendPage(reply, <CaseDetailPage ctx={viewContext(request)} catalog={catalog} item={found} related={relatedCases(catalog, found, request.lang)}
      canEdit={canEdit} notice={saved ? 'knowledge.saved' : undefined} />);
  });
}
