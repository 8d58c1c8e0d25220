import type { FastifyInstance } from 'fastify';
import { notFound } from '../../plugins/errors.js';
import { problemResponses } from '../../web/openapi.js';
import { framePresenters } from './presenters.js';
import { challengeDetail, challengesOf, pillarDetail, principleDetails, recommendationDetail, recommendationTree } from './queries.js';
import {
  challengeDetailSchema, challengeListQuery, challengeSchema, langQuery, numberParams, pillarDetailSchema, pillarSummarySchema,
  principleSchema, recommendationParams, recommendationSchema, spearheadSchema, timelineEventSchema,
  type ChallengeListQuery, type NumberParams, type RecommendationParams,
} from './schemas.js';

const tags = ['framework'];
const list = (items: object) => ({ 200: { type: 'array', items }, ...problemResponses(400) });

/** The study's frame as open data: every page of this module has its JSON twin here. */
export async function frameworkApiRoutes(app: FastifyInstance) {
  const catalog = app.readModels.catalog;
  const present = framePresenters(catalog, app.config.publicBase);

  app.get('/api/pillars', {
    schema: { tags, summary: 'The five pillars of transition steering, each with the numbers of its challenges', querystring: langQuery, response: list(pillarSummarySchema) },
  }, async () => catalog.pillars.map(present.pillarSummary));

  app.get('/api/pillars/:number', {
    schema: {
      tags, summary: 'One pillar: its challenges with their coverage, the recommendations and the cases concerning it',
      params: numberParams, querystring: langQuery, response: { 200: pillarDetailSchema, ...problemResponses(400, 404) },
    },
  }, async (request) => present.pillar(pillarDetail(catalog, (request.params as NumberParams).number)));

  app.get('/api/challenges', {
    schema: { tags, summary: 'The fourteen challenges of the study, optionally of one pillar', querystring: challengeListQuery, response: list(challengeSchema) },
  }, async (request) => challengesOf(catalog, (request.query as ChallengeListQuery).pillar).map((c) => present.challenge(c.challenge, c.status)));

  app.get('/api/challenges/:number', {
    schema: {
      tags, summary: 'One challenge: its coverage, the active instruments working on it, and the recommendations, principles and cases linked to it',
      params: numberParams, querystring: langQuery, response: { 200: challengeDetailSchema, ...problemResponses(400, 404) },
    },
  }, async (request) => present.challengeDetail(challengeDetail(catalog, (request.params as NumberParams).number)));

  app.get('/api/recommendations', {
    schema: { tags, summary: 'Recommendations R1-R5 with their sub-recommendations, challenges and referencing instruments', querystring: langQuery, response: list(recommendationSchema) },
  }, async () => recommendationTree(catalog).map(present.recommendation));

  app.get('/api/recommendations/:code', {
    schema: {
      tags, summary: 'One recommendation or sub-recommendation', params: recommendationParams, querystring: langQuery,
      response: { 200: recommendationSchema, ...problemResponses(400, 404) },
    },
  }, async (request) => present.recommendation(recommendationDetail(catalog, (request.params as RecommendationParams).code)));

  app.get('/api/principles', {
    schema: {
      tags, summary: 'The six overarching principles, with their challenges, recommendations and the instruments working on those challenges',
      querystring: langQuery, response: list(principleSchema),
    },
  }, async () => principleDetails(catalog).map(present.principle));

  app.get('/api/principles/:number', {
    schema: {
      tags, summary: 'One overarching principle', params: numberParams, querystring: langQuery,
      response: { 200: principleSchema, ...problemResponses(400, 404) },
    },
  }, async (request) => {
    const { number } = request.params as NumberParams;
    const principle = principleDetails(catalog).find((p) => p.principle.number === number);
    if (!principle) throw notFound('principle', number);
    return present.principle(principle);
  });

  app.get('/api/timeline', {
    schema: { tags, summary: 'The policy timeline 2017-2020 that led to the study', querystring: langQuery, response: list(timelineEventSchema) },
  }, async () => catalog.timeline.map(present.timelineEvent));

  app.get('/api/spearheads', {
    schema: { tags, summary: 'The seven spearheads of the 2017 vision paper on culture in the digital age', querystring: langQuery, response: list(spearheadSchema) },
  }, async () => catalog.spearheads.map(present.spearhead));
}
