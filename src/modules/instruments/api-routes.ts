import type { FastifyInstance } from 'fastify';
import { notFound } from '../../plugins/errors.js';
import { problemResponses } from '../../web/openapi.js';
import { createInstrument } from './commands/create-instrument.js';
import { setInstrumentRetired } from './commands/retire-instrument.js';
import { updateInstrument } from './commands/update-instrument.js';
import { computeCoverage, presentCoverage } from './coverage.js';
import { loadHistory } from '../../plugins/audit.js';
import { instrumentJson, presentInstrument } from './presenters.js';
import { listDependency, listInstruments } from './queries.js';
import { requires } from './permissions.js';
import {
  codeParams, coverageSchema, createInstrumentBody, instrumentListQuery, instrumentSchema, retireInstrumentBody, updateInstrumentBody,
  type CreateInstrumentInput, type InstrumentListQuery, type RetireInstrumentInput, type UpdateInstrumentInput,
} from './schemas.js';

const tags = ['instruments'];


export async function instrumentApiRoutes(app: FastifyInstance) {
  const catalog = app.readModels.catalog;
  const present = (i: Parameters<typeof presentInstrument>[1]) => presentInstrument(catalog, i, app.config.publicBase);
  const byCode = (code: string) => {
    const instrument = catalog.instrumentByCode(code);
    if (!instrument) throw notFound('instrument', code);
    return instrument;
  };

  app.get('/api/instruments', {
    schema: {
      tags, summary: 'List policy instruments, filtered by pillar, challenge, type, responsible actor, status or text',
      querystring: instrumentListQuery,
      response: {
        200: {
          type: 'object',
          properties: { items: { type: 'array', items: instrumentSchema }, total: { type: 'integer' }, page: { type: 'integer' }, pageSize: { type: 'integer' }, pages: { type: 'integer' } },
        },
        ...problemResponses(400),
      },
    },
  }, async (request, reply) => {
    const query = request.query as InstrumentListQuery;
    const body = app.readModels.responses.get(`json:${request.lang}:${request.url}`, ['framework', 'actors'], () => {
      const page = listInstruments(catalog, query, request.lang);
      const items = page.items.map((i) => instrumentJson(catalog, i, app.config.publicBase)).join(',');
      return `{"items":[${items}],"total":${page.total},"page":${page.page},"pageSize":${page.pageSize},"pages":${page.pages}}`;
    }, listDependency(catalog, query));
    return reply.type('application/json; charset=utf-8').send(body);
  });

  app.get('/api/instruments/:code', {
    schema: { tags, summary: 'One instrument', params: codeParams, response: { 200: instrumentSchema, ...problemResponses(404) } },
  }, async (request) => present(byCode((request.params as { code: string }).code)));

  app.get('/api/instruments/:code/history', {
    schema: {
      tags, summary: 'Change history of an instrument (transition team)', params: codeParams,
      response: { 200: { type: 'array', items: { type: 'object', additionalProperties: true } }, ...problemResponses(401, 403, 404) },
    },
  }, async (request) => {
    request.authorize('instruments.viewHistory');
    const instrument = byCode((request.params as { code: string }).code);
    return loadHistory(app.db, 'instrument', instrument.code, 50);
  });

  app.post('/api/instruments', {
    ...requires('instruments.create'),
    schema: { tags, summary: 'Register an instrument', body: createInstrumentBody, response: { 201: instrumentSchema, ...problemResponses(400, 401, 403, 409) } },
  }, async (request, reply) => {
    const user = request.authorize('instruments.create')!;
    const id = await app.db.transaction().execute((tx) => createInstrument(tx, user.id, request.body as CreateInstrumentInput));
    await catalog.refreshInstruments([id]);
    const instrument = catalog.instruments.get(id)!;
    return reply.code(201).header('location', `/api/instruments/${instrument.code}`).send(present(instrument));
  });

  app.put('/api/instruments/:code', {
    ...requires('instruments.update'),
    schema: {
      tags, summary: 'Edit an instrument (send the version you started from)', params: codeParams, body: updateInstrumentBody,
      response: { 200: instrumentSchema, ...problemResponses(400, 401, 403, 404, 409) },
    },
  }, async (request) => {
    const user = request.authorize('instruments.update')!;
    const { code } = request.params as { code: string };
    const id = await app.db.transaction().execute((tx) => updateInstrument(tx, user.id, code, request.body as UpdateInstrumentInput));
    await catalog.refreshInstruments([id]);
    return present(catalog.instruments.get(id)!);
  });

  for (const [verb, retired] of [['retire', true], ['restore', false]] as const) {
    app.post(`/api/instruments/:code/${verb}`, {
      ...requires('instruments.retire'),
      schema: {
        tags, summary: retired ? 'Retire an instrument (kept with its history)' : 'Restore a retired instrument',
        params: codeParams, body: retireInstrumentBody, response: { 200: instrumentSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    }, async (request) => {
      const user = request.authorize('instruments.retire')!;
      const { code } = request.params as { code: string };
      const body = request.body as RetireInstrumentInput;
      const id = await app.db.transaction().execute((tx) => setInstrumentRetired(tx, user.id, code, body.version, retired, body.reason));
      await catalog.refreshInstruments([id]);
      return present(catalog.instruments.get(id)!);
    });
  }

  app.get('/api/coverage', {
    schema: {
      tags: ['coverage'],
      summary: 'Coverage matrix: pillars x challenges, each cell with its status (gap, weak, covered), its counts and its active instruments',
      description: 'A cell lists at most `perCell` instruments (strong contributions first); `more` then links to the full filtered list.',
      querystring: {
        type: 'object', additionalProperties: false,
        properties: { perCell: { type: 'integer', minimum: 0, maximum: 1000, default: 50 }, lang: { type: 'string', enum: ['nl', 'en'] } },
      },
      response: { 200: coverageSchema, ...problemResponses(400) },
    },
  }, async (request, reply) => {
    const { perCell } = request.query as { perCell: number };
    // Serialised once per catalog change: the matrix is the same for every reader until a write.
    const body = catalog.memo(`coverage:json:${perCell}`, () => JSON.stringify(presentCoverage(computeCoverage(catalog), perCell)), ['framework', 'instruments']);
    return reply.type('application/json; charset=utf-8').send(body);
  });
}
