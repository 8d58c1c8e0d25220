import type { FastifyInstance } from 'fastify';
import { viewContext } from '../../web/context.js';
import { h } from '../../web/jsx.js';
import { API_BASE } from '../../web/openapi.js';
import { sendPage } from '../../web/page.js';
import { ApiDocsPage, type OpenApiDocument } from './views/api-docs.js';

/**
 * For developers: the generated OpenAPI 3.1 document, a browsable page built from it,
 * and an index of the API.
 */
export default async function developers(app: FastifyInstance) {
  const document = () => app.swagger() as unknown as OpenApiDocument;

  app.get('/api/openapi.json', { schema: { hide: true } }, async (_request, reply) =>
    reply.header('access-control-allow-origin', '*').send(document()));

  app.get('/api/docs', async (request, reply) =>
    sendPage(reply, <ApiDocsPage ctx={viewContext(request)} doc={document()} />));

  app.get('/api', {
    schema: {
      tags: ['meta'], summary: 'Index of the API: where the documentation and the collections are',
      response: { 200: { type: 'object', additionalProperties: true } },
    },
  }, async () => {
    const paths = Object.keys(document().paths ?? {}).filter((p) => p.startsWith(`${API_BASE}/`) && !p.includes('{'));
    return {
      name: 'Transitieruimte API',
      version: 'v1',
      openapi: `${app.config.publicBase}${API_BASE}/openapi.json`,
      documentation: `${app.config.publicBase}${API_BASE}/docs`,
      collections: paths.sort().map((p) => `${app.config.publicBase}${p}`),
    };
  });
}
