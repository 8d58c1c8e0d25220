import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { principalOf } from '../../plugins/auth.js';
import { AppError } from '../../plugins/errors.js';
import { can } from '../../plugins/permissions.js';
import { viewContext } from '../../web/context.js';
import { h } from '../../web/jsx.js';
import { sendCachedPage, sendPage } from '../../web/page.js';
import { KPI_TAGS, PATH_AREAS } from './api-path-routes.js';
import { createPath, linkActionLine, unlinkActionLine, updatePath } from './commands/paths.js';
import { HORIZONS } from './constants.js';
import { bi, bilingualFields, check, integer, list, readForm, val, type Form } from './form-mapping.js';
import { actionRefusal, refusal } from './page-errors.js';
import { requires } from './permissions.js';
import { getPath } from './queries/paths.js';
import { entityHistory, featuredVision } from './queries/vision.js';
import type { VisionReads } from './reads.js';
import { savedNotice } from './routes.js';
import {
  codeParams, createPathBody, linkBody, pathLineParams, updatePathBody,
  type CodeParams, type CreatePathInput, type LinkInput, type PathLineParams, type UpdatePathInput,
} from './schemas.js';
import { inTransaction } from './transaction.js';
import { PathFormPage } from './views/path-form.js';
import { PathPage, PathsPage, type LinkFormState } from './views/paths.js';

const FIELDS = ['code', 'version', 'position', ...bilingualFields('title', 'summary', ...HORIZONS.map((y) => `horizons_${y}`))];

function pathInput(form: Form) {
  return {
    title: bi(form, 'title'), summary: bi(form, 'summary'),
    ...(val(form, 'position').trim() ? { position: integer(val(form, 'position')) } : {}),
    horizons: Object.fromEntries(HORIZONS.map((y) => [String(y), bi(form, `horizons_${y}`)])),
    pillars: list(form, 'pillars').map((p) => integer(p)), challenges: list(form, 'challenges').map((c) => integer(c)),
  };
}

