import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { principalOf } from '../../plugins/auth.js';
import { AppError, notFound } from '../../plugins/errors.js';
import { can } from '../../plugins/permissions.js';
import { viewContext } from '../../web/context.js';
import { h } from '../../web/jsx.js';
import { sendPage } from '../../web/page.js';
import { thisYear } from './api-routes.js';
import { createKpi } from './commands/create-kpi.js';
import { deleteMeasurement } from './commands/delete-measurement.js';
import { recordMeasurement } from './commands/record-measurement.js';
import { setKpiRetired } from './commands/retire-kpi.js';
import { updateKpi } from './commands/update-kpi.js';
import { LIMITS, PROVINCES, SUBSECTORS } from './constants.js';
import {
  emptyKpiForm, emptyMeasurementForm, kpiFormErrors, kpiFormFrom, kpiFormFromBody, kpiInputFromForm, measurementFormFromBody, measurementInputFromForm,
  type KpiForm, type MeasurementForm,
} from './form-mapping.js';
import { requires } from './permissions.js';
import {
  actionLineOptions, kpiByCode, kpiComparison, kpiSeries, latestTotals, listKpis, measurementsPage, summarise, summariseKpis, type KpiRecord,
} from './queries.js';
import { codeIdParams, codeParams, kpiListQuery, kpiPageQuery, type CreateKpiInput, type KpiListQuery, type KpiPageQuery, type UpdateKpiInput } from './schemas.js';
import { chartModel } from './views/chart.js';
import { KpiDetailPage } from './views/detail.js';
import { KpiFormPage } from './views/kpi-form.js';
import { KpiListPage } from './views/list.js';
import { MeasurementFormPage } from './views/measurement-form.js';
import { loadHistory } from '../../plugins/audit.js';

const SAVED = ['created', 'updated', 'retired', 'restored', 'measurement', 'deleted'];
const str = (v: unknown) => (typeof v === 'string' ? v : '');

