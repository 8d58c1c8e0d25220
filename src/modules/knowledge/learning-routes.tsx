import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { CurrentUser } from '../../plugins/auth.js';
import { AppError, type FieldError } from '../../plugins/errors.js';
import { principalOf } from '../../plugins/auth.js';
import { can } from '../../plugins/permissions.js';
import { viewContext } from '../../web/context.js';
import { brusselsDate } from '../../web/dates.js';
import { h } from '../../web/jsx.js';
import { sendCachedPage, sendPage } from '../../web/page.js';
import { mayEditFor } from './access.js';
import { createLearning, retireLearning, updateLearning } from './commands/save-learning.js';
import { actorChoices } from './form-options.js';
import { bi, bilingualFields, check, integer, list, orNull, parsedOrThrow, readForm, refusal, val, type Form } from './form-mapping.js';
import { LEARNING_AREAS } from './learning-api-routes.js';
import { getLearning, learningProviders, listLearning, type LearningRow } from './learning-queries.js';
import { createLearningBody, learningListQuery, updateLearningBody, type CreateLearningInput, type LearningListQuery, type UpdateLearningInput } from './learning-schemas.js';
import { requires } from './permissions.js';
import { idParams } from './schema-parts.js';
import { inTransaction } from './transaction.js';
import { LearningDetailPage } from './views/learning-detail.js';
import { LearningFormPage } from './views/learning-form.js';
import { LearningListPage } from './views/learning-list.js';

const FIELDS = ['version', 'kind', 'provider', 'providerName', 'startsOn', 'endsOn', 'place', 'online', 'dimension', 'levelFrom', 'levelTo', 'url', 'language', ...bilingualFields('title', 'summary')];
const LISTS = ['subsectors', 'pillars'];

function learningInput(form: Form) {
  return {
    title: bi(form, 'title'), summary: bi(form, 'summary'), kind: val(form, 'kind'),
    provider: orNull(val(form, 'provider')), providerName: val(form, 'providerName').trim(),
    startsOn: orNull(val(form, 'startsOn')), endsOn: orNull(val(form, 'endsOn')),
    place: orNull(val(form, 'place')), online: val(form, 'online') === 'true',
    dimension: orNull(val(form, 'dimension')), levelFrom: integer(val(form, 'levelFrom')), levelTo: integer(val(form, 'levelTo')),
    url: orNull(val(form, 'url')), language: val(form, 'language') || 'nl',
    subsectors: list(form, 'subsectors'), pillars: list(form, 'pillars').map((p) => integer(p)),
  };
}

export function learningForm(r: LearningRow): Form {
  return {
    version: String(r.version), title_nl: r.title_nl, title_en: r.title_en, summary_nl: r.summary_nl, summary_en: r.summary_en, kind: r.kind,
    provider: r.provider_code ?? '', providerName: r.provider_name, startsOn: r.starts_on ?? '', endsOn: r.ends_on ?? '', place: r.place ?? '',
    online: r.online ? 'true' : '', dimension: r.dimension_code ?? '', levelFrom: r.level_from === null ? '' : String(r.level_from),
    levelTo: r.level_to === null ? '' : String(r.level_to), url: r.url ?? '', language: r.language, subsectors: r.subsectors, pillars: r.pillars.map(String),
  };
}

