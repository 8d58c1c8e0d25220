import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { principalOf } from '../../plugins/auth.js';
import { AppError, type FieldError } from '../../plugins/errors.js';
import { can } from '../../plugins/permissions.js';
import { viewContext } from '../../web/context.js';
import { brusselsDate } from '../../web/dates.js';
import { h } from '../../web/jsx.js';
import { sendCachedPage, sendPage } from '../../web/page.js';
import { editorActorIds, editsAll } from './access.js';
import { grantEditor, revokeEditor } from './commands/editors.js';
import { listEditors, myEntries } from './editor-queries.js';
import { check, readForm, refusal, val } from './form-mapping.js';
import { grantBody, HUB_AREAS } from './hub-api-routes.js';
import { hubView } from './hub-queries.js';
import { requires } from './permissions.js';
import { inTransaction } from './transaction.js';
import { EditorsPage } from './views/editors.js';
import { HubPage } from './views/hub.js';
import { MinePage } from './views/mine.js';

const NOTICES = new Set(['knowledge.editors.added', 'knowledge.editors.removed']);

/** The hub, an editor's own entries, and the team's page of editors per support actor. */
export async function hubRoutes(app: FastifyInstance) {
  const catalog = app.readModels.catalog;
  const allowed = (request: FastifyRequest, action: string) => can(principalOf(request.user), action);

  app.get('/knowledge', async (request, reply) => {
    request.authorize('knowledge.read');
    return sendCachedPage(request, reply, async () => (
      <HubPage ctx={viewContext(request)} catalog={catalog} hub={await hubView(app.db, catalog, brusselsDate())}
        canContribute={allowed(request, 'knowledge.contribute')} canManage={allowed(request, 'knowledge.manageEditors')} />
    ), HUB_AREAS);
  });

  app.get('/knowledge/mine', async (request, reply) => {
    const user = request.authorize('knowledge.contribute')!;
    const mine = await myEntries(app.db, catalog, user, editsAll(user), await editorActorIds(app.db, user.id));
    return sendPage(reply, <MinePage ctx={viewContext(request)} mine={mine} />);
  });

  const renderEditors = async (request: FastifyRequest, reply: FastifyReply, form = { actor: '', email: '' }, errors: FieldError[] = []) => {
    const saved = (request.query as { saved?: string } | undefined)?.saved;
    const notice = saved && NOTICES.has(`knowledge.editors.${saved}`) ? `knowledge.editors.${saved}` : undefined;
    return sendPage(reply, <EditorsPage ctx={viewContext(request)} catalog={catalog} editors={await listEditors(app.db)} form={form} errors={errors} notice={notice} />);
  };

  app.get('/knowledge/editors', async (request, reply) => {
    request.authorize('knowledge.manageEditors');
    return renderEditors(request, reply);
  });

  app.post('/knowledge/editors', async (request, reply) => {
    const user = request.authorize('knowledge.manageEditors')!;
    const form = readForm(request.body, ['actor', 'email']);
    const input = { actor: val(form, 'actor').trim(), email: val(form, 'email').trim() };
    try {
      const parsed = check<{ actor: string; email: string }>(grantBody, input);
      if (!parsed.ok) throw new AppError('VALIDATION_FAILED', 400, 'invalid', parsed.errors);
      await inTransaction(app.db, (tx) => grantEditor(tx, user.id, parsed.input));
      catalog.touch('knowledge');
      return reply.redirect('/knowledge/editors?saved=added', 303);
    } catch (err) {
      const r = refusal(request, reply, err, form);
      return renderEditors(request, reply, input, r.errors);
    }
  });

  app.post('/knowledge/editors/:actor/:userId/remove', {
    ...requires('knowledge.manageEditors'),
    schema: { params: { type: 'object', required: ['actor', 'userId'], properties: { actor: { type: 'string', maxLength: 80 }, userId: { type: 'integer', minimum: 1, maximum: 2147483647 } } } },
  }, async (request, reply) => {
    const user = request.authorize('knowledge.manageEditors')!;
    const { actor, userId } = request.params as { actor: string; userId: number };
    await inTransaction(app.db, (tx) => revokeEditor(tx, user.id, actor, userId));
    catalog.touch('knowledge');
    return reply.redirect('/knowledge/editors?saved=removed', 303);
  });
}
