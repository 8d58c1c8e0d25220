import type { FastifyInstance } from 'fastify';
import { brusselsDate } from '../../web/dates.js';
import { problemResponses } from '../../web/openapi.js';
import { sendCachedJson } from '../../web/page.js';
import { createFunding, retireFunding, updateFunding } from './commands/save-funding.js';
import { presentFunding } from './funding-presenters.js';
import { getFunding, listFunding } from './funding-queries.js';
import {
  createFundingBody, fundingListQuery, fundingListResponse, fundingSchema, updateFundingBody,
  type CreateFundingInput, type FundingListQuery, type UpdateFundingInput,
} from './funding-schemas.js';
import { requires } from './permissions.js';
import { codeParams, retireBody, type RetireInput } from './schema-parts.js';
import { inTransaction } from './transaction.js';

const tags = ['funding'];
/** Funding views read the knowledge area, the actors and the cycle's action lines. */
export const FUNDING_AREAS = ['knowledge', 'actors', 'cycle'] as const;

export async function fundingApiRoutes(app: FastifyInstance) {
  const base = app.config.publicBase;
  const changed = () => app.readModels.catalog.touch('knowledge');

  app.get('/api/funding', {
    schema: {
      tags, summary: 'Funding and network opportunities (Creative Europe, Europeana, EU structural funds, Horizon Europe, Digital Europe, Flemish programmes), filtered by kind, programme, open now or deadline soon, dimension, subsector, action line or title text',
      querystring: fundingListQuery, response: { 200: fundingListResponse, ...problemResponses(400) },
    },
  }, async (request, reply) => {
    request.authorize('knowledge.read');
    return sendCachedJson(request, reply, async () => {
      const page = await listFunding(app.db, request.query as FundingListQuery, brusselsDate());
      return { ...page, items: page.items.map((r) => presentFunding(r, base)) };
    }, FUNDING_AREAS);
  });

  app.get('/api/funding/:code', {
    schema: { tags, summary: 'One funding or network opportunity with the action lines it serves', params: codeParams, response: { 200: fundingSchema, ...problemResponses(404) } },
  }, async (request) => {
    request.authorize('knowledge.read');
    return presentFunding(await getFunding(app.db, (request.params as { code: string }).code), base);
  });

  app.post('/api/funding', {
    ...requires('knowledge.contribute'),
    schema: {
      tags, summary: 'Publish a funding or network opportunity, linked to action lines; an actor\'s editors only with their own actor as provider',
      body: createFundingBody, response: { 201: fundingSchema, ...problemResponses(400, 401, 403, 409) },
    },
  }, async (request, reply) => {
    const user = request.authorize('knowledge.contribute')!;
    const code = await inTransaction(app.db, (tx) => createFunding(tx, user, request.body as CreateFundingInput));
    changed();
    return reply.code(201).header('location', `/api/funding/${code}`).send(presentFunding(await getFunding(app.db, code), base));
  });

  app.put('/api/funding/:code', {
    ...requires('knowledge.contribute'),
    schema: {
      tags, summary: 'Edit a funding or network opportunity (send the version you started from; 409 when someone saved first)',
      params: codeParams, body: updateFundingBody, response: { 200: fundingSchema, ...problemResponses(400, 401, 403, 404, 409) },
    },
  }, async (request) => {
    const user = request.authorize('knowledge.contribute')!;
    const { code } = request.params as { code: string };
    await inTransaction(app.db, (tx) => updateFunding(tx, user, code, request.body as UpdateFundingInput));
    changed();
    return presentFunding(await getFunding(app.db, code), base);
  });

  app.post('/api/funding/:code/retire', {
    ...requires('knowledge.contribute'),
    schema: {
      tags, summary: 'Retire a funding or network opportunity: it leaves the lists (send the version you started from)',
      params: codeParams, body: retireBody, response: { 200: fundingSchema, ...problemResponses(400, 401, 403, 404, 409) },
    },
  }, async (request) => {
    const user = request.authorize('knowledge.contribute')!;
    const { code } = request.params as { code: string };
    await inTransaction(app.db, (tx) => retireFunding(tx, user, code, (request.body as RetireInput).version));
    changed();
    return presentFunding(await getFunding(app.db, code, true), base);
  });
}
