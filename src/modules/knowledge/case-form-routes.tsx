import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Case } from '../../catalog/types.js';
import type { CurrentUser } from '../../plugins/auth.js';
import { AppError, notFound, type FieldError } from '../../plugins/errors.js';
import { viewContext } from '../../web/context.js';
import { h } from '../../web/jsx.js';
import { sendPage } from '../../web/page.js';
import { mayEditFor } from './access.js';
import { caseCodeParams, createCaseBody, updateCaseBody, type CaseCodeParams, type CreateCaseInput, type UpdateCaseInput } from './cases-schemas.js';
import { createCase, updateCase } from './commands/save-case.js';
import { actorChoices } from './form-options.js';
import { bi, bilingualFields, check, integer, list, orNull, parsedOrThrow, readForm, refusal, val, type Form } from './form-mapping.js';
import { requires } from './permissions.js';
import { inTransaction } from './transaction.js';
import { CaseFormPage } from './views/case-form.js';

const FIELDS = ['version', 'code', 'country', 'region', 'sector', 'pillar', 'outcome', 'url', 'actor', ...bilingualFields('title', 'summary')];
const LISTS = ['challenges', 'subsectors', 'technologies', 'dimensions'];

function caseInput(form: Form) {
  return {
    title: bi(form, 'title'), summary: bi(form, 'summary'), country: val(form, 'country').trim().toUpperCase(), region: orNull(val(form, 'region')),
    sector: val(form, 'sector'), pillar: integer(val(form, 'pillar')) ?? undefined, outcome: val(form, 'outcome') || undefined,
    challenges: list(form, 'challenges').map((c) => integer(c)), subsectors: list(form, 'subsectors'), technologies: list(form, 'technologies'),
    dimensions: list(form, 'dimensions'), url: orNull(val(form, 'url')), actor: orNull(val(form, 'actor')),
  };
}

/** Cases are created and edited here; the public list and detail are in cases-routes. */
export async function caseFormRoutes(app: FastifyInstance) {
  const catalog = app.readModels.catalog;

  const caseForm = (c: Case): Form => ({
    version: String(c.version), title_nl: c.title.nl, title_en: c.title.en, summary_nl: c.summary.nl, summary_en: c.summary.en, country: c.country,
    region: c.region ?? '', sector: c.sector, pillar: String(c.pillar), outcome: c.outcome, url: c.url ?? '',
    actor: c.maintainedBy === null ? '' : catalog.actors.get(c.maintainedBy)?.code ?? '',
    challenges: c.challenges.map(String), subsectors: c.subsectors, technologies: c.technologies, dimensions: c.dimensions,
  });

  const renderForm = async (request: FastifyRequest, reply: FastifyReply, user: CurrentUser, form: Form, errors: FieldError[], mode: 'create' | 'edit', code?: string, stale?: { currentVersion: number }) => {
    const { team, actors } = await actorChoices(app.db, catalog, user, request.lang);
    return sendPage(reply, <CaseFormPage ctx={viewContext(request)} catalog={catalog} form={form} errors={errors} mode={mode} code={code} stale={stale} actors={actors} team={team} />);
  };

  app.get('/cases/new', async (request, reply) => {
    const user = request.authorize('knowledge.contribute')!;
    return renderForm(request, reply, user, { outcome: 'inspiring' }, [], 'create');
  });

  app.post('/cases', async (request, reply) => {
    const user = request.authorize('knowledge.contribute')!;
    const form = readForm(request.body, FIELDS, LISTS);
    try {
      const input = parsedOrThrow(check<CreateCaseInput>(createCaseBody, { code: val(form, 'code').trim(), ...caseInput(form) }));
      const saved = await inTransaction(app.db, (tx) => createCase(tx, user, input));
      await catalog.refreshCases([saved.id]);
      return reply.redirect(`/cases/${saved.code}?saved=1`, 303);
    } catch (err) {
      const r = refusal(request, reply, err, form);
      return renderForm(request, reply, user, r.form, r.errors, 'create');
    }
  });

  app.get('/cases/:code/edit', { ...requires('knowledge.contribute'), schema: { params: caseCodeParams } }, async (request, reply) => {
    const user = request.authorize('knowledge.contribute')!;
    const { code } = request.params as CaseCodeParams;
    const found = catalog.caseByCode(code);
    if (!found) throw notFound('case', code);
    if (!await mayEditFor(app.db, user, found.maintainedBy)) throw new AppError('KNOWLEDGE_NOT_EDITOR', 403, 'You are not an editor of the actor that maintains this case');
    return renderForm(request, reply, user, caseForm(found), [], 'edit', code);
  });

  app.post('/cases/:code/edit', { ...requires('knowledge.contribute'), schema: { params: caseCodeParams } }, async (request, reply) => {
    const user = request.authorize('knowledge.contribute')!;
    const { code } = request.params as CaseCodeParams;
    const form = readForm(request.body, FIELDS, LISTS);
    try {
      const input = parsedOrThrow(check<UpdateCaseInput>(updateCaseBody, { version: integer(val(form, 'version')), ...caseInput(form) }));
      const saved = await inTransaction(app.db, (tx) => updateCase(tx, user, code, input));
      await catalog.refreshCases([saved.id]);
      return reply.redirect(`/cases/${code}?saved=1`, 303);
    } catch (err) {
      const r = refusal(request, reply, err, form);
      return renderForm(request, reply, user, r.form, r.errors, 'edit', code, r.stale);
    }
  });
}
