import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../../plugins/errors.js';
import { viewContext } from '../../web/context.js';
import { h } from '../../web/jsx.js';
import { sendPage } from '../../web/page.js';
import { createVision } from './commands/create-vision.js';
import { updateRound } from './commands/rounds.js';
import { SECTIONS } from './constants.js';
import { bi, bilingualFields, check, integer, readForm, val, type Form } from './form-mapping.js';
import { refusal } from './page-errors.js';
import { requires } from './permissions.js';
import { getVision, pickRound, roundWithSections } from './queries/vision.js';
import { createVisionBody, roundParams, updateRoundBody, type CreateVisionInput, type RoundParams, type UpdateRoundInput } from './schemas.js';
import { inTransaction } from './transaction.js';
import { VisionFormPage } from './views/vision-form.js';

const FIELDS = ['code', 'version', ...bilingualFields('title', 'intro', ...SECTIONS.map((s) => `sections_${s}`))];

const sectionsOf = (form: Form) => Object.fromEntries(SECTIONS.map((s) => [s, bi(form, `sections_${s}`)]));

/** Writing the vision: a new vision with its first draft, and the text of a draft round. */
export async function visionFormRoutes(app: FastifyInstance) {
  const ctx = (request: FastifyRequest) => viewContext(request);

  app.get('/vision/new', async (request, reply) => {
    request.authorize('vision.edit');
    return sendPage(reply, <VisionFormPage ctx={ctx(request)} form={{}} errors={[]} mode="create" />);
  });

  app.post('/vision', async (request, reply) => {
    const user = request.authorize('vision.edit')!;
    const form = readForm(request.body, FIELDS);
    try {
      const intro = bi(form, 'intro');
      const parsed = check<CreateVisionInput>(createVisionBody, { code: val(form, 'code').trim(), title: bi(form, 'title'), intro, sections: sectionsOf(form) });
      if (!parsed.ok) throw new AppError('VALIDATION_FAILED', 400, 'invalid', parsed.errors);
      const code = await inTransaction(app.db, (tx) => createVision(tx, user.id, parsed.input));
      app.readModels.catalog.touch('vision');
      return reply.redirect(`/vision/${code}/rounds/1?saved=created`, 303);
    } catch (err) {
      const r = refusal(request, reply, err, form);
      return sendPage(reply, <VisionFormPage ctx={ctx(request)} form={r.form} errors={r.errors} mode="create" />);
    }
  });

  app.get('/vision/:code/rounds/:n/edit', { ...requires('vision.edit'), schema: { params: roundParams } }, async (request, reply) => {
    request.authorize('vision.edit');
    const { code, n } = request.params as RoundParams;
    const vision = await getVision(app.db, code, true);
    const round = await roundWithSections(app.db, pickRound(vision, n));
    const form: Form = {
      version: String(round.version), title_nl: vision.title.nl, title_en: vision.title.en, intro_nl: round.intro.nl, intro_en: round.intro.en,
      ...Object.fromEntries(SECTIONS.flatMap((s) => [[`sections_${s}_nl`, round.sections[s].nl], [`sections_${s}_en`, round.sections[s].en]])),
    };
    return sendPage(reply, <VisionFormPage ctx={ctx(request)} form={form} errors={[]} mode="edit" code={code} number={n} />);
  });

  app.post('/vision/:code/rounds/:n/edit', { ...requires('vision.edit'), schema: { params: roundParams } }, async (request, reply) => {
    const user = request.authorize('vision.edit')!;
    const { code, n } = request.params as RoundParams;
    const form = readForm(request.body, FIELDS);
    try {
      const parsed = check<UpdateRoundInput>(updateRoundBody, {
        version: integer(val(form, 'version')), title: bi(form, 'title'), intro: bi(form, 'intro'), sections: sectionsOf(form),
      });
      if (!parsed.ok) throw new AppError('VALIDATION_FAILED', 400, 'invalid', parsed.errors);
      await inTransaction(app.db, (tx) => updateRound(tx, user.id, code, n, parsed.input));
      app.readModels.catalog.touch('vision');
      return reply.redirect(`/vision/${code}/rounds/${n}?saved=roundSaved`, 303);
    } catch (err) {
      const r = refusal(request, reply, err, form);
      return sendPage(reply, <VisionFormPage ctx={ctx(request)} form={r.form} errors={r.errors} mode="edit" code={code} number={n} stale={r.stale} />);
    }
  });
}
