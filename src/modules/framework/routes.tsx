import type { FastifyInstance } from 'fastify';
import { viewContext } from '../../web/context.js';
import { h } from '../../web/jsx.js';
import { sendPage } from '../../web/page.js';
import { challengeDetail, challengesOf, pillarDetail, pillarStatus, principleDetails, recommendationDetail, recommendationTree } from './queries.js';
import {
  challengeListQuery, numberParams, recommendationParams,
  type ChallengeListQuery, type NumberParams, type RecommendationParams,
} from './schemas.js';
import type { AccessibilityStatement } from './views/accessibility.js';
import { AboutPage } from './views/about.js';
import { AccessibilityPage, EMPTY_FEEDBACK } from './views/accessibility.js';
import { recordAccessibilityFeedback } from './statement.js';
import { AppError } from '../../plugins/errors.js';
import { ChallengePage, ChallengesPage } from './views/challenges.js';
import { PillarPage, PillarsPage } from './views/pillars.js';
import { RecommendationPage, RecommendationsPage } from './views/recommendations.js';
import { TimelinePage } from './views/timeline.js';

export async function frameworkRoutes(app: FastifyInstance, opts: { statement: AccessibilityStatement }) {
  const catalog = app.readModels.catalog;

  app.get('/pillars', async (request, reply) => {
    const pillars = catalog.pillars.map((p) => ({ number: p.number, status: pillarStatus(catalog, p.number), challenges: challengesOf(catalog, p.number) }));
    return sendPage(reply, <PillarsPage ctx={viewContext(request)} catalog={catalog} pillars={pillars} />);
  });

  app.get('/pillars/:number', { schema: { params: numberParams } }, async (request, reply) => {
    const detail = pillarDetail(catalog, (request.params as NumberParams).number);
    return sendPage(reply, <PillarPage ctx={viewContext(request)} catalog={catalog} detail={detail} />);
  });

  app.get('/challenges', { schema: { querystring: challengeListQuery } }, async (request, reply) => {
    const { pillar } = request.query as ChallengeListQuery;
    return sendPage(reply, <ChallengesPage ctx={viewContext(request)} catalog={catalog} challenges={challengesOf(catalog, pillar)} pillar={pillar} />);
  });

  app.get('/challenges/:number', { schema: { params: numberParams } }, async (request, reply) => {
    const detail = challengeDetail(catalog, (request.params as NumberParams).number);
    return sendPage(reply, <ChallengePage ctx={viewContext(request)} detail={detail} />);
  });

  app.get('/recommendations', async (request, reply) =>
    sendPage(reply, <RecommendationsPage ctx={viewContext(request)} tree={recommendationTree(catalog)} principles={principleDetails(catalog)} />));

  app.get('/recommendations/:code', { schema: { params: recommendationParams } }, async (request, reply) => {
    const detail = recommendationDetail(catalog, (request.params as RecommendationParams).code);
    return sendPage(reply, <RecommendationPage ctx={viewContext(request)} catalog={catalog} detail={detail} />);
  });

  app.get('/timeline', async (request, reply) =>
    sendPage(reply, <TimelinePage ctx={viewContext(request)} events={catalog.timeline} spearheads={catalog.spearheads} />));

  app.get('/about', async (request, reply) => sendPage(reply, <AboutPage ctx={viewContext(request)} />));

  app.get('/accessibility', async (request, reply) => {
    const sent = (request.query as Record<string, unknown>).sent === '1';
    return sendPage(reply, <AccessibilityPage ctx={viewContext(request)} statement={opts.statement} feedback={{ ...EMPTY_FEEDBACK, sent }} />);
  });

  // The directive's feedback route: no account needed; CSRF protects it like every form.
  app.post('/accessibility', async (request, reply) => {
    const body = (request.body ?? {}) as Record<string, unknown>;
    const field = (key: string) => (typeof body[key] === 'string' ? body[key] as string : '');
    const input = { pageUrl: field('pageUrl'), message: field('message'), contact: field('contact') };
    try {
      await app.db.transaction().execute((tx) => recordAccessibilityFeedback(tx, request.user?.id ?? null, request.lang, input));
    } catch (err) {
      if (!(err instanceof AppError) || err.status >= 500) throw err;
      reply.code(err.status);
      return sendPage(reply, <AccessibilityPage ctx={viewContext(request)} statement={opts.statement} feedback={{ input, errors: err.fields, sent: false }} />);
    }
    return reply.redirect('/accessibility?sent=1#feedback', 303);
  });
}
