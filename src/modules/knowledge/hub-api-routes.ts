import type { FastifyInstance } from 'fastify';
import { brusselsDate } from '../../web/dates.js';
import { bilingual, problemResponses } from '../../web/openapi.js';
import { sendCachedJson } from '../../web/page.js';
import { editorActorIds, editsAll } from './access.js';
import { grantEditor, revokeEditor, type GrantInput } from './commands/editors.js';
import { listEditors, myEntries } from './editor-queries.js';
import { fundingSchema } from './funding-schemas.js';
import { presentFunding } from './funding-presenters.js';
import { hubView } from './hub-queries.js';
import { learningSchema } from './learning-schemas.js';
import { presentLearning } from './learning-presenters.js';
import { requires } from './permissions.js';
import { inTransaction } from './transaction.js';

const tags = ['knowledge'];
/** The hub reads cases, lessons (published by projects: the calls area), learning, funding and actors. */
export const HUB_AREAS = ['knowledge', 'cases', 'actors', 'calls', 'cycle'] as const;

const caseRef = { type: 'object', additionalProperties: false, properties: { code: { type: 'string' }, title: bilingual, outcome: { type: 'string' }, uri: { type: 'string' }, isDemo: { type: 'boolean' } } } as const;
const hubSchema = {
  type: 'object', additionalProperties: false,
  properties: {
    counts: {
      type: 'object', additionalProperties: false,
      properties: Object.fromEntries(['cases', 'failures', 'lessons', 'learningUpcoming', 'fundingOpen', 'deadlinesSoon', 'supportActors'].map((k) => [k, { type: 'integer' }])),
    },
    latestCases: { type: 'array', items: caseRef },
    latestFailures: { type: 'array', items: caseRef },
    latestLessons: { type: 'array', items: { type: 'object', additionalProperties: false, properties: { code: { type: 'string' }, title: { type: 'string' }, publishedAt: { type: 'string' }, isDemo: { type: 'boolean' } } } },
    upcomingLearning: { type: 'array', items: learningSchema },
    openFunding: { type: 'array', items: fundingSchema },
    links: { type: 'object', additionalProperties: { type: 'string' } },
  },
} as const;
const editorSchema = {
  type: 'object', additionalProperties: false,
  properties: { actor: { type: 'string' }, actorName: { type: 'string' }, userId: { type: 'integer' }, email: { type: 'string' }, name: { type: 'string' }, grantedAt: { type: 'string' } },
} as const;
export const grantBody = {
  type: 'object', required: ['actor', 'email'], additionalProperties: false,
  properties: { actor: { type: 'string', minLength: 1, maxLength: 80, description: 'Code of the support actor' }, email: { type: 'string', minLength: 3, maxLength: 254, pattern: '^[^\\s@]+@[^\\s@]+$' } },
} as const;
const editorParams = {
  type: 'object', required: ['actor', 'userId'], additionalProperties: false,
  properties: { actor: { type: 'string', minLength: 1, maxLength: 80 }, userId: { type: 'integer', minimum: 1, maximum: 2147483647 } },
} as const;

