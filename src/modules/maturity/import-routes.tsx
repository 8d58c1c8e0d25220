import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../../plugins/errors.js';
import { viewContext } from '../../web/context.js';
import { h } from '../../web/jsx.js';
import { sendPage } from '../../web/page.js';
import { importQuestions } from './commands/import-questions.js';
import { fresh, editableDraft, refusal } from './form-support.js';
import type { Form } from './form-mapping.js';
import { boundaryOf, parseMultipart, type MultipartBody } from '../../web/multipart.js';
import { requires } from './permissions.js';
import type { RowProblem } from './question-rows.js';
import { savedUrl } from './saved.js';
import { LIMITS, versionParams, type VersionParams } from './schemas.js';
import { inTransaction } from './transaction.js';
import type { FormState } from './views/forms.js';
import { ImportFormPage } from './views/import-form.js';

/** Upload a spreadsheet of questions into the draft: all rows valid, or nothing written. */
export async function maturityImportRoutes(app: FastifyInstance) {
  // The form posts the file as multipart/form-data: read here, so it works without JavaScript.
  app.addContentTypeParser('multipart/form-data', { parseAs: 'buffer', bodyLimit: LIMITS.importBytes }, (request, body, done) => {
    const boundary = boundaryOf(request.headers['content-type']);
    if (!boundary) return done(Object.assign(new Error('multipart body without a boundary'), { statusCode: 400 }), undefined);
    try { done(null, parseMultipart(body as Buffer, boundary)); } catch (err) { done(err as Error, undefined); }
  });

  const versionOf = (request: FastifyRequest) => (request.params as VersionParams).version;
  const page = (request: FastifyRequest, version: number, state: FormState, rows: RowProblem[] = []) =>
    <ImportFormPage ctx={viewContext(request)} version={version} state={state} rows={rows} />;

  app.get('/maturity/models/:version/import', { ...requires('maturity.edit'), schema: { params: versionParams } }, async (request, reply) => {
    request.authorize('maturity.edit');
    const { head } = await editableDraft(request, versionOf(request));
    return sendPage(reply, page(request, head.version, fresh({ rowVersion: String(head.rowVersion), csv: '' })));
  });

  app.post('/maturity/models/:version/import', { ...requires('maturity.edit'), schema: { params: versionParams }, bodyLimit: LIMITS.importBytes }, async (request, reply) => {
    const user = request.authorize('maturity.edit')!;
    const version = versionOf(request);
    const body = (request.body ?? {}) as MultipartBody;
    const file = typeof body.file === 'object' ? body.file : undefined;
    const pasted = typeof body.csv === 'string' ? body.csv : '';
    const form: Form = { rowVersion: typeof body.rowVersion === 'string' ? body.rowVersion : '', csv: pasted };
    const uploaded = file ? file.bytes.toString('utf8') : '';
    const text = uploaded.trim() ? uploaded : pasted;
    try {
      if (!text.trim()) throw new AppError('VALIDATION_FAILED', 400, 'invalid', [{ field: 'file', message: 'choose a file or paste its contents', code: 'maturityImportMissing' }]);
      const result = await inTransaction(app.db, (tx) => importQuestions(tx, user.id, version, Number(form.rowVersion) || 0, text));
      return reply.redirect(savedUrl(version, 'imported', {
        created: result.created, updated: result.updated, removed: result.removed, unchanged: result.unchanged,
      }), 303);
    } catch (err) {
      const rows = err instanceof AppError && err.code === 'MATURITY_IMPORT_REFUSED' ? (err.extra.rows as RowProblem[]) : [];
      const state = refusal(request, reply, err, form);
      // The row table says it all; the summary would only repeat it line by line.
      return sendPage(reply, page(request, version, rows.length ? { ...state, errors: [] } : state, rows));
    }
  });
}