/** The transition paths: list, path page with its action lines per horizon, and the team's forms. */
export async function pathRoutes(app: FastifyInstance, { reads }: { reads: VisionReads }) {
  const catalog = app.readModels.catalog;
  const allowed = (request: FastifyRequest, action: string) => can(principalOf(request.user), action);
  const year = () => Number(new Date().toISOString().slice(0, 4));

  app.get('/paths', async (request, reply) => {
    request.authorize('vision.read');
    return sendCachedPage(request, reply, async () => {
      const [paths, featured] = await Promise.all([reads.paths(), featuredVision(app.db)]);
      const desiredState = featured
        ? { text: featured.round.sections.desired_state[request.lang], href: `/vision/${featured.vision.code}/rounds/${featured.round.number}#section-desired_state` }
        : null;
      return <PathsPage ctx={viewContext(request)} catalog={catalog} paths={paths} desiredState={desiredState} canEdit={allowed(request, 'vision.editPaths')} />;
    }, PATH_AREAS);
  });

  const renderPath = async (request: FastifyRequest, reply: FastifyReply, code: string, extras: { linkForm?: LinkFormState; actionError?: string } = {}) => {
    const render = async () => {
      const view = await reads.pathView(await getPath(app.db, code), year());
      const editor = allowed(request, 'vision.editPaths');
      const lines = editor
        ? (await app.db.selectFrom('action_lines').select(['code', 'title_nl', 'title_en']).where('retired_at', 'is', null).orderBy('code').execute())
          .map((l) => ({ code: l.code, title: { nl: l.title_nl, en: l.title_en } }))
        : [];
      return <PathPage ctx={viewContext(request)} catalog={catalog} view={view} canEdit={editor} lines={lines} linkForm={extras.linkForm}
        notice={savedNotice(request)} actionError={extras.actionError}
        history={allowed(request, 'vision.viewHistory') ? [...await entityHistory(app.db, 'transition_path', code), ...await entityHistory(app.db, 'path_action_line', code)] : null} />;
    };
    if (!extras.linkForm && !extras.actionError) return sendCachedPage(request, reply, render, PATH_AREAS, KPI_TAGS);
    return sendPage(reply, await render());
  };

  app.get('/paths/new', async (request, reply) => {
    request.authorize('vision.editPaths');
    return sendPage(reply, <PathFormPage ctx={viewContext(request)} catalog={catalog} form={{}} errors={[]} mode="create" />);
  });

  app.post('/paths', async (request, reply) => {
    const user = request.authorize('vision.editPaths')!;
    const form = readForm(request.body, FIELDS, ['pillars', 'challenges']);
    try {
      const parsed = check<CreatePathInput>(createPathBody, { code: val(form, 'code').trim(), ...pathInput(form) });
      if (!parsed.ok) throw new AppError('VALIDATION_FAILED', 400, 'invalid', parsed.errors);
      const code = await inTransaction(app.db, (tx) => createPath(tx, user.id, parsed.input));
      catalog.touch('vision');
      return reply.redirect(`/paths/${code}?saved=pathSaved`, 303);
    } catch (err) {
      const r = refusal(request, reply, err, form);
      return sendPage(reply, <PathFormPage ctx={viewContext(request)} catalog={catalog} form={r.form} errors={r.errors} mode="create" />);
    }
  });

  app.get('/paths/:code', { schema: { params: codeParams } }, async (request, reply) => {
    request.authorize('vision.read');
    return renderPath(request, reply, (request.params as CodeParams).code);
  });

  app.get('/paths/:code/edit', { ...requires('vision.editPaths'), schema: { params: codeParams } }, async (request, reply) => {
    request.authorize('vision.editPaths');
    const p = await getPath(app.db, (request.params as CodeParams).code);
    const form: Form = {
      version: String(p.version), position: String(p.position), title_nl: p.title.nl, title_en: p.title.en, summary_nl: p.summary.nl, summary_en: p.summary.en,
      ...Object.fromEntries(HORIZONS.flatMap((y) => [[`horizons_${y}_nl`, p.horizons[y].nl], [`horizons_${y}_en`, p.horizons[y].en]])),
      pillars: p.pillars.map(String), challenges: p.challenges.map(String),
    };
    return sendPage(reply, <PathFormPage ctx={viewContext(request)} catalog={catalog} form={form} errors={[]} mode="edit" code={p.code} />);
  });

  app.post('/paths/:code/edit', { ...requires('vision.editPaths'), schema: { params: codeParams } }, async (request, reply) => {
    const user = request.authorize('vision.editPaths')!;
    const { code } = request.params as CodeParams;
    const form = readForm(request.body, FIELDS, ['pillars', 'challenges']);
    try {
      const parsed = check<UpdatePathInput>(updatePathBody, { version: integer(val(form, 'version')), ...pathInput(form) });
      if (!parsed.ok) throw new AppError('VALIDATION_FAILED', 400, 'invalid', parsed.errors);
      await inTransaction(app.db, (tx) => updatePath(tx, user.id, code, parsed.input));
      catalog.touch('vision');
      return reply.redirect(`/paths/${code}?saved=pathSaved`, 303);
    } catch (err) {
      const r = refusal(request, reply, err, form);
      return sendPage(reply, <PathFormPage ctx={viewContext(request)} catalog={catalog} form={r.form} errors={r.errors} mode="edit" code={code} stale={r.stale} />);
    }
  });

  app.post('/paths/:code/action-lines', { ...requires('vision.editPaths'), schema: { params: codeParams } }, async (request, reply) => {
    const user = request.authorize('vision.editPaths')!;
    const { code } = request.params as CodeParams;
    const form = readForm(request.body, ['line', 'horizon']);
    const line = val(form, 'line').trim();
    try {
      const parsed = check<LinkInput>(linkBody, { horizon: integer(val(form, 'horizon')) });
      const errors = [...(line ? [] : [{ field: 'line', message: 'is required', code: 'required' }]), ...(parsed.ok ? [] : parsed.errors)];
      if (errors.length || !parsed.ok) throw new AppError('VALIDATION_FAILED', 400, 'invalid', errors);
      await inTransaction(app.db, (tx) => linkActionLine(tx, user.id, code, line, parsed.input));
      catalog.touch('vision');
      return reply.redirect(`/paths/${code}?saved=lineLinked#horizon-${parsed.input.horizon}`, 303);
    } catch (err) {
      const r = refusal(request, reply, err, form);
      return renderPath(request, reply, code, { linkForm: { errors: r.errors, line, horizon: val(form, 'horizon') } });
    }
  });

  app.post('/paths/:code/action-lines/:line/remove', { ...requires('vision.editPaths'), schema: { params: pathLineParams } }, async (request, reply) => {
    const user = request.authorize('vision.editPaths')!;
    const { code, line } = request.params as PathLineParams;
    try {
      await inTransaction(app.db, (tx) => unlinkActionLine(tx, user.id, code, line));
      catalog.touch('vision');
      return reply.redirect(`/paths/${code}?saved=lineUnlinked`, 303);
    } catch (err) {
      return renderPath(request, reply, code, { actionError: actionRefusal(request, reply, err) });
    }
  });
}
