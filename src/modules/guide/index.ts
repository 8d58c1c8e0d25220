import type { FastifyInstance } from 'fastify';
import { registerPermissions } from '../../plugins/permissions.js';
import { warmAfterListen } from '../../read-models.js';
import { guideApiRoutes } from './api-routes.js';
import { guideFormRoutes } from './form-routes.js';
import { guidePermissions } from './permissions.js';
import { guideRoutes } from './routes.js';
import { warmGuide } from './warm-up.js';

export { WEIGHTS as GUIDE_WEIGHTS } from './scoring.js';

registerPermissions(guidePermissions);

/**
 * The guide (wegwijzer, Part 2 ch. 4): an organisation describes a question and gets the actors,
 * offers, cases, lessons, learning and peers that can help, ranked and explained, and can ask
 * them for contact; providers publish offers and see the open questions those answer.
 */
export default async function guide(app: FastifyInstance) {
  await app.register(guideRoutes);
  await app.register(guideFormRoutes);
  await app.register(guideApiRoutes);
  warmAfterListen(app, 'search index and guide proposals', async (stopped) => ({ questions: await warmGuide(app, stopped) }));
}
