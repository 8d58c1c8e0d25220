import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { principalOf } from '../../plugins/auth.js';
import { AppError } from '../../plugins/errors.js';
import { can } from '../../plugins/permissions.js';
import { viewContext } from '../../web/context.js';
import { h } from '../../web/jsx.js';
import { sendCachedPage, sendPage } from '../../web/page.js';
import { createScenarioSet, logSignal, updateScenario, updateScenarioSet } from './commands/scenarios.js';
import { QUADRANTS } from './constants.js';
import { bi, bilingualFields, check, integer, readForm, val, type Form } from './form-mapping.js';
import { refusal } from './page-errors.js';
import { requires } from './permissions.js';
import { getScenario, getScenarioSet, listScenarioSets, signalsPage, signalsPerQuarter } from './queries/scenarios.js';
import { entityHistory } from './queries/vision.js';
import { savedNotice } from './routes.js';
import {
  codeParams, createScenarioSetBody, signalBody, updateScenarioBody, updateScenarioSetBody,
  type CodeParams, type CreateScenarioSetInput, type SignalInput, type UpdateScenarioInput, type UpdateScenarioSetInput,
} from './schemas.js';
import { inTransaction } from './transaction.js';
import { ScenarioFormPage, ScenarioSetFormPage } from './views/scenario-forms.js';
import { ScenarioPage, ScenariosPage, type SignalFormState } from './views/scenarios.js';

const AXES = [1, 2].flatMap((a) => ['name', 'low', 'high'].map((p) => `axis${a}_${p}`));
const SET_FIELDS = ['code', 'version', 'horizonYear', ...bilingualFields('title', 'question', ...AXES), ...QUADRANTS.flatMap((_, i) => [`scenarios_${i}_code`, `scenarios_${i}_title_nl`, `scenarios_${i}_title_en`])];
const SCENARIO_FIELDS = ['version', ...bilingualFields('title', 'narrative', 'watch', 'implications')];

const axis = (form: Form, n: number) => ({ name: bi(form, `axis${n}_name`), low: bi(form, `axis${n}_low`), high: bi(form, `axis${n}_high`) });
const setFields = (form: Form) => ({ title: bi(form, 'title'), question: bi(form, 'question'), horizonYear: integer(val(form, 'horizonYear')), axis1: axis(form, 1), axis2: axis(form, 2) });

