import type { FastifyInstance, FastifyRequest } from 'fastify';
import { notFound } from '../../plugins/errors.js';
import { viewContext } from '../../web/context.js';
import { h } from '../../web/jsx.js';
import { sendPage } from '../../web/page.js';
import { removeDimension } from './commands/remove-dimension.js';
import { removeQuestion } from './commands/remove-question.js';
import { createDimension, updateDimension } from './commands/save-dimension.js';
import { createQuestion, updateQuestion } from './commands/save-question.js';
import { setMappings } from './commands/set-mappings.js';
import { updateLevels } from './commands/update-levels.js';
import { updateNote } from './commands/update-note.js';
import { removeDimensionPage, removeQuestionPage } from './confirm-pages.js';
import { editableDraft, fresh, submit } from './form-support.js';
import {
  dimensionForm, dimensionInput, levelsForm, levelsInput, noteForm, noteInput, questionForm, questionInput, readForm, val, type Form,
} from './form-mapping.js';
import { requires } from './permissions.js';
import { currentHead, dimensionsOf, mappingsInto } from './queries.js';
import { savedUrl } from './saved.js';
import { codeParams, versionParams, type CodeParams, type VersionParams } from './schemas.js';
import { DimensionFormPage, LevelsFormPage, NoteFormPage, QuestionFormPage, type FormState } from './views/forms.js';
import { MappingsFormPage } from './views/mappings-form.js';