/** The learning opportunities: public list and detail, and the forms of the team and the providers' editors. */
export async function learningRoutes(app: FastifyInstance) {
  const catalog = app.readModels.catalog;
  const changed = () => catalog.touch('knowledge');

  const renderForm = async (request: FastifyRequest, reply: FastifyReply, user: CurrentUser, form: Form, errors: FieldError[], mode: 'create' | 'edit', id?: number, stale?: { currentVersion: number }) => {
    const { team, actors } = await actorChoices(app.db, catalog, user, request.lang);
    return sendPage(reply, <LearningFormPage ctx={viewContext(request)} catalog={catalog} form={form} errors={errors} mode={mode} id={id} stale={stale} actors={actors} team={team} />);
  };

  app.get('/learning', { schema: { querystring: learningListQuery } }, async (request, reply) => {
    request.authorize('knowledge.read');
    const query = request.query as LearningListQuery;
    return sendCachedPage(request, reply, async () => {
      const [page, providers] = await Promise.all([listLearning(app.db, query, brusselsDate()), learningProviders(app.db)]);
      return <LearningListPage ctx={viewContext(request)} catalog={catalog} page={page} query={query} providers={providers} canContribute={can(principalOf(request.user), 'knowledge.contribute')} />;
    }, LEARNING_AREAS);
  });

  app.get('/learning/new', async (request, reply) => {
    const user = request.authorize('knowledge.contribute')!;
    return renderForm(request, reply, user, { online: '', language: 'nl' }, [], 'create');
  });

  app.post('/learning', async (request, reply) => {
    const user = request.authorize('knowledge.contribute')!;
    const form = readForm(request.body, FIELDS, LISTS);
    try {
      const input = parsedOrThrow(check<CreateLearningInput>(createLearningBody, learningInput(form)));
      const id = await inTransaction(app.db, (tx) => createLearning(tx, user, input));
      changed();
      return reply.redirect(`/learning/${id}?saved=1`, 303);
    } catch (err) {
      const r = refusal(request, reply, err, form);
      return renderForm(request, reply, user, r.form, r.errors, 'create');
    }
  });

  const renderDetail = async (request: FastifyRequest, reply: FastifyReply, id: number, actionError?: string) => {
    const item = await getLearning(app.db, id);
    const canEdit = await mayEditFor(app.db, request.user, item.provider_actor_id);
    const saved = (request.query as { saved?: string } | undefined)?.saved;
    return sendPage(reply, <LearningDetailPage ctx={viewContext(request)} catalog={catalog} item={item} canEdit={canEdit} notice={saved ? 'knowledge.saved' : undefined} actionError={actionError} />);
  };

  app.get('/learning/:id', { schema: { params: idParams } }, async (request, reply) => {
    request.authorize('knowledge.read');
    return renderDetail(request, reply, (request.params as { id: number }).id);
  });

  app.get('/learning/:id/edit', { ...requires('knowledge.contribute'), schema: { params: idParams } }, async (request, reply) => {
    const user = request.authorize('knowledge.contribute')!;
    const item = await getLearning(app.db, (request.params as { id: number }).id);
    if (!await mayEditFor(app.db, user, item.provider_actor_id)) throw new AppError('KNOWLEDGE_NOT_EDITOR', 403, `You are not an editor of ${item.provider_code ?? 'this entry'}`);
    return renderForm(request, reply, user, learningForm(item), [], 'edit', item.id);
  });

  app.post('/learning/:id/edit', { ...requires('knowledge.contribute'), schema: { params: idParams } }, async (request, reply) => {
    const user = request.authorize('knowledge.contribute')!;
    const { id } = request.params as { id: number };
    const form = readForm(request.body, FIELDS, LISTS);
    try {
      const input = parsedOrThrow(check<UpdateLearningInput>(updateLearningBody, { version: integer(val(form, 'version')), ...learningInput(form) }));
      await inTransaction(app.db, (tx) => updateLearning(tx, user, id, input));
      changed();
      return reply.redirect(`/learning/${id}?saved=1`, 303);
    } catch (err) {
      const r = refusal(request, reply, err, form);
      return renderForm(request, reply, user, r.form, r.errors, 'edit', id, r.stale);
    }
  });

  app.post('/learning/:id/retire', { ...requires('knowledge.contribute'), schema: { params: idParams } }, async (request, reply) => {
    const user = request.authorize('knowledge.contribute')!;
    const { id } = request.params as { id: number };
    const version = Number(val(readForm(request.body, ['version']), 'version'));
    try {
      await inTransaction(app.db, (tx) => retireLearning(tx, user, id, version));
      changed();
      return reply.redirect('/learning', 303);
    } catch (err) {
      if (!(err instanceof AppError) || err.status !== 409) throw err;
      reply.code(409);
      return renderDetail(request, reply, id, request.t('knowledge.error.KNOWLEDGE_STALE'));
    }
  });
}
