import type { FastifyInstance, FastifyRequest } from 'fastify';
import { principalOf } from '../../plugins/auth.js';
import { notFound } from '../../plugins/errors.js';
import { can } from '../../plugins/permissions.js';
import { problemResponses } from '../../web/openapi.js';
import { sendCachedJson } from '../../web/page.js';
import { createDraft } from './commands/create-draft.js';
import { discardDraft } from './commands/discard-draft.js';
import { importQuestions } from './commands/import-questions.js';
import { orderDimensions } from './commands/order-dimensions.js';
import { checkDraft, publishDraft } from './commands/publish-draft.js';
import { removeDimension } from './commands/remove-dimension.js';
import { removeQuestion } from './commands/remove-question.js';
import { createDimension, updateDimension } from './commands/save-dimension.js';
import { createQuestion, updateQuestion } from './commands/save-question.js';
import { setMappings } from './commands/set-mappings.js';
import type { Tx } from './commands/shared.js';
import { updateLevels } from './commands/update-levels.js';
import { updateNote } from './commands/update-note.js';
import { requires } from './permissions.js';
import { presentModel, presentSummary } from './presenters.js';
import { asFieldErrors } from './publish-rules.js';
import { currentHead, findHead, listVersions, mappingsInto, readContent, versionHistory, type ModelHead } from './queries.js';
import { questionsCsv } from './question-rows.js';
import {
  codeParams, dimensionBody, dimensionOrderBody, importQuery, importResultSchema, LIMITS, mappingsBody, modelSchema, modelSummarySchema, publishCheckSchema,
  questionBody, rowVersionBody, updateLevelsBody, updateNoteBody, versionParams,
  type CodeParams, type DimensionInput, type DimensionOrderInput, type MappingsInput, type QuestionInput, type RowVersionInput, type UpdateLevelsInput,
  type UpdateNoteInput, type VersionParams,
} from './schemas.js';
import { inTransaction } from './transaction.js';

const tags = ['maturity'];
const editResponses = { 200: modelSchema, ...problemResponses(400, 401, 403, 404, 409) };