/** The draft's edit forms: note, level scale, dimensions, questions, mappings. */
export async function maturityFormRoutes(app: FastifyInstance) {
  const versionOf = (request: FastifyRequest) => (request.params as VersionParams).version;

  // --- note -------------------------------------------------------------------------------------
  const notePage = (request: FastifyRequest, version: number, state: FormState) => <NoteFormPage ctx={viewContext(request)} version={version} state={state} />;
  app.get('/maturity/models/:version/note', { ...requires('maturity.edit'), schema: { params: versionParams } }, async (request, reply) => {
    request.authorize('maturity.edit');
    const { head } = await editableDraft(request, versionOf(request));
    return sendPage(reply, notePage(request, head.version, fresh(noteForm(head.note, head.rowVersion))));
  });
  app.post('/maturity/models/:version/note', { ...requires('maturity.edit'), schema: { params: versionParams } }, async (request, reply) => {
    const user = request.authorize('maturity.edit')!;
    const version = versionOf(request);
    const form = readForm(request.body);
    return submit(request, reply, form, noteInput(form), async (tx, input) => {
      await updateNote(tx, user.id, version, input);
      return savedUrl(version, 'noteSaved', { draft: `maturity:${version}:note` });
    }, (state) => notePage(request, version, state));
  });

  // --- levels -----------------------------------------------------------------------------------
  const levelsPage = (request: FastifyRequest, version: number, state: FormState) => <LevelsFormPage ctx={viewContext(request)} version={version} state={state} />;
  app.get('/maturity/models/:version/levels', { ...requires('maturity.edit'), schema: { params: versionParams } }, async (request, reply) => {
    request.authorize('maturity.edit');
    const { head, model } = await editableDraft(request, versionOf(request));
    return sendPage(reply, levelsPage(request, head.version, fresh(levelsForm(model, head.rowVersion))));
  });
  app.post('/maturity/models/:version/levels', { ...requires('maturity.edit'), schema: { params: versionParams } }, async (request, reply) => {
    const user = request.authorize('maturity.edit')!;
    const version = versionOf(request);
    const form = readForm(request.body);
    return submit(request, reply, form, levelsInput(form), async (tx, input) => {
      await updateLevels(tx, user.id, version, input);
      return savedUrl(version, 'levelsSaved', { draft: `maturity:${version}:levels` }, '#levels');
    }, (state) => levelsPage(request, version, state));
  });

  // --- dimensions -------------------------------------------------------------------------------
  const dimensionPage = async (request: FastifyRequest, version: number, state: FormState, mode: 'create' | 'edit', code?: string) => {
    const { model } = await editableDraft(request, version);
    return <DimensionFormPage ctx={viewContext(request)} version={version} state={state} mode={mode} levels={model.levels} {...(code ? { code } : {})} />;
  };
  app.get('/maturity/models/:version/dimensions/new', { ...requires('maturity.edit'), schema: { params: versionParams } }, async (request, reply) => {
    request.authorize('maturity.edit');
    const { head } = await editableDraft(request, versionOf(request));
    return sendPage(reply, await dimensionPage(request, head.version, fresh(dimensionForm(null, head.rowVersion)), 'create'));
  });
  app.post('/maturity/models/:version/dimensions', { ...requires('maturity.edit'), schema: { params: versionParams } }, async (request, reply) => {
    const user = request.authorize('maturity.edit')!;
    const version = versionOf(request);
    const form = readForm(request.body);
    return submit(request, reply, form, dimensionInput(form), async (tx, input) => {
      await createDimension(tx, user.id, version, input);
      return savedUrl(version, 'dimensionSaved', { draft: `maturity:${version}:dimension:new` }, `#dim-${input.code}`);
    }, (state) => dimensionPage(request, version, state, 'create'));
  });
  app.get('/maturity/models/:version/dimensions/:code/edit', { ...requires('maturity.edit'), schema: { params: codeParams } }, async (request, reply) => {
    request.authorize('maturity.edit');
    const { version, code } = request.params as CodeParams;
    const { head, model } = await editableDraft(request, version);
    const d = model.dimensions.find((x) => x.code === code);
    if (!d) throw notFound('dimension', `${version}/${code}`);
    return sendPage(reply, await dimensionPage(request, version, fresh(dimensionForm(d, head.rowVersion)), 'edit', code));
  });
  app.post('/maturity/models/:version/dimensions/:code', { ...requires('maturity.edit'), schema: { params: codeParams } }, async (request, reply) => {
    const user = request.authorize('maturity.edit')!;
    const { version, code } = request.params as CodeParams;
    const form = readForm(request.body);
    return submit(request, reply, form, dimensionInput(form), async (tx, input) => {
      await updateDimension(tx, user.id, version, code, input);
      return savedUrl(version, 'dimensionSaved', { draft: `maturity:${version}:dimension:${code}` }, `#dim-${input.code}`);
    }, (state) => dimensionPage(request, version, state, 'edit', code));
  });

  // --- questions --------------------------------------------------------------------------------
  const questionPage = async (request: FastifyRequest, version: number, state: FormState, mode: 'create' | 'edit', code?: string) => {
    const { head, model } = await editableDraft(request, version);
    const dimensions = await dimensionsOf(app.db, head.id);
    return <QuestionFormPage ctx={viewContext(request)} version={version} state={state} mode={mode} dimensions={dimensions} levels={model.levels} {...(code ? { code } : {})} />;
  };
  app.get('/maturity/models/:version/questions/new', { ...requires('maturity.edit'), schema: { params: versionParams } }, async (request, reply) => {
    request.authorize('maturity.edit');
    const { head } = await editableDraft(request, versionOf(request));
    const dimension = String((request.query as Record<string, unknown>)?.dimension ?? '');
    return sendPage(reply, await questionPage(request, head.version, fresh(questionForm(null, dimension, head.rowVersion)), 'create'));
  });
  app.post('/maturity/models/:version/questions', { ...requires('maturity.edit'), schema: { params: versionParams } }, async (request, reply) => {
    const user = request.authorize('maturity.edit')!;
    const version = versionOf(request);
    const form = readForm(request.body);
    return submit(request, reply, form, questionInput(form), async (tx, input) => {
      await createQuestion(tx, user.id, version, input);
      return savedUrl(version, 'questionSaved', { draft: `maturity:${version}:question:new` }, `#q-${input.code}`);
    }, (state) => questionPage(request, version, state, 'create'));
  });
  app.get('/maturity/models/:version/questions/:code/edit', { ...requires('maturity.edit'), schema: { params: codeParams } }, async (request, reply) => {
    request.authorize('maturity.edit');
    const { version, code } = request.params as CodeParams;
    const { head, model } = await editableDraft(request, version);
    const q = [...model.questions.values()].find((x) => x.code === code);
    if (!q) throw notFound('question', `${version}/${code}`);
    return sendPage(reply, await questionPage(request, version, fresh(questionForm(q, q.dimension, head.rowVersion)), 'edit', code));
  });
  app.post('/maturity/models/:version/questions/:code', { ...requires('maturity.edit'), schema: { params: codeParams } }, async (request, reply) => {
    const user = request.authorize('maturity.edit')!;
    const { version, code } = request.params as CodeParams;
    const form = readForm(request.body);
    return submit(request, reply, form, questionInput(form), async (tx, input) => {
      await updateQuestion(tx, user.id, version, code, input);
      return savedUrl(version, 'questionSaved', { draft: `maturity:${version}:question:${code}` }, `#q-${input.code}`);
    }, (state) => questionPage(request, version, state, 'edit', code));
  });

  // --- mappings ---------------------------------------------------------------------------------
  const mappingsPage = async (request: FastifyRequest, version: number, state: FormState) => {
    const { head } = await editableDraft(request, version);
    const previous = await currentHead(app.db);
    if (!previous) throw notFound('published maturity model', 'previous');
    return <MappingsFormPage ctx={viewContext(request)} version={version} previousVersion={previous.version}
      previous={await dimensionsOf(app.db, previous.id)} draft={await dimensionsOf(app.db, head.id)} state={state} />;
  };
  app.get('/maturity/models/:version/mappings', { ...requires('maturity.edit'), schema: { params: versionParams } }, async (request, reply) => {
    request.authorize('maturity.edit');
    const { head } = await editableDraft(request, versionOf(request));
    const form: Form = { rowVersion: String(head.rowVersion) };
    for (const m of await mappingsInto(app.db, head.id)) form[`map_${m.from}`] = m.to;
    return sendPage(reply, await mappingsPage(request, head.version, fresh(form)));
  });
  app.post('/maturity/models/:version/mappings', { ...requires('maturity.edit'), schema: { params: versionParams } }, async (request, reply) => {
    const user = request.authorize('maturity.edit')!;
    const version = versionOf(request);
    const form = readForm(request.body);
    const mappings = Object.keys(form).filter((k) => k.startsWith('map_') && val(form, k)).map((k) => ({ from: k.slice(4), to: val(form, k) }));
    const parsed = { ok: true as const, input: { rowVersion: Number(val(form, 'rowVersion')) || 0, mappings } };
    return submit(request, reply, form, parsed, async (tx, input) => {
      await setMappings(tx, user.id, version, input);
      return savedUrl(version, 'mappingsSaved', { draft: `maturity:${version}:mappings` });
    }, (state) => mappingsPage(request, version, {
      ...state, errors: state.errors.map((e) => {
        const m = /^mappings\.(\d+)\.(from|to)$/.exec(e.field);
        return m ? { ...e, field: `map_${mappings[Number(m[1])]?.from ?? ''}` } : e;
      }),
    }));
  });

  // --- removal ----------------------------------------------------------------------------------
  app.post('/maturity/models/:version/dimensions/:code/remove', { ...requires('maturity.edit'), schema: { params: codeParams } }, async (request, reply) => {
    const user = request.authorize('maturity.edit')!;
    const { version, code } = request.params as CodeParams;
    const form = readForm(request.body);
    return submit(request, reply, form, { ok: true, input: Number(val(form, 'rowVersion')) || 0 }, async (tx, rowVersion) => {
      await removeDimension(tx, user.id, version, code, rowVersion);
      return savedUrl(version, 'dimensionRemoved');
    }, async (state) => removeDimensionPage(request, version, code, state));
  });
  app.post('/maturity/models/:version/questions/:code/remove', { ...requires('maturity.edit'), schema: { params: codeParams } }, async (request, reply) => {
    const user = request.authorize('maturity.edit')!;
    const { version, code } = request.params as CodeParams;
    const form = readForm(request.body);
    return submit(request, reply, form, { ok: true, input: Number(val(form, 'rowVersion')) || 0 }, async (tx, rowVersion) => {
      await removeQuestion(tx, user.id, version, code, rowVersion);
      return savedUrl(version, 'questionRemoved');
    }, async (state) => removeQuestionPage(request, version, code, state));
  });
  app.get('/maturity/models/:version/dimensions/:code/remove', { ...requires('maturity.edit'), schema: { params: codeParams } }, async (request, reply) => {
    request.authorize('maturity.edit');
    const { version, code } = request.params as CodeParams;
    return sendPage(reply, await removeDimensionPage(request, version, code));
  });
  app.get('/maturity/models/:version/questions/:code/remove', { ...requires('maturity.edit'), schema: { params: codeParams } }, async (request, reply) => {
    request.authorize('maturity.edit');
    const { version, code } = request.params as CodeParams;
    return sendPage(reply, await removeQuestionPage(request, version, code));
  });
}
