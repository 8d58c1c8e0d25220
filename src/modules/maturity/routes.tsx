import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { principalOf } from '../../plugins/auth.js';
import { AppError, notFound } from '../../plugins/errors.js';
import { can } from '../../plugins/permissions.js';
import { viewContext } from '../../web/context.js';
import { h } from '../../web/jsx.js';
import { sendCachedPage, sendPage } from '../../web/page.js';
import { organisationsOf } from '../organisations/access.js';
import { createDraft } from './commands/create-draft.js';
import { moveQuestion } from './commands/move-question.js';
import { moved, orderDimensions } from './commands/order-dimensions.js';
import { checkDraft } from './commands/publish-draft.js';
import { dimensionCodes } from './commands/shared.js';
import { readForm, val } from './form-mapping.js';
import { requires } from './permissions.js';
import { currentHead, findHead, listVersions, mappingsInto, readContent, versionHistory, type ModelHead } from './queries.js';
import { savedNotice, savedUrl } from './saved.js';
import { codeParams, versionParams, type CodeParams, type VersionParams } from './schemas.js';
import { inTransaction } from './transaction.js';
import { LandingPage } from './views/landing.js';
import { ModelPage, type EditState } from './views/model.js';
import { VersionsPage } from './views/versions.js';

const mayViewDrafts = (request: FastifyRequest) => can(principalOf(request.user), 'maturity.viewDrafts');
const mayEdit = (request: FastifyRequest) => can(principalOf(request.user), 'maturity.edit');

/** A version as a page; a draft only for the team, and then with its editing tools. */
export async function renderVersion(request: FastifyRequest, reply: FastifyReply, head: ModelHead, options: { conflict?: boolean } = {}) {
  const db = request.server.db;
  const [model, mappings, versions, current] = await Promise.all([
    readContent(db, head), mappingsInto(db, head.id), listVersions(db, mayViewDrafts(request)), currentHead(db),
  ]);
  let edit: EditState | null = null;
  if (head.status === 'draft' && mayEdit(request)) {
    const { problems, previous } = await checkDraft(db, head.id);
    edit = {
      rowVersion: head.rowVersion, problems, history: await versionHistory(db, head.version),
      previous: previous ? { version: previous.version, codes: await dimensionCodes(db, previous.id) } : null,
    };
  }
  return sendPage(reply, <ModelPage ctx={viewContext(request)} head={head} model={model} mappings={mappings} versions={versions} current={current}
    edit={edit} notice={savedNotice(request)} conflict={options.conflict ?? false} />);
}

/** The head of a version the reader may see: drafts are invisible (404) to all but the team. */
export async function visibleHead(request: FastifyRequest, version: number): Promise<ModelHead> {
  const head = await findHead(request.server.db, version);
  if (!head || (head.status === 'draft' && !mayViewDrafts(request))) throw notFound('maturity model version', version);
  return head;
}

/** The read pages, and the one-button actions on a draft (new draft, move up or down). */
export async function maturityRoutes(app: FastifyInstance) {
  app.get('/maturity', async (request, reply) => {
    request.authorize('maturity.read');
    return sendCachedPage(request, reply, async () => {
      const head = await currentHead(app.db);
      const model = head ? await readContent(app.db, head) : undefined;
      const organisations = request.user ? (await organisationsOf(app.db, request.user.id)).map((o) => ({ id: o.id, name: o.name })) : null;
      return <LandingPage ctx={viewContext(request)} model={model} organisations={organisations} />;
    }, ['maturity']);
  });

  app.get('/maturity/model', async (request, reply) => {
    request.authorize('maturity.read');
    const head = await currentHead(app.db);
    if (!head) throw notFound('published maturity model', 'current');
    if (request.user) return renderVersion(request, reply, head);
    return sendCachedPage(request, reply, async () => {
      const [model, mappings, versions] = await Promise.all([readContent(app.db, head), mappingsInto(app.db, head.id), listVersions(app.db, false)]);
      return <ModelPage ctx={viewContext(request)} head={head} model={model} mappings={mappings} versions={versions} current={head} edit={null} />;
    }, ['maturity']);
  });

  app.get('/maturity/models', async (request, reply) => {
    request.authorize('maturity.read');
    const versions = await listVersions(app.db, mayViewDrafts(request));
    return sendPage(reply, <VersionsPage ctx={viewContext(request)} versions={versions} canEdit={mayEdit(request)} notice={savedNotice(request)} />);
  });

  app.get('/maturity/models/:version', { schema: { params: versionParams } }, async (request, reply) => {
    request.authorize('maturity.read');
    return renderVersion(request, reply, await visibleHead(request, (request.params as VersionParams).version));
  });

  app.post('/maturity/models', requires('maturity.edit'), async (request, reply) => {
    const user = request.authorize('maturity.edit')!;
    try {
      const version = await inTransaction(app.db, (tx) => createDraft(tx, user.id));
      return reply.redirect(savedUrl(version, 'draftCreated'), 303);
    } catch (err) {
      if (!(err instanceof AppError) || err.code !== 'MATURITY_DRAFT_EXISTS') throw err;
      reply.code(409);
      const versions = await listVersions(app.db, true);
      return sendPage(reply, <VersionsPage ctx={viewContext(request)} versions={versions} canEdit error={request.t('error.MATURITY_DRAFT_EXISTS')} />);
    }
  });

  /** A move that lost a race with another edit shows the draft as it now stands, with a 409. */
  const button = async (request: FastifyRequest, reply: FastifyReply, version: number, run: () => Promise<unknown>, anchor: string) => {
    try {
      await run();
      return reply.redirect(savedUrl(version, 'moved', {}, anchor), 303);
    } catch (err) {
      if (!(err instanceof AppError) || err.code !== 'MATURITY_STALE') throw err;
      reply.code(409);
      return renderVersion(request, reply, (await findHead(app.db, version))!, { conflict: true });
    }
  };
  const direction = (request: FastifyRequest) => (val(readForm(request.body), 'direction') === 'up' ? 'up' : 'down');
  const rowVersion = (request: FastifyRequest) => Number(val(readForm(request.body), 'rowVersion')) || 0;

  app.post('/maturity/models/:version/dimensions/:code/move', { ...requires('maturity.edit'), schema: { params: codeParams } }, async (request, reply) => {
    const user = request.authorize('maturity.edit')!;
    const { version, code } = request.params as CodeParams;
    return button(request, reply, version, () => inTransaction(app.db, async (tx) => {
      const head = await findHead(tx, version);
      if (!head) throw notFound('maturity model version', version);
      const order = moved(await dimensionCodes(tx, head.id), code, direction(request));
      return orderDimensions(tx, user.id, version, { rowVersion: rowVersion(request), order });
    }), `#dim-${code}`);
  });

  app.post('/maturity/models/:version/questions/:code/move', { ...requires('maturity.edit'), schema: { params: codeParams } }, async (request, reply) => {
    const user = request.authorize('maturity.edit')!;
    const { version, code } = request.params as CodeParams;
    return button(request, reply, version, () => inTransaction(app.db, (tx) => moveQuestion(tx, user.id, version, code, direction(request), rowVersion(request))), `#q-${code}`);
  });
}
