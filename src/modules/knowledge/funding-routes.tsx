import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { CurrentUser } from '../../plugins/auth.js';
import { principalOf } from '../../plugins/auth.js';
import { AppError, type FieldError } from '../../plugins/errors.js';
import { can } from '../../plugins/permissions.js';
import { viewContext } from '../../web/context.js';
import { brusselsDate } from '../../web/dates.js';
import { h } from '../../web/jsx.js';
import { sendCachedPage, sendPage } from '../../web/page.js';
import { mayEditFor } from './access.js';
import { createFunding, retireFunding, updateFunding } from './commands/save-funding.js';
import { actorChoices } from './form-options.js';
import { bi, bilingualFields, check, integer, list, orNull, parsedOrThrow, readForm, refusal, val, type Form } from './form-mapping.js';
import { FUNDING_AREAS } from './funding-api-routes.js';
import { getFunding, linkableLines, listFunding, type FundingRow } from './funding-queries.js';
import { createFundingBody, fundingListQuery, updateFundingBody, type CreateFundingInput, type FundingListQuery, type UpdateFundingInput } from './funding-schemas.js';
import { requires } from './permissions.js';
import { codeParams } from './schema-parts.js';
import { inTransaction } from './transaction.js';
import { FundingDetailPage } from './views/funding-detail.js';
import { FundingFormPage } from './views/funding-form.js';
import { FundingListPage } from './views/funding-list.js';

const FIELDS = ['version', 'code', 'kind', 'programme', 'provider', 'providerName', 'opensOn', 'deadlineOn', 'budgetNote', 'url', ...bilingualFields('title', 'summary')];
const LISTS = ['subsectors', 'dimensions', 'pillars', 'actionLines'];

function fundingInput(form: Form) {
  return {
    kind: val(form, 'kind'), programme: val(form, 'programme'), title: bi(form, 'title'), summary: bi(form, 'summary'),
    provider: orNull(val(form, 'provider')), providerName: val(form, 'providerName').trim(), url: orNull(val(form, 'url')),
    opensOn: orNull(val(form, 'opensOn')), deadlineOn: orNull(val(form, 'deadlineOn')), budgetNote: val(form, 'budgetNote').trim(),
    subsectors: list(form, 'subsectors'), dimensions: list(form, 'dimensions'), pillars: list(form, 'pillars').map((p) => integer(p)),
    actionLines: list(form, 'actionLines'),
  };
}

function fundingForm(r: FundingRow): Form {
  return {
    version: String(r.version), kind: r.kind, programme: r.programme, title_nl: r.title_nl, title_en: r.title_en, summary_nl: r.summary_nl, summary_en: r.summary_en,
    provider: r.provider_code ?? '', providerName: r.provider_name, url: r.url ?? '', opensOn: r.opens_on ?? '', deadlineOn: r.deadline_on ?? '',
    budgetNote: r.budget_note, subsectors: r.subsectors, dimensions: r.dimension_codes, pillars: r.pillars.map(String), actionLines: r.lines.map((l) => l.code),
  };
}

