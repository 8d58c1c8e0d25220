import type { FastifyInstance } from 'fastify';
import { AppError, notFound, type FieldError } from '../../plugins/errors.js';
import { viewContext } from '../../web/context.js';
import { h } from '../../web/jsx.js';
import { sendPage } from '../../web/page.js';
import { LIMITS } from './constants.js';
import type { ImportRunner } from './imports.js';
import { importState, submitImport } from './import-service.js';
import { readUpload, type ImportSource } from './import-source.js';
import { boundaryOf, parseMultipart, type MultipartBody } from '../../web/multipart.js';
import { requires } from './permissions.js';
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
    const file = typeof body.file === 'object' && body.file.bytes.length ? body.file : undefined;
    const pasted = typeof body.csv === 'string' ? body.csv : '';
    const refuse = async (errors: FieldError[]) => {
      reply.code(400);
      return sendPage(reply, <ImportFormPage ctx={viewContext(request)} catalog={app.readModels.catalog} errors={errors} csv={pasted} recent={await recentImports(app.db)} />);
    };
    let upload: ImportSource | undefined;
    try {
      upload = file ? await readUpload(file.bytes, file.filename, 'file') : undefined;
    } catch (err) {
      if (!(err instanceof AppError) || err.code !== 'IMPORT_UNREADABLE') throw err;
      // The reader's English reason is for the API; the page says it in the reader's language.
      return refuse(err.fields.map((f) => ({ ...f, message: request.t(`monitoring.${f.code}`) })));
    }
    const uploaded = upload && (upload.format === 'xlsx' || upload.text.trim()) ? upload : undefined;
    if (!uploaded && !pasted.trim()) return refuse([{ field: 'file', message: 'choose a file or paste its contents', code: 'importMissing' }]);
    const source: ImportSource = uploaded ?? { format: 'csv', text: pasted };
    const filename = uploaded ? file!.filename : request.t('monitoring.import.pastedName');
    const { state } = await submitImport(app.db, runner, user.id, filename, source);
    return reply.redirect(`/imports/${state.id}`, 303);
  });

  app.get('/imports/:id', { ...requires('monitoring.viewImports'), schema: { params: idParams } }, async (request, reply) => {
    request.authorize('monitoring.viewImports');
    const { id } = request.params as { id: number };
    const state = await importState(app.db, runner, id);
    if (!state) throw notFound('import', id);
    return sendPage(reply, <ImportStatusPage ctx={viewContext(request)} state={state} />);
  });
}