export async function maturityApiRoutes(app: FastifyInstance) {
  // Only this plugin's routes read text/csv bodies: the question import.
  app.addContentTypeParser('text/csv', { parseAs: 'string', bodyLimit: LIMITS.importBytes }, (_request, body, done) => done(null, body));

  const mayViewDrafts = (request: FastifyRequest) => can(principalOf(request.user), 'maturity.viewDrafts');
  /** A draft is invisible (404) to those who may not see drafts. */
  const visibleHead = async (request: FastifyRequest, version: number): Promise<ModelHead> => {
    const h = await findHead(app.db, version);
    if (!h || (h.status === 'draft' && !mayViewDrafts(request))) throw notFound('maturity model version', version);
    return h;
  };
  const full = async (h: ModelHead) => presentModel(h, await readContent(app.db, h), await mappingsInto(app.db, h.id), app.config.publicBase);
  const fresh = async (version: number) => full((await findHead(app.db, version))!);
  const edit = (request: FastifyRequest, run: (tx: Tx, userId: number, version: number) => Promise<unknown>) => async () => {
    const user = request.authorize('maturity.edit')!;
    const { version } = request.params as VersionParams;
    await inTransaction(app.db, (tx) => run(tx, user.id, version));
    return fresh(version);
  };

  app.get('/api/maturity/model', {
    schema: { tags, summary: 'The current maturity model: the published version new assessments use', response: { 200: modelSchema, ...problemResponses(404) } },
  }, async (request, reply) => {
    const h = await currentHead(app.db);
    if (!h) throw notFound('published maturity model', 'current');
    return sendCachedJson(request, reply, () => full(h), ['maturity']);
  });

  app.get('/api/maturity/models', {
    schema: { tags, summary: 'All versions of the maturity model, newest first (drafts only for the transition team)', response: { 200: { type: 'array', items: modelSummarySchema } } },
  }, async (request) => (await listVersions(app.db, mayViewDrafts(request))).map((s) => presentSummary(s, app.config.publicBase)));

  app.get('/api/maturity/models/:version', {
    schema: { tags, summary: 'One version with all its content: levels, dimensions, meanings, steps, questions and mappings', params: versionParams, response: { 200: modelSchema, ...problemResponses(400, 404) } },
  }, async (request, reply) => {
    const h = await visibleHead(request, (request.params as VersionParams).version);
    // Drafts are for the team only and change with every edit: never from the shared cache.
    if (h.status === 'draft') return full(h);
    return sendCachedJson(request, reply, () => full(h), ['maturity']);
  });

  app.get('/api/maturity/models/:version/questions.csv', {
    schema: {
      tags, summary: 'The questions of a version as a spreadsheet file (the format the import reads)',
      description: 'UTF-8 with a byte order mark, `;`-separated, one row per question with the columns dimension, code, position, text_nl, text_en, help_nl, help_en, quick_scan (yes/no), critical_from (1-5 or empty), not_applicable_allowed (yes/no).',
      params: versionParams,
      response: { 200: { description: 'CSV', content: { 'text/csv': { schema: { type: 'string' } } } }, ...problemResponses(400, 404) },
    },
  }, async (request, reply) => {
    const h = await visibleHead(request, (request.params as VersionParams).version);
    const csv = questionsCsv(await readContent(app.db, h));
    return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="maturity-model-v${h.version}-questions.csv"`).send(csv);
  });

  app.get('/api/maturity/models/:version/publish-check', {
    schema: { tags, summary: 'What still keeps a draft from being published (transition team)', params: versionParams, response: { 200: publishCheckSchema, ...problemResponses(400, 401, 403, 404) } },
  }, async (request) => {
    request.authorize('maturity.viewDrafts');
    const h = await visibleHead(request, (request.params as VersionParams).version);
    if (h.status !== 'draft') return { version: h.version, publishable: false, previousVersion: null, problems: [{ field: 'status', message: `version ${h.version} is ${h.status}`, code: 'publish.status' }] };
    const { problems, previous } = await checkDraft(app.db, h.id);
    return { version: h.version, publishable: problems.length === 0, previousVersion: previous?.version ?? null, problems: asFieldErrors(problems) };
  });

  app.get('/api/maturity/models/:version/history', {
    schema: {
      tags, summary: 'Every recorded change to a version (transition team)', params: versionParams,
      response: { 200: { type: 'array', items: { type: 'object', properties: { at: { type: 'string' }, user: { type: ['string', 'null'] }, entityType: { type: 'string' }, entityId: { type: 'string' }, action: { type: 'string' }, summary: { type: 'string' } } } }, ...problemResponses(401, 403, 404) },
    },
  }, async (request) => {
    request.authorize('maturity.viewHistory');
    const { version } = request.params as VersionParams;
    return (await versionHistory(app.db, version)).map((e) => ({ ...e, at: e.at.toISOString() }));
  });

  app.post('/api/maturity/models', {
    ...requires('maturity.edit'),
    schema: { tags, summary: 'Start a new draft: a copy of the latest published version (at most one draft at a time)', response: { 201: modelSchema, ...problemResponses(401, 403, 409) } },
  }, async (request, reply) => {
    const user = request.authorize('maturity.edit')!;
    const version = await inTransaction(app.db, (tx) => createDraft(tx, user.id));
    return reply.code(201).header('location', `/api/maturity/models/${version}`).send(await fresh(version));
  });

  app.put('/api/maturity/models/:version', {
    ...requires('maturity.edit'),
    schema: { tags, summary: 'Edit the note of a draft (what changed and why)', params: versionParams, body: updateNoteBody, response: editResponses },
  }, (request) => edit(request, (tx, user, version) => updateNote(tx, user, version, request.body as UpdateNoteInput))());

  app.delete('/api/maturity/models/:version', {
    ...requires('maturity.edit'),
    schema: { tags, summary: 'Discard a draft with all its content', params: versionParams, body: rowVersionBody, response: { 204: { type: 'null' }, ...problemResponses(400, 401, 403, 404, 409) } },
  }, async (request, reply) => {
    const user = request.authorize('maturity.edit')!;
    const { version } = request.params as VersionParams;
    await inTransaction(app.db, (tx) => discardDraft(tx, user.id, version, (request.body as RowVersionInput).rowVersion));
    return reply.code(204).send();
  });

  app.put('/api/maturity/models/:version/levels', {
    ...requires('maturity.edit'),
    schema: { tags, summary: 'Edit the level scale of a draft (levels 0-5, all six at once)', params: versionParams, body: updateLevelsBody, response: editResponses },
  }, (request) => edit(request, (tx, user, version) => updateLevels(tx, user, version, request.body as UpdateLevelsInput))());

  app.post('/api/maturity/models/:version/dimensions', {
    ...requires('maturity.edit'),
    schema: { tags, summary: 'Add a dimension to a draft', params: versionParams, body: dimensionBody, response: { 201: modelSchema, ...problemResponses(400, 401, 403, 404, 409) } },
  }, async (request, reply) => reply.code(201).send(await edit(request, (tx, user, version) => createDimension(tx, user, version, request.body as DimensionInput))()));

  app.put('/api/maturity/models/:version/dimensions/:code', {
    ...requires('maturity.edit'),
    schema: { tags, summary: 'Edit a dimension of a draft: name, description, meanings per level, improvement steps; a new code renames it', params: codeParams, body: dimensionBody, response: editResponses },
  }, (request) => edit(request, (tx, user, version) => updateDimension(tx, user, version, (request.params as CodeParams).code, request.body as DimensionInput))());

  app.delete('/api/maturity/models/:version/dimensions/:code', {
    ...requires('maturity.edit'),
    schema: { tags, summary: 'Remove a dimension (with its questions and steps) from a draft', params: codeParams, body: rowVersionBody, response: editResponses },
  }, (request) => edit(request, (tx, user, version) => removeDimension(tx, user, version, (request.params as CodeParams).code, (request.body as RowVersionInput).rowVersion))());

  app.put('/api/maturity/models/:version/dimension-order', {
    ...requires('maturity.edit'),
    schema: { tags, summary: 'Reorder the dimensions of a draft (name every dimension once)', params: versionParams, body: dimensionOrderBody, response: editResponses },
  }, (request) => edit(request, (tx, user, version) => orderDimensions(tx, user, version, request.body as DimensionOrderInput))());

  app.post('/api/maturity/models/:version/questions', {
    ...requires('maturity.edit'),
    schema: { tags, summary: 'Add a question to a draft', params: versionParams, body: questionBody, response: { 201: modelSchema, ...problemResponses(400, 401, 403, 404, 409) } },
  }, async (request, reply) => reply.code(201).send(await edit(request, (tx, user, version) => createQuestion(tx, user, version, request.body as QuestionInput))()));

  app.put('/api/maturity/models/:version/questions/:code', {
    ...requires('maturity.edit'),
    schema: { tags, summary: 'Edit a question of a draft; another dimension moves it there', params: codeParams, body: questionBody, response: editResponses },
  }, (request) => edit(request, (tx, user, version) => updateQuestion(tx, user, version, (request.params as CodeParams).code, request.body as QuestionInput))());

  app.delete('/api/maturity/models/:version/questions/:code', {
    ...requires('maturity.edit'),
    schema: { tags, summary: 'Remove a question from a draft', params: codeParams, body: rowVersionBody, response: editResponses },
  }, (request) => edit(request, (tx, user, version) => removeQuestion(tx, user, version, (request.params as CodeParams).code, (request.body as RowVersionInput).rowVersion))());

  app.put('/api/maturity/models/:version/mappings', {
    ...requires('maturity.edit'),
    schema: {
      tags, summary: 'Record how the dimensions of the published version live on in the draft (renamed, merged, split)',
      description: 'Replaces the recorded list. Needed for every dimension of the previous version whose code no longer exists in the draft.',
      params: versionParams, body: mappingsBody, response: editResponses,
    },
  }, (request) => edit(request, (tx, user, version) => setMappings(tx, user, version, request.body as MappingsInput))());

  app.post('/api/maturity/models/:version/import', {
    ...requires('maturity.edit'),
    bodyLimit: LIMITS.importBytes,
    schema: {
      tags, summary: 'Replace the questions of a draft from a spreadsheet file; nothing is written unless every row is valid',
      description: 'Send the file as the text/csv body (UTF-8, `;` or `,` separated), in the columns of questions.csv. Questions are matched by code: '
        + 'changed ones are updated, new ones added, those missing from the file removed. A refused file answers 400 with every bad row (line, column, reason) in `rows`.',
      params: versionParams, querystring: importQuery, consumes: ['text/csv'],
      body: { type: 'string', description: 'CSV: dimension;code;position;text_nl;text_en;help_nl;help_en;quick_scan;critical_from;not_applicable_allowed' },
      response: { 200: importResultSchema, ...problemResponses(400, 401, 403, 404, 409) },
    },
  }, async (request) => {
    const user = request.authorize('maturity.edit')!;
    const { version } = request.params as VersionParams;
    const { rowVersion } = request.query as { rowVersion: number };
    return inTransaction(app.db, (tx) => importQuestions(tx, user.id, version, rowVersion, String(request.body ?? '')));
  });

  app.post('/api/maturity/models/:version/publish', {
    ...requires('maturity.publish'),
    schema: {
      tags, summary: 'Publish a draft: it becomes the current model and the version before it is retired',
      description: 'Refused (409, every problem in `errors`) while a dimension lacks two questions or a quick-scan question, a level or meaning is missing, '
        + 'a text is missing in Dutch or English, or a dimension of the previous version has neither a same-code counterpart nor a mapping.',
      params: versionParams, body: rowVersionBody, response: editResponses,
    },
  }, async (request) => {
    const user = request.authorize('maturity.publish')!;
    const { version } = request.params as VersionParams;
    await inTransaction(app.db, (tx) => publishDraft(tx, user.id, version, (request.body as RowVersionInput).rowVersion));
    return fresh(version);
  });
}
