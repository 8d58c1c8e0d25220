import type { FastifyInstance } from 'fastify';
import { registerPermissions } from '../../plugins/permissions.js';
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
  if (app.config.warmReadModels) {
    let closing = false;
    let warming: Promise<unknown> = Promise.resolve();
    // Once the server listens: PGlite runs a statement on the event loop, and the index's first
    // read is one large statement that should not hold back listening.
    app.addHook('onListen', async () => {
      const started = Date.now();
      warming = warmGuide(app, () => closing)
        .then((n) => app.log.info({ questions: n, ms: Date.now() - started }, 'search index and guide proposals prepared'))
        .catch((err: unknown) => app.log.warn({ err }, 'preparing the search index and guide proposals failed; they are built on first use'));
    });
    app.addHook('onClose', async () => { closing = true; await warming; });
  }
}
