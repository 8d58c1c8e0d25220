import type { FastifyInstance, FastifyRequest } from 'fastify';
import { sendPage } from '../../web/page.js';
import { discardDraft } from './commands/discard-draft.js';
import { publishDraft } from './commands/publish-draft.js';
import { discardPage, publishPage } from './confirm-pages.js';
import { readForm, val } from './form-mapping.js';
import { submit } from './form-support.js';
import { requires } from './permissions.js';
import { savedUrl } from './saved.js';
import { versionParams, type VersionParams } from './schemas.js';

/** The two steps that end a draft: publishing it, or throwing it away. */
export async function maturityLifecycleRoutes(app: FastifyInstance) {
  const versionOf = (request: FastifyRequest) => (request.params as VersionParams).version;
  const rowVersion = (request: FastifyRequest) => Number(val(readForm(request.body), 'rowVersion')) || 0;

  app.get('/maturity/models/:version/publish', { ...requires('maturity.publish'), schema: { params: versionParams } }, async (request, reply) => {
    request.authorize('maturity.publish');
    return sendPage(reply, await publishPage(request, versionOf(request)));
  });
  app.post('/maturity/models/:version/publish', { ...requires('maturity.publish'), schema: { params: versionParams } }, async (request, reply) => {
    const user = request.authorize('maturity.publish')!;
    const version = versionOf(request);
    const form = readForm(request.body);
    return submit(request, reply, form, { ok: true, input: rowVersion(request) }, async (tx, rv) => {
      await publishDraft(tx, user.id, version, rv);
      return savedUrl(version, 'published');
    }, (state) => publishPage(request, version, state));
  });

  app.get('/maturity/models/:version/discard', { ...requires('maturity.edit'), schema: { params: versionParams } }, async (request, reply) => {
    request.authorize('maturity.edit');
    return sendPage(reply, await discardPage(request, versionOf(request)));
  });
  app.post('/maturity/models/:version/discard', { ...requires('maturity.edit'), schema: { params: versionParams } }, async (request, reply) => {
    const user = request.authorize('maturity.edit')!;
    const version = versionOf(request);
    const form = readForm(request.body);
    return submit(request, reply, form, { ok: true, input: rowVersion(request) }, async (tx, rv) => {
      await discardDraft(tx, user.id, version, rv);
      return '/maturity/models?saved=discarded';
    }, (state) => discardPage(request, version, state));
  });
}
