import type { FastifyInstance } from 'fastify';
import { forgetApiKeys } from '../../plugins/api-key-auth.js';
import { forgetUserSessions, SESSION_COOKIE } from '../../plugins/auth.js';
import { AppError } from '../../plugins/errors.js';
import { viewContext } from '../../web/context.js';
import { h } from '../../web/jsx.js';
import { sendPage } from '../../web/page.js';
import { deleteAccount } from './commands/delete-account.js';
import { requires } from './permissions.js';
import { personalData } from './personal-data.js';
import { DeleteAccountPage } from './views/delete-account.js';
import { FeedbackListPage } from './views/feedback-list.js';
import { PrivacyPage } from './views/privacy.js';

/** File name of the download: the platform and the day, never the person's name. */
export const exportFileName = () => `transitieruimte-mijn-gegevens-${new Date().toISOString().slice(0, 10)}.json`;

export async function privacyRoutes(app: FastifyInstance) {
  app.get('/privacy', async (request, reply) => {
    const q = request.query as Record<string, unknown>;
    return sendPage(reply, <PrivacyPage ctx={viewContext(request)} deleted={q.deleted === '1'} />);
  });

  app.get('/privacy/export', async (request, reply) => {
    const user = request.authorize('privacy.exportOwn')!;
    const data = await personalData(app.db, user.id);
    reply.header('content-disposition', `attachment; filename="${exportFileName()}"`);
    reply.header('cache-control', 'no-store');
    return reply.type('application/json; charset=utf-8').send(JSON.stringify(data, null, 2));
  });

  app.get('/privacy/delete', async (request, reply) => {
    request.authorize('privacy.deleteOwn');
    return sendPage(reply, <DeleteAccountPage ctx={viewContext(request)} />);
  });

  app.post('/privacy/delete', requires('privacy.deleteOwn'), async (request, reply) => {
    const user = request.authorize('privacy.deleteOwn')!;
    const body = request.body as Record<string, unknown> | undefined;
    if (body?.confirm !== 'yes') {
      reply.code(400);
      return sendPage(reply, <DeleteAccountPage ctx={viewContext(request)} unconfirmed />);
    }
    try {
      await app.db.transaction().execute((tx) => deleteAccount(tx, user.id));
    } catch (err) {
      if (!(err instanceof AppError) || err.status >= 500) throw err;
      reply.code(err.status);
      const organisations = err.extra.organisations as Array<{ id: number; name: string }> | undefined;
      return sendPage(reply, <DeleteAccountPage ctx={viewContext(request)} refusal={{ code: err.code, organisations }} />);
    }
    // Again after the commit: a request that raced the deletion may have remembered the session.
    forgetUserSessions(user.id);
    forgetApiKeys();
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.redirect('/privacy?deleted=1', 303);
  });

  app.get('/accessibility/feedback', async (request, reply) => {
    request.authorize('privacy.viewAccessibilityFeedback');
    const rows = await app.db.selectFrom('accessibility_feedback').selectAll().orderBy('received_at', 'desc').orderBy('id', 'desc').limit(500).execute();
    return sendPage(reply, <FeedbackListPage ctx={viewContext(request)} rows={rows} />);
  });
}
