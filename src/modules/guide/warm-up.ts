import { setImmediate as yieldToRequests } from 'node:timers/promises';
import type { FastifyInstance } from 'fastify';
import { liveSearchIndex } from '../search/live-index.js';
import { openQuestions } from './queries.js';
import { loadProposals } from './service.js';

/** At most this many questions are prepared: fewer than the proposals the guide keeps (memory-matching.ts). */
const WARM_QUESTIONS = 2_000;

/**
 * Builds the search index and the proposals of the newest open questions in the background
 * after start-up, one question at a time with requests served in between, so that neither the
 * first searcher nor an organisation opening its question waits for a first build. What a
 * reader asks for meanwhile is built on demand as before, sharing the same index build.
 */
export async function warmGuide(app: FastifyInstance, stopped: () => boolean): Promise<number> {
  await liveSearchIndex(app).current();
  let prepared = 0;
  for (const question of await openQuestions(app.db, WARM_QUESTIONS)) {
    if (stopped()) break;
    await loadProposals(app, question);
    prepared++;
    await yieldToRequests();
  }
  return prepared;
}