export async function hubApiRoutes(app: FastifyInstance) {
  const base = app.config.publicBase;
  const catalog = app.readModels.catalog;
  const presentCaseRef = (c: { code: string; title: { nl: string; en: string }; outcome: string; isDemo: boolean }) => ({ code: c.code, title: c.title, outcome: c.outcome, uri: `${base}/cases/${c.code}`, isDemo: c.isDemo });

  app.get('/api/knowledge', {
    schema: { tags, summary: 'The knowledge space at a glance: counts and the latest cases, failures, lessons, learning and funding opportunities', response: { 200: hubSchema } },
  }, async (request, reply) => {
    request.authorize('knowledge.read');
    return sendCachedJson(request, reply, async () => {
      const hub = await hubView(app.db, catalog, brusselsDate());
      return {
        counts: hub.counts, latestCases: hub.cases.map(presentCaseRef), latestFailures: hub.failures.map(presentCaseRef), latestLessons: hub.lessons,
        upcomingLearning: hub.learning.map((r) => presentLearning(r, base)), openFunding: hub.funding.map((r) => presentFunding(r, base)),
        links: { cases: `${base}/api/cases`, failures: `${base}/api/cases?outcome=failure`, lessons: `${base}/api/lessons`, learning: `${base}/api/learning`, funding: `${base}/api/funding`, actors: `${base}/api/actors`, guide: `${base}/guide`, search: `${base}/search` },
      };
    }, HUB_AREAS);
  });

  app.get('/api/knowledge/mine', {
    ...requires('knowledge.contribute'),
    schema: {
      tags, summary: 'The actors the current account edits for, and their entries (cases, learning, funding) it may maintain',
      response: {
        200: {
          type: 'object', additionalProperties: false,
          properties: {
            actors: { type: 'array', items: { type: 'object', additionalProperties: false, properties: { code: { type: 'string' }, name: { type: 'string' } } } },
            allActors: { type: 'boolean', description: 'The transition team maintains the entries of every actor' },
            entries: { type: 'array', items: { type: 'object', additionalProperties: false, properties: { kind: { type: 'string' }, key: { type: 'string' }, title: bilingual, actor: { type: 'string' }, isDemo: { type: 'boolean' }, uri: { type: 'string' } } } },
          },
        },
        ...problemResponses(401, 403),
      },
    },
  }, async (request) => {
    const user = request.authorize('knowledge.contribute')!;
    const mine = await myEntries(app.db, catalog, user, editsAll(user), await editorActorIds(app.db, user.id));
    return { actors: mine.actors, allActors: mine.all, entries: mine.entries.map((e) => ({ kind: e.kind, key: e.key, title: e.title, actor: e.actor, isDemo: e.isDemo, uri: `${base}${e.href}` })) };
  });

  app.get('/api/knowledge/editors', {
    ...requires('knowledge.manageEditors'),
    schema: { tags, summary: 'Who publishes on behalf of which support actor (transition team only)', response: { 200: { type: 'object', properties: { items: { type: 'array', items: editorSchema } } }, ...problemResponses(401, 403) } },
  }, async (request) => {
    request.authorize('knowledge.manageEditors');
    return { items: (await listEditors(app.db)).map((e) => ({ actor: e.actor.code, actorName: e.actor.name, userId: e.userId, email: e.email, name: e.name, grantedAt: e.grantedAt })) };
  });

  app.post('/api/knowledge/editors', {
    ...requires('knowledge.manageEditors'),
    schema: { tags, summary: 'Make an existing account an editor of a support actor', body: grantBody, response: { 201: editorSchema, ...problemResponses(400, 401, 403, 409) } },
  }, async (request, reply) => {
    const user = request.authorize('knowledge.manageEditors')!;
    const input = request.body as GrantInput;
    const granted = await inTransaction(app.db, (tx) => grantEditor(tx, user.id, input));
    catalog.touch('knowledge');
    const row = (await listEditors(app.db)).find((e) => e.userId === granted.userId && e.actor.code === input.actor)!;
    return reply.code(201).send({ actor: row.actor.code, actorName: row.actor.name, userId: row.userId, email: row.email, name: row.name, grantedAt: row.grantedAt });
  });

  app.delete('/api/knowledge/editors/:actor/:userId', {
    ...requires('knowledge.manageEditors'),
    schema: { tags, summary: 'Withdraw an account\'s right to publish for a support actor', params: editorParams, response: { 204: { type: 'null' }, ...problemResponses(401, 403, 404) } },
  }, async (request, reply) => {
    const user = request.authorize('knowledge.manageEditors')!;
    const { actor, userId } = request.params as { actor: string; userId: number };
    await inTransaction(app.db, (tx) => revokeEditor(tx, user.id, actor, userId));
    catalog.touch('knowledge');
    return reply.code(204).send();
  });
}
