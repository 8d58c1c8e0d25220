import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Instrument } from '../../catalog/types.js';
import { AppError, notFound } from '../../plugins/errors.js';
import { principalOf } from '../../plugins/auth.js';
import { can } from '../../plugins/permissions.js';
import { viewContext } from '../../web/context.js';
import { h } from '../../web/jsx.js';
import { sendCatalogPage, sendPage } from '../../web/page.js';
import { createInstrument } from './commands/create-instrument.js';
import { setInstrumentRetired } from './commands/retire-instrument.js';
import { updateInstrument } from './commands/update-instrument.js';
import { computeCoverage } from './coverage.js';
import { emptyForm, formFromBody, formFromInstrument, inputFromForm } from './form-mapping.js';
import { loadHistory } from '../../plugins/audit.js';
import { requires } from './permissions.js';
import { listDependency, listInstruments } from './queries.js';
import { codeParams, instrumentListQuery, type CreateInstrumentInput, type InstrumentListQuery, type UpdateInstrumentInput } from './schemas.js';
import { CoverageBody, CoveragePage } from './views/coverage.js';
import { InstrumentDetailPage } from './views/detail.js';
import { InstrumentFormPage, type InstrumentForm } from './views/form.js';
import { InstrumentListPage } from './views/list.js';

export async function instrumentRoutes(app: FastifyInstance) {
  const catalog = app.readModels.catalog;
  const byCode = (code: string) => {
    const instrument = catalog.instrumentByCode(code);
    if (!instrument) throw notFound('instrument', code);
    return instrument;
  };

  app.get('/instruments', { schema: { querystring: instrumentListQuery } }, async (request, reply) => {
    const query = request.query as InstrumentListQuery;
    const dependency = listDependency(catalog, query);
    // The page's actor filter lists the responsible actors: a change of responsible actor concerns it too.
    const concerns = (before: Instrument | undefined, after: Instrument) => dependency(before, after) || before?.responsibleActorId !== after.responsibleActorId;
    return sendCatalogPage(request, reply, ['framework', 'actors'], () => {
      const page = listInstruments(catalog, query, request.lang);
      return <InstrumentListPage ctx={viewContext(request)} catalog={catalog} page={page} query={query} />;
    }, concerns);
  });

  app.get('/coverage', async (request, reply) => {
    const { t, lang } = request;
    return sendCatalogPage(request, reply, ['framework', 'instruments'], () => {
      const body = catalog.memo(`coverage:html:${lang}`, () => <CoverageBody t={t} lang={lang} matrix={computeCoverage(catalog)} />, ['framework', 'instruments']);
      return <CoveragePage ctx={viewContext(request)} body={body} />;
    });
  });

  app.get('/instruments/new', async (request, reply) => {
    request.authorize('instruments.create');
    return sendPage(reply, <InstrumentFormPage ctx={viewContext(request)} catalog={catalog} form={emptyForm(catalog)} errors={[]} mode="create" />);
  });

  /** Renders the form again with what the user typed and why it was refused. */
  const refuse = (request: FastifyRequest, reply: FastifyReply, form: InstrumentForm, mode: 'create' | 'edit', err: unknown) => {
    if (!(err instanceof AppError) || err.status >= 500 || err.status === 401 || err.status === 403 || err.code === 'NOT_FOUND') throw err;
    reply.code(err.status);
    const stale = err.code === 'INSTRUMENT_STALE' ? { currentVersion: Number(err.extra.currentVersion) } : undefined;
    // After a conflict the form continues from the current version: saving again is a deliberate overwrite.
    const shown = stale ? { ...form, version: String(stale.currentVersion) } : form;
    const errors = err.fields.length ? err.fields : stale ? [] : [{ field: String(err.extra.field ?? 'code'), message: err.detail, code: err.code === 'INSTRUMENT_CODE_TAKEN' ? 'duplicate' : err.code }];
    return sendPage(reply, <InstrumentFormPage ctx={viewContext(request)} catalog={catalog} form={shown} errors={errors} mode={mode} stale={stale} />);
  };

  app.post('/instruments', async (request, reply) => {
    const user = request.authorize('instruments.create')!;
    const form = formFromBody(catalog, request.body);
    try {
      const parsed = inputFromForm(form, 'create');
      if (!parsed.ok) throw new AppError('VALIDATION_FAILED', 400, 'invalid', parsed.errors);
      const id = await app.db.transaction().execute((tx) => createInstrument(tx, user.id, parsed.input as CreateInstrumentInput));
      await catalog.refreshInstruments([id]);
      return reply.redirect(`/instruments/${form.code}?saved=created`, 303);
    } catch (err) {
      return refuse(request, reply, form, 'create', err);
    }
  });

  app.get('/instruments/:code', { schema: { params: codeParams } }, async (request, reply) => {
    const instrument = byCode((request.params as { code: string }).code);
    const history = can(principalOf(request.user), 'instruments.viewHistory') ? await loadHistory(app.db, 'instrument', instrument.code, 50) : null;
    const saved = (request.query as Record<string, unknown>).saved;
    const notice = typeof saved === 'string' && ['created', 'updated', 'retired', 'restored'].includes(saved) ? `instruments.saved.${saved}` : undefined;
    return sendPage(reply, <InstrumentDetailPage ctx={viewContext(request)} catalog={catalog} instrument={instrument} history={history} notice={notice} />);
  });

  app.get('/instruments/:code/edit', { ...requires('instruments.update'), schema: { params: codeParams } }, async (request, reply) => {
    request.authorize('instruments.update');
    const instrument = byCode((request.params as { code: string }).code);
    return sendPage(reply, <InstrumentFormPage ctx={viewContext(request)} catalog={catalog} form={formFromInstrument(catalog, instrument)} errors={[]} mode="edit" />);
  });

  app.post('/instruments/:code', { ...requires('instruments.update'), schema: { params: codeParams } }, async (request, reply) => {
    const user = request.authorize('instruments.update')!;
    const instrument = byCode((request.params as { code: string }).code);
    const form = { ...formFromBody(catalog, request.body), code: instrument.code };
    try {
      const parsed = inputFromForm(form, 'edit');
      if (!parsed.ok) throw new AppError('VALIDATION_FAILED', 400, 'invalid', parsed.errors);
      const id = await app.db.transaction().execute((tx) => updateInstrument(tx, user.id, instrument.code, parsed.input as UpdateInstrumentInput));
      await catalog.refreshInstruments([id]);
      return reply.redirect(`/instruments/${instrument.code}?saved=updated`, 303);
    } catch (err) {
      return refuse(request, reply, form, 'edit', err);
    }
  });

  for (const [verb, retired] of [['retire', true], ['restore', false]] as const) {
    app.post(`/instruments/:code/${verb}`, { ...requires('instruments.retire'), schema: { params: codeParams } }, async (request, reply) => {
      const user = request.authorize('instruments.retire')!;
      const instrument = byCode((request.params as { code: string }).code);
      const version = Number((request.body as Record<string, unknown>)?.version);
      const id = await app.db.transaction().execute((tx) => setInstrumentRetired(tx, user.id, instrument.code, version, retired));
      await catalog.refreshInstruments([id]);
      return reply.redirect(`/instruments/${instrument.code}?saved=${retired ? 'retired' : 'restored'}`, 303);
    });
  }
}