export async function scenarioRoutes(app: FastifyInstance) {
  const allowed = (request: FastifyRequest, action: string) => can(principalOf(request.user), action);
  const touched = () => app.readModels.catalog.touch('vision');

  const renderList = async (request: FastifyRequest, reply: FastifyReply, signalForm?: SignalFormState) => {
    const render = async () => {
      const sets = await listScenarioSets(app.db);
      const views = await Promise.all(sets.map(async (set) => ({
        set, counts: await signalsPerQuarter(app.db, set), recent: (await signalsPage(app.db, set.scenarios.map((s) => s.id), 1)).items.slice(0, 10),
      })));
      return <ScenariosPage ctx={viewContext(request)} sets={views} canEdit={allowed(request, 'vision.editScenarios')} canLog={allowed(request, 'vision.logSignal')}
        signalForm={signalForm} notice={savedNotice(request)} />;
    };
    if (!signalForm) return sendCachedPage(request, reply, render, ['vision']);
    return sendPage(reply, await render());
  };

  app.get('/scenarios', async (request, reply) => {
    request.authorize('vision.read');
    return renderList(request, reply);
  });

  app.post('/signals', async (request, reply) => {
    const user = request.authorize('vision.logSignal')!;
    const form = readForm(request.body, ['scenario', 'observedOn', 'source', 'description']);
    try {
      const parsed = check<SignalInput>(signalBody, { scenario: val(form, 'scenario'), observedOn: val(form, 'observedOn'), source: val(form, 'source').trim(), description: val(form, 'description').trim() });
      if (!parsed.ok) throw new AppError('VALIDATION_FAILED', 400, 'invalid', parsed.errors);
      await inTransaction(app.db, (tx) => logSignal(tx, user.id, parsed.input));
      touched();
      return reply.redirect(`/scenarios/${parsed.input.scenario}?saved=signalLogged`, 303);
    } catch (err) {
      const r = refusal(request, reply, err, form);
      return renderList(request, reply, { form: r.form, errors: r.errors });
    }
  });

  app.get('/scenarios/sets/new', async (request, reply) => {
    request.authorize('vision.editScenarios');
    return sendPage(reply, <ScenarioSetFormPage ctx={viewContext(request)} form={{ horizonYear: '2040' }} errors={[]} mode="create" />);
  });

  app.post('/scenarios/sets', async (request, reply) => {
    const user = request.authorize('vision.editScenarios')!;
    const form = readForm(request.body, SET_FIELDS);
    try {
      const scenarios = QUADRANTS.map(([pole1, pole2], i) => ({ pole1, pole2, code: val(form, `scenarios_${i}_code`).trim(), title: bi(form, `scenarios_${i}_title`) }));
      const parsed = check<CreateScenarioSetInput>(createScenarioSetBody, { code: val(form, 'code').trim(), ...setFields(form), scenarios });
      if (!parsed.ok) throw new AppError('VALIDATION_FAILED', 400, 'invalid', parsed.errors);
      const code = await inTransaction(app.db, (tx) => createScenarioSet(tx, user.id, parsed.input));
      touched();
      return reply.redirect(`/scenarios?saved=setSaved#${code}`, 303);
    } catch (err) {
      const r = refusal(request, reply, err, form);
      return sendPage(reply, <ScenarioSetFormPage ctx={viewContext(request)} form={r.form} errors={r.errors} mode="create" />);
    }
  });

  app.get('/scenarios/sets/:code/edit', { ...requires('vision.editScenarios'), schema: { params: codeParams } }, async (request, reply) => {
    request.authorize('vision.editScenarios');
    const set = await getScenarioSet(app.db, (request.params as CodeParams).code);
    const form: Form = { version: String(set.version), horizonYear: String(set.horizonYear), title_nl: set.title.nl, title_en: set.title.en, question_nl: set.question.nl, question_en: set.question.en };
    for (const [n, a] of [[1, set.axis1], [2, set.axis2]] as const) {
      for (const part of ['name', 'low', 'high'] as const) { form[`axis${n}_${part}_nl`] = a[part].nl; form[`axis${n}_${part}_en`] = a[part].en; }
    }
    return sendPage(reply, <ScenarioSetFormPage ctx={viewContext(request)} form={form} errors={[]} mode="edit" code={set.code} />);
  });

  app.post('/scenarios/sets/:code/edit', { ...requires('vision.editScenarios'), schema: { params: codeParams } }, async (request, reply) => {
    const user = request.authorize('vision.editScenarios')!;
    const { code } = request.params as CodeParams;
    const form = readForm(request.body, SET_FIELDS);
    try {
      const parsed = check<UpdateScenarioSetInput>(updateScenarioSetBody, { version: integer(val(form, 'version')), ...setFields(form) });
      if (!parsed.ok) throw new AppError('VALIDATION_FAILED', 400, 'invalid', parsed.errors);
      await inTransaction(app.db, (tx) => updateScenarioSet(tx, user.id, code, parsed.input));
      touched();
      return reply.redirect(`/scenarios?saved=setSaved#${code}`, 303);
    } catch (err) {
      const r = refusal(request, reply, err, form);
      return sendPage(reply, <ScenarioSetFormPage ctx={viewContext(request)} form={r.form} errors={r.errors} mode="edit" code={code} stale={r.stale} />);
    }
  });

  app.get('/scenarios/:code', { schema: { params: codeParams } }, async (request, reply) => {
    request.authorize('vision.read');
    const { code } = request.params as CodeParams;
    return sendCachedPage(request, reply, async () => {
      const { set, scenario } = await getScenario(app.db, code);
      const [signals, counts] = await Promise.all([signalsPage(app.db, [scenario.id], 1), signalsPerQuarter(app.db, set)]);
      return <ScenarioPage ctx={viewContext(request)} set={set} scenario={scenario} signals={signals.items} counts={counts}
        canEdit={allowed(request, 'vision.editScenarios')} notice={savedNotice(request)}
        history={allowed(request, 'vision.viewHistory') ? await entityHistory(app.db, 'scenario', code) : null} />;
    }, ['vision']);
  });

  app.get('/scenarios/:code/edit', { ...requires('vision.editScenarios'), schema: { params: codeParams } }, async (request, reply) => {
    request.authorize('vision.editScenarios');
    const { scenario: s } = await getScenario(app.db, (request.params as CodeParams).code);
    const form: Form = {
      version: String(s.version), title_nl: s.title.nl, title_en: s.title.en, narrative_nl: s.narrative.nl, narrative_en: s.narrative.en,
      watch_nl: s.watch.nl, watch_en: s.watch.en, implications_nl: s.implications.nl, implications_en: s.implications.en,
    };
    return sendPage(reply, <ScenarioFormPage ctx={viewContext(request)} form={form} errors={[]} code={s.code} />);
  });

  app.post('/scenarios/:code/edit', { ...requires('vision.editScenarios'), schema: { params: codeParams } }, async (request, reply) => {
    const user = request.authorize('vision.editScenarios')!;
    const { code } = request.params as CodeParams;
    const form = readForm(request.body, SCENARIO_FIELDS);
    try {
      const parsed = check<UpdateScenarioInput>(updateScenarioBody, {
        version: integer(val(form, 'version')), title: bi(form, 'title'), narrative: bi(form, 'narrative'), watch: bi(form, 'watch'), implications: bi(form, 'implications'),
      });
      if (!parsed.ok) throw new AppError('VALIDATION_FAILED', 400, 'invalid', parsed.errors);
      await inTransaction(app.db, (tx) => updateScenario(tx, user.id, code, parsed.input));
      touched();
      return reply.redirect(`/scenarios/${code}?saved=scenarioSaved`, 303);
    } catch (err) {
      const r = refusal(request, reply, err, form);
      return sendPage(reply, <ScenarioFormPage ctx={viewContext(request)} form={r.form} errors={r.errors} code={code} stale={r.stale} />);
    }
  });
}
