import type { FastifyInstance } from 'fastify';
import { principalOf } from '../../plugins/auth.js';
import { notFound } from '../../plugins/errors.js';
import { can } from '../../plugins/permissions.js';
import { problemResponses } from '../../web/openapi.js';
import { XLSX_CONTENT_TYPE } from '../../xlsx/index.js';
import { CSV_COLUMNS, LIMITS } from './constants.js';
import { importEmpty } from './errors.js';
import type { ImportRunner } from './imports.js';
import { importState, refusal, submitImport } from './import-service.js';
import { readUpload } from './import-source.js';
import { presentImport } from './presenters.js';
import { recentImports } from './queries.js';
import { idParams, importQuery, importSchema } from './schemas.js';

const tags = ['monitoring'];

export async function importApiRoutes(app: FastifyInstance, { runner }: { runner: ImportRunner }) {
  // Only this plugin's routes read these bodies, as bytes: the format is told by the content
  // (an XLSX is a ZIP archive), not by the content type; the limit is the import's, not the app's 1 MB.
  for (const type of ['text/csv', XLSX_CONTENT_TYPE, 'application/octet-stream']) {
    app.addContentTypeParser(type, { parseAs: 'buffer', bodyLimit: LIMITS.importBytes }, (_request, body, done) => done(null, body));
  }

  app.post('/api/imports', {
    bodyLimit: LIMITS.importBytes,
    schema: {
      tags,
      summary: 'Import measurements from CSV or XLSX (the format of the export); nothing is written unless every row is valid',
      description: `Send the file as the request body: CSV as text/csv, an XLSX workbook as ${XLSX_CONTENT_TYPE} (or application/octet-stream). `
        + 'The format is told by the content: a ZIP archive is read as XLSX (its first worksheet), anything else as CSV in UTF-8. '
        + `A file of at most ${LIMITS.importInlineRows} rows is imported before the answer `
        + '(201, or 400 naming every refused row by its CSV line or sheet row); a larger one is checked and written in the background (202): '
        + 'follow its progress at the Location. Rows equal to the stored ones are left alone, so the same file twice changes nothing. '
        + `A workbook that is damaged, unpacks to more than ${LIMITS.importUnpackedBytes / 1024 / 1024} MB or declares a DOCTYPE is refused with 400 IMPORT_UNREADABLE.`,
      querystring: importQuery,
      consumes: ['text/csv', XLSX_CONTENT_TYPE, 'application/octet-stream'],
      body: {
        content: {
          'text/csv': { schema: { description: `CSV: ${CSV_COLUMNS.join(',')}` } },
          [XLSX_CONTENT_TYPE]: { schema: { description: `An XLSX workbook whose first worksheet has the header row ${CSV_COLUMNS.join(' | ')}` } },
          'application/octet-stream': { schema: { description: 'A CSV file or an XLSX workbook, told apart by the content' } },
        },
      },
      response: { 201: importSchema, 202: importSchema, ...problemResponses(400, 401, 403, 413) },
    },
  }, async (request, reply) => {
    const user = request.authorize('monitoring.import')!;
    const bytes = request.body;
    if (!Buffer.isBuffer(bytes) || !bytes.length) throw importEmpty();
    const query = request.query as { filename?: string };
    const source = await readUpload(bytes, query.filename ?? '', 'body');
    if (source.format === 'csv' && !source.text.trim()) throw importEmpty();
    const filename = query.filename ?? `upload.${source.format}`;
    const { state, inline } = await submitImport(app.db, runner, user.id, filename, source);
    if (inline && state.status === 'failed') throw refusal(state);
    return reply.code(inline ? 201 : 202).header('location', `/api/imports/${state.id}`).send(presentImport(state, app.config.publicBase, true));
  });

  app.get('/api/imports', {
    schema: { tags, summary: 'The latest imports (transition team)', response: { 200: { type: 'array', items: importSchema }, ...problemResponses(401, 403) } },
  }, async (request) => {
    request.authorize('monitoring.viewImports');
    const rows = await recentImports(app.db, 50);
    const items = [];
    for (const r of rows) items.push(presentImport((await importState(app.db, runner, r.id))!, app.config.publicBase, true));
    return items;
  });

  app.get('/api/imports/:id', {
    schema: {
      tags, summary: 'Progress and outcome of an import; the file name and the refused rows only for the transition team',
      description: 'While an import runs its progress comes from the server\'s memory: poll it every second or so.',
      params: idParams,
      response: { 200: importSchema, ...problemResponses(400, 404) },
    },
  }, async (request, reply) => {
    request.authorize('monitoring.read');
    const { id } = request.params as { id: number };
    const state = await importState(app.db, runner, id);
    if (!state) throw notFound('import', id);
    reply.header('cache-control', 'no-store');
    return presentImport(state, app.config.publicBase, can(principalOf(request.user), 'monitoring.viewImports'));
  });
}
