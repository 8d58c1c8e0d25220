import type { FastifyInstance } from 'fastify';
import { problemResponses } from '../../web/openapi.js';
import { createScenarioSet, logSignal, updateScenario, updateScenarioSet } from './commands/scenarios.js';
import { LIMITS } from './constants.js';
import { requires } from './permissions.js';
import { presentScenario, presentScenarioSet, presentSignal } from './presenters.js';
import { getScenario, getScenarioSet, listScenarioSets, signalById, signalsPage, signalsPerQuarter } from './queries/scenarios.js';
import { scenarioDetailSchema, scenarioSetListSchema, scenarioSetSchema, signalPageSchema, signalSchema } from './response-schemas.js';
import {
  codeParams, createScenarioSetBody, signalBody, signalsQuery, updateScenarioBody, updateScenarioSetBody,
  type CodeParams, type CreateScenarioSetInput, type SignalInput, type SignalsQuery, type UpdateScenarioInput, type UpdateScenarioSetInput,
} from './schemas.js';
import { inTransaction } from './transaction.js';

const tags = ['vision'];

/** Foresight scenarios (DEN method) and the signals that point to them. */
export async function scenarioApiRoutes(app: FastifyInstance) {
  const base = app.config.publicBase;
  const changed = () => app.readModels.catalog.touch('vision');
  const set = async (code: string) => {
    const s = await getScenarioSet(app.db, code);
    return presentScenarioSet(base, s, await signalsPerQuarter(app.db, s));
  };
  const scenario = async (code: string) => {
    const { set: s, scenario: sc } = await getScenario(app.db, code);
    const signals = await signalsPage(app.db, [sc.id], 1);
    return {
      set: { code: s.code, title: s.title, axis1: s.axis1, axis2: s.axis2, isDemo: s.isDemo },
      scenario: presentScenario(base, sc), signals: signals.items.map(presentSignal),
    };
  };

  app.get('/api/scenarios', {
    schema: { tags, summary: 'Scenario sets: two axes of uncertainty, four quadrant scenarios, and the signals per quarter that point to each', response: { 200: scenarioSetListSchema } },
  }, async (request) => {
    request.authorize('vision.read');
    const sets = await listScenarioSets(app.db);
    const items = await Promise.all(sets.map(async (s) => presentScenarioSet(base, s, await signalsPerQuarter(app.db, s))));
    return { items, total: items.length };
  });

  app.post('/api/scenarios/sets', {
    ...requires('vision.editScenarios'),
    schema: { tags, summary: 'Create a scenario set: two axes with their poles and one scenario per quadrant', body: createScenarioSetBody, response: { 201: scenarioSetSchema, ...problemResponses(400, 401, 403, 409) } },
  }, async (request, reply) => {
    const user = request.authorize('vision.editScenarios')!;
    const code = await inTransaction(app.db, (tx) => createScenarioSet(tx, user.id, request.body as CreateScenarioSetInput));
    changed();
    return reply.code(201).send(await set(code));
  });

  app.put('/api/scenarios/sets/:code', {
    ...requires('vision.editScenarios'),
    schema: { tags, summary: 'Edit a scenario set (send the version you started from)', params: codeParams, body: updateScenarioSetBody, response: { 200: scenarioSetSchema, ...problemResponses(400, 401, 403, 404, 409) } },
  }, async (request) => {
    const user = request.authorize('vision.editScenarios')!;
    const { code } = request.params as CodeParams;
    await inTransaction(app.db, (tx) => updateScenarioSet(tx, user.id, code, request.body as UpdateScenarioSetInput));
    changed();
    return set(code);
  });

  app.get('/api/scenarios/:code', {
    schema: { tags, summary: 'One scenario (stable address to refer to from an improvement plan), with its latest signals', params: codeParams, response: { 200: scenarioDetailSchema, ...problemResponses(404) } },
  }, async (request) => {
    request.authorize('vision.read');
    return scenario((request.params as CodeParams).code);
  });

  app.put('/api/scenarios/:code', {
    ...requires('vision.editScenarios'),
    schema: { tags, summary: 'Edit a scenario: narrative, signals to watch, implications (send the version you started from)', params: codeParams, body: updateScenarioBody, response: { 200: scenarioDetailSchema, ...problemResponses(400, 401, 403, 404, 409) } },
  }, async (request) => {
    const user = request.authorize('vision.editScenarios')!;
    const { code } = request.params as CodeParams;
    await inTransaction(app.db, (tx) => updateScenario(tx, user.id, code, request.body as UpdateScenarioInput));
    changed();
    return scenario(code);
  });

  app.get('/api/signals', {
    schema: { tags, summary: 'Logged signals, newest observation first, for one scenario or all', querystring: signalsQuery, response: { 200: signalPageSchema, ...problemResponses(400, 404) } },
  }, async (request) => {
    request.authorize('vision.read');
    const q = request.query as SignalsQuery;
    const ids = q.scenario
      ? [(await getScenario(app.db, q.scenario)).scenario.id]
      : (await listScenarioSets(app.db)).flatMap((s) => s.scenarios.map((x) => x.id));
    const page = q.page ?? 1;
    const { items, total } = await signalsPage(app.db, ids, page);
    return { items: items.map(presentSignal), total, page, pages: Math.max(1, Math.ceil(total / LIMITS.signalsPage)) };
  });

  app.post('/api/signals', {
    ...requires('vision.logSignal'),
    schema: { tags, summary: 'Log a signal: when it was observed, its source, and the scenario it points to (transition team and advisory board)', body: signalBody, response: { 201: signalSchema, ...problemResponses(400, 401, 403) } },
  }, async (request, reply) => {
    const user = request.authorize('vision.logSignal')!;
    const input = request.body as SignalInput;
    const id = await inTransaction(app.db, (tx) => logSignal(tx, user.id, input));
    changed();
    return reply.code(201).send(presentSignal(await signalById(app.db, id)));
  });
}