/** Funding and network opportunities: public list and detail, and the forms of the team and the providers' editors. */
export async function fundingRoutes(app: FastifyInstance) {
  const catalog = app.readModels.catalog;
  const changed = () => catalog.touch('knowledge');

  const renderForm = async (request: FastifyRequest, reply: FastifyReply, user: CurrentUser, form: Form, errors: FieldError[], mode: 'create' | 'edit', code?: string, stale?: { currentVersion: number }) => {
    const [{ team, actors }, lines] = await Promise.all([actorChoices(app.db, catalog, user, request.lang), linkableLines(app.db)]);
    return sendPage(reply, <FundingFormPage ctx={viewContext(request)} catalog={catalog} form={form} errors={errors} mode={mode} code={code} stale={stale} actors={actors} team={team} lines={lines} />);
  };

  app.get('/funding', { schema: { querystring: fundingListQuery } }, async (request, reply) => {
    request.authorize('knowledge.read');
    const query = request.query as FundingListQuery;
    return sendCachedPage(request, reply, async () => {
      const [page, lines] = await Promise.all([listFunding(app.db, query, brusselsDate()), linkableLines(app.db)]);
      return <FundingListPage ctx={viewContext(request)} catalog={catalog} page={page} query={query} lines={lines} canContribute={can(principalOf(request.user), 'knowledge.contribute')} />;
    }, FUNDING_AREAS);
  });

  app.get('/funding/new', async (request, reply) => {
    const user = request.authorize('knowledge.contribute')!;
    return renderForm(request, reply, user, {}, [], 'create');
  });

  app.post('/funding', async (request, reply) => {
    const user = request.authorize('knowledge.contribute')!;
    const form = readForm(request.body, FIELDS, LISTS);
    try {
      const input = parsedOrThrow(check<CreateFundingInput>(createFundingBody, { code: val(form, 'code').trim(), ...fundingInput(form) }));
      const code = await inTransaction(app.db, (tx) => createFunding(tx, user, input));
      changed();
      return reply.redirect(`/funding/${code}?saved=1`, 303);
    } catch (err) {
      const r = refusal(request, reply, err, form);
      return renderForm(request, reply, user, r.form, r.errors, 'create');
    }
  });

  const renderDetail = async (request: FastifyRequest, reply: FastifyReply, code: string, actionError?: string) => {
    const item = await getFunding(app.db, code);
    const canEdit = await mayEditFor(app.db, request.user, item.provider_actor_id);
    const saved = (request.query as { saved?: string } | undefined)?.saved;
    return sendPage(reply, <FundingDetailPage ctx={viewContext(request)} catalog={catalog} item={item} canEdit={canEdit} notice={saved ? 'knowledge.saved' : undefined} actionError={actionError} />);
  };

  app.get('/funding/:code', { schema: { params: codeParams } }, async (request, reply) => {
    request.authorize('knowledge.read');
    return renderDetail(request, reply, (request.params as { code: string }).code);
  });

  app.get('/funding/:code/edit', { ...requires('knowledge.contribute'), schema: { params: codeParams } }, async (request, reply) => {
    const user = request.authorize('knowledge.contribute')!;
    const item = await getFunding(app.db, (request.params as { code: string }).code);
    if (!await mayEditFor(app.db, user, item.provider_actor_id)) throw new AppError('KNOWLEDGE_NOT_EDITOR', 403, `You are not an editor of ${item.provider_code ?? 'this entry'}`);
    return renderForm(request, reply, user, fundingForm(item), [], 'edit', item.code);
  });

  app.post('/funding/:code/edit', { ...requires('knowledge.contribute'), schema: { params: codeParams } }, async (request, reply) => {
    const user = request.authorize('knowledge.contribute')!;
    const { code } = request.params as { code: string };
    const form = readForm(request.body, FIELDS, LISTS);
    try {
      const input = parsedOrThrow(check<UpdateFundingInput>(updateFundingBody, { version: integer(val(form, 'version')), ...fundingInput(form) }));
      await inTransaction(app.db, (tx) => updateFunding(tx, user, code, input));
      changed();
      return reply.redirect(`/funding/${code}?saved=1`, 303);
    } catch (err) {
      const r = refusal(request, reply, err, form);
      return renderForm(request, reply, user, r.form, r.errors, 'edit', code, r.stale);
    }
  });

  app.post('/funding/:code/retire', { ...requires('knowledge.contribute'), schema: { params: codeParams } }, async (request, reply) => {
    const user = request.authorize('knowledge.contribute')!;
    const { code } = request.params as { code: string };
    const version = Number(val(readForm(request.body, ['version']), 'version'));
    try {
      await inTransaction(app.db, (tx) => retireFunding(tx, user, code, version));
      changed();
      return reply.redirect('/funding', 303);
    } catch (err) {
      if (!(err instanceof AppError) || err.status !== 409) throw err;
      reply.code(409);
      return renderDetail(request, reply, code, request.t('knowledge.error.KNOWLEDGE_STALE'));
    }
  });
}
