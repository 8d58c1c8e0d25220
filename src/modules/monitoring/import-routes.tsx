import type { FastifyInstance } from 'fastify';
import { notFound } from '../../plugins/errors.js';
import { viewContext } from '../../web/context.js';
import { h } from '../../web/jsx.js';
import { sendPage } from '../../web/page.js';
import { LIMITS } from './constants.js';
import type { ImportRunner } from './imports.js';
import { importState, submitImport } from './import-service.js';
import { boundaryOf, parseMultipart, type MultipartBody } from './multipart.js';
import { recentImports } from './queries.js';
import { idParams } from './schemas.js';
import { ImportFormPage } from './views/import-form.js';
import { ImportStatusPage } from './views/import-status.js';

export async function importRoutes(app: FastifyInstance, { runner }: { runner: ImportRunner }) {
  // The import form posts the file as multipart/form-data: read here, so it works without JavaScript.
  app.addContentTypeParser('multipart/form-data', { parseAs: 'buffer', bodyLimit: LIMITS.importBytes }, (request, body, done) => {
    const boundary = boundaryOf(request.headers['content-type']);
    if (!boundary) return done(Object.assign(new Error('multipart body without a boundary'), { statusCode: 400 }), undefined);
    try { done(null, parseMultipart(body as Buffer, boundary)); } catch (err) { done(err as Error, undefined); }
  });

  app.get('/imports/new', async (request, reply) => {
    request.authorize('monitoring.import');
    return sendPage(reply, <ImportFormPage ctx={viewContext(request)} catalog={app.readModels.catalog} errors={[]} csv="" recent={await recentImports(app.db)} />);
  });

  app.post('/imports', { bodyLimit: LIMITS.importBytes }, async (request, reply) => {
    const user = request.authorize('monitoring.import')!;
    const body = (request.body ?? {}) as MultipartBody;
    const file = typeof body.file === 'object' ? body.file : undefined;
    const pasted = typeof body.csv === 'string' ? body.csv : '';
    const text = file?.content.trim() ? file.content : pasted;
    if (!text.trim()) {
      reply.code(400);
      const errors = [{ field: 'file', message: 'choose a file or paste its contents', code: 'importMissing' }];
      return sendPage(reply, <ImportFormPage ctx={viewContext(request)} catalog={app.readModels.catalog} errors={errors} csv={pasted} recent={await recentImports(app.db)} />);
    }
    const filename = file?.content.trim() ? file.filename : request.t('monitoring.import.pastedName');
    const { state } = await submitImport(app.db, runner, user.id, filename, text);
    return reply.redirect(`/imports/${state.id}`, 303);
  });

  app.get('/imports/:id', { schema: { params: idParams } }, async (request, reply) => {
    request.authorize('monitoring.viewImports');
    const { id } = request.params as { id: number };
    const state = await importState(app.db, runner, id);
    if (!state) throw notFound('import', id);
    return sendPage(reply, <ImportStatusPage ctx={viewContext(request)} state={state} />);
  });
}