export async function kpiRoutes(app: FastifyInstance) {
  const catalog = app.readModels.catalog;
  const byCode = async (code: string) => {
    const kpi = await kpiByCode(app.db, code);
    if (!kpi) throw notFound('kpi', code);
    return kpi;
  };
  const formCodes = (kpi: KpiRecord) => ({
    owner: kpi.ownerActorId !== null ? catalog.actors.get(kpi.ownerActorId)?.code ?? '' : '',
    instruments: kpi.instrumentIds.map((id) => catalog.instruments.get(id)?.code).filter((c): c is string => c !== undefined),
  });

  app.get('/kpis', { schema: { querystring: kpiListQuery } }, async (request, reply) => {
    request.authorize('monitoring.read');
    const query = request.query as KpiListQuery;
    const year = query.year ?? thisYear();
    const status = query.status ?? 'active';
    const items = await summariseKpis(app.db, await listKpis(app.db, status), year);
    return sendPage(reply, <KpiListPage ctx={viewContext(request)} catalog={catalog} items={items} year={year} thisYear={thisYear()} status={status} />);
  });

  const showKpiForm = async (request: FastifyRequest, reply: FastifyReply, form: KpiForm, mode: 'create' | 'edit', errors: AppError['fields'] = [], stale?: { currentVersion: number }) =>
    sendPage(reply, <KpiFormPage ctx={viewContext(request)} catalog={catalog} form={form} errors={errors} mode={mode} stale={stale}
      actionLines={await actionLineOptions(app.db)} thisYear={thisYear()} />);

  /** Renders the form again with what the user typed and why it was refused. */
  const refuseKpi = async (request: FastifyRequest, reply: FastifyReply, form: KpiForm, mode: 'create' | 'edit', err: unknown) => {
    if (!(err instanceof AppError) || err.status >= 500 || err.status === 401 || err.status === 403 || err.code === 'NOT_FOUND') throw err;
    reply.code(err.status);
    const stale = err.code === 'KPI_STALE' ? { currentVersion: Number(err.extra.currentVersion) } : undefined;
    // After a conflict the form continues from the current version: saving again is a deliberate overwrite.
    const shown = stale ? { ...form, version: String(stale.currentVersion) } : form;
    const errors = err.fields.length ? kpiFormErrors(err.fields, Object.keys(form.targets).map(Number))
      : stale ? [] : [{ field: String(err.extra.field ?? 'code'), message: err.detail, code: err.code === 'KPI_CODE_TAKEN' ? 'duplicate' : err.code }];
    return showKpiForm(request, reply, shown, mode, errors, stale);
  };

  app.get('/kpis/new', async (request, reply) => {
    request.authorize('monitoring.editKpis');
    return showKpiForm(request, reply, emptyKpiForm(), 'create');
  });

  app.post('/kpis', async (request, reply) => {
    const user = request.authorize('monitoring.editKpis')!;
    const form = kpiFormFromBody(request.body);
    try {
      const parsed = kpiInputFromForm(form, 'create');
      if (!parsed.ok) throw new AppError('VALIDATION_FAILED', 400, 'invalid', parsed.errors);
      await app.db.transaction().execute((tx) => createKpi(tx, user.id, parsed.input as CreateKpiInput));
      return reply.redirect(`/kpis/${form.code}?saved=created`, 303);
    } catch (err) {
      return refuseKpi(request, reply, form, 'create', err);
    }
  });

  app.get('/kpis/:code', { schema: { params: codeParams, querystring: kpiPageQuery } }, async (request, reply) => {
    request.authorize('monitoring.read');
    const kpi = await byCode((request.params as { code: string }).code);
    const query = request.query as KpiPageQuery & { saved?: unknown };
    const breakdown = { subsector: query.subsector ?? '', province: query.province ?? '' };
    const year = thisYear();
    const latest = await latestTotals(app.db, [kpi.id], `${year}-12-31`);
    const points = await kpiSeries(app.db, kpi.id, breakdown);
    const comparison = await kpiComparison(app.db, kpi.id);
    const measurements = await measurementsPage(app.db, kpi, breakdown, query.page ?? 1, LIMITS.measurementsPage);
    const { t } = request;
    const chart = chartModel({
      frequency: kpi.frequency, points, targets: breakdown.subsector || breakdown.province ? [] : kpi.targets,
      baseline: breakdown.subsector || breakdown.province ? null : kpi.baseline, unit: kpi.unit,
      labels: { measured: t('monitoring.measured'), target: t('monitoring.target'), baseline: t('monitoring.baseline') },
    });
    const history = can(principalOf(request.user), 'monitoring.viewHistory') ? await loadHistory(app.db, 'kpi', kpi.code, 50) : null;
    const saved = str(query.saved);
    return sendPage(reply, <KpiDetailPage ctx={viewContext(request)} catalog={catalog} kpi={kpi} summary={summarise(kpi, year, latest.get(kpi.id) ?? null)}
      chart={chart} comparison={comparison} breakdown={breakdown} measurements={measurements} history={history}
      notice={SAVED.includes(saved) ? `monitoring.saved.${saved}` : undefined} />);
  });

  app.get('/kpis/:code/edit', { ...requires('monitoring.editKpis'), schema: { params: codeParams } }, async (request, reply) => {
    request.authorize('monitoring.editKpis');
    const kpi = await byCode((request.params as { code: string }).code);
    return showKpiForm(request, reply, kpiFormFrom(kpi, formCodes(kpi)), 'edit');
  });

  app.post('/kpis/:code', { ...requires('monitoring.editKpis'), schema: { params: codeParams } }, async (request, reply) => {
    const user = request.authorize('monitoring.editKpis')!;
    const kpi = await byCode((request.params as { code: string }).code);
    const form = { ...kpiFormFromBody(request.body), code: kpi.code };
    try {
      const parsed = kpiInputFromForm(form, 'edit');
      if (!parsed.ok) throw new AppError('VALIDATION_FAILED', 400, 'invalid', parsed.errors);
      await app.db.transaction().execute((tx) => updateKpi(tx, user.id, kpi.code, parsed.input as UpdateKpiInput));
      return reply.redirect(`/kpis/${kpi.code}?saved=updated`, 303);
    } catch (err) {
      return refuseKpi(request, reply, form, 'edit', err);
    }
  });

  for (const [verb, retired] of [['retire', true], ['restore', false]] as const) {
    app.post(`/kpis/:code/${verb}`, { ...requires('monitoring.editKpis'), schema: { params: codeParams } }, async (request, reply) => {
      const user = request.authorize('monitoring.editKpis')!;
      const kpi = await byCode((request.params as { code: string }).code);
      const version = Number((request.body as Record<string, unknown>)?.version);
      await app.db.transaction().execute((tx) => setKpiRetired(tx, user.id, kpi.code, version, retired));
      return reply.redirect(`/kpis/${kpi.code}?saved=${retired ? 'retired' : 'restored'}`, 303);
    });
  }

  const showMeasurementForm = (request: FastifyRequest, reply: FastifyReply, kpi: KpiRecord, form: MeasurementForm, errors: AppError['fields'], replaces: boolean) =>
    sendPage(reply, <MeasurementFormPage ctx={viewContext(request)} catalog={catalog} kpi={kpi} form={form} errors={errors} replaces={replaces} />);

  app.get('/kpis/:code/measurements/new', { ...requires('monitoring.enterMeasurements'), schema: { params: codeParams } }, async (request, reply) => {
    request.authorize('monitoring.enterMeasurements');
    const kpi = await byCode((request.params as { code: string }).code);
    const q = request.query as Record<string, unknown>;
    const key = { period: str(q.period), subsector: str(q.subsector), province: str(q.province) };
    const form = emptyMeasurementForm();
    let replaces = false;
    // A link from the measurements table names an existing row: the form starts from its values.
    if (key.period && (!key.subsector || (SUBSECTORS as readonly string[]).includes(key.subsector)) && (!key.province || (PROVINCES as readonly string[]).includes(key.province))) {
      const existing = await app.db.selectFrom('measurements').selectAll().where('kpi_id', '=', kpi.id)
        .where('period', '=', key.period).where('subsector', '=', key.subsector).where('province', '=', key.province).executeTakeFirst();
      if (existing) {
        Object.assign(form, { period: existing.period, value: String(existing.value), subsector: existing.subsector, province: existing.province, source: existing.source, confidence: existing.confidence, note: existing.note });
        replaces = true;
      }
    }
    return showMeasurementForm(request, reply, kpi, form, [], replaces);
  });

  app.post('/kpis/:code/measurements', { ...requires('monitoring.enterMeasurements'), schema: { params: codeParams } }, async (request, reply) => {
    const user = request.authorize('monitoring.enterMeasurements')!;
    const kpi = await byCode((request.params as { code: string }).code);
    const form = measurementFormFromBody(request.body);
    try {
      const parsed = measurementInputFromForm(form, kpi.unit);
      if (!parsed.ok) throw new AppError('VALIDATION_FAILED', 400, 'invalid', parsed.errors);
      await app.db.transaction().execute((tx) => recordMeasurement(tx, user.id, kpi.code, parsed.input));
      return reply.redirect(`/kpis/${kpi.code}?saved=measurement#measurements`, 303);
    } catch (err) {
      if (!(err instanceof AppError) || err.status !== 400) throw err;
      reply.code(400);
      return showMeasurementForm(request, reply, kpi, form, err.fields, false);
    }
  });

  app.post('/kpis/:code/measurements/:id/delete', { ...requires('monitoring.enterMeasurements'), schema: { params: codeIdParams } }, async (request, reply) => {
    const user = request.authorize('monitoring.enterMeasurements')!;
    const { code, id } = request.params as { code: string; id: number };
    await app.db.transaction().execute((tx) => deleteMeasurement(tx, user.id, code, id));
    return reply.redirect(`/kpis/${code}?saved=deleted#measurements`, 303);
  });
}
