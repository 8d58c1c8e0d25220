import type { Readable } from 'node:stream';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { notFound } from '../../plugins/errors.js';
import { sendCachedJson } from '../../web/page.js';
import { cursorArgs, nextProperty, pageOfRows, wantsCursor } from '../../web/cursor.js';
import { problemResponses } from '../../web/openapi.js';
import { XLSX_CONTENT_TYPE } from '../../xlsx/index.js';
import { createKpi } from './commands/create-kpi.js';
import { deleteMeasurement } from './commands/delete-measurement.js';
import { recordMeasurement } from './commands/record-measurement.js';
import { setKpiRetired } from './commands/retire-kpi.js';
import { updateKpi } from './commands/update-kpi.js';
import { CSV_COLUMNS } from './constants.js';
import { measurementsCsv, measurementsXlsx } from './export.js';
import { presentKpi } from './presenters.js';
import {
  kpiByCode, kpiById, kpiComparison, kpiSeries, listKpis, measurementById, measurementCount, measurementsAfter, measurementsPage, summarise, summariseKpis, latestTotals,
  type KpiRecord,
} from './queries.js';
import {
  breakdownQuery, codeIdParams, codeParams, comparisonSchema, createKpiBody, kpiListQuery, kpiSchema, measurementBody, measurementListQuery,
  measurementSchema, retireKpiBody, seriesSchema, updateKpiBody,
  type BreakdownQuery, type CreateKpiInput, type KpiListQuery, type MeasurementInput, type MeasurementListQuery, type RetireKpiInput, type UpdateKpiInput,
} from './schemas.js';
import { requires } from './permissions.js';
import { loadHistory } from '../../plugins/audit.js';

const tags = ['monitoring'];
export const thisYear = () => new Date().getUTCFullYear();

export function sendCsv(reply: FastifyReply, filename: string, body: string) {
  return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${filename}"`).send(body);
}

export function sendXlsx(reply: FastifyReply, filename: string, body: Readable | Buffer) {
  return reply.type(XLSX_CONTENT_TYPE).header('content-disposition', `attachment; filename="${filename}"`).send(body);
}

const csvColumns = CSV_COLUMNS.join(',');
const xlsxResponse = {
  description: `An XLSX workbook with one sheet: the header row ${csvColumns}, then the rows of the CSV; the value as a number, everything else as text`,
  content: { [XLSX_CONTENT_TYPE]: { schema: { type: 'string', format: 'binary' } } },
};

export async function kpiApiRoutes(app: FastifyInstance) {
  const catalog = app.readModels.catalog;
  const byCode = async (code: string) => {
    const kpi = await kpiByCode(app.db, code);
    if (!kpi) throw notFound('kpi', code);
    return kpi;
  };
  const present = async (kpi: KpiRecord, year = thisYear()) => {
    const latest = (await latestTotals(app.db, [kpi.id], `${year}-12-31`)).get(kpi.id) ?? null;
    return presentKpi(catalog, kpi, app.config.publicBase, summarise(kpi, year, latest), await measurementCount(app.db, kpi.id));
  };

  app.get('/api/kpis', {
    schema: {
      tags, summary: 'List KPIs, each with its latest value, baseline and the target of the year, and whether it is on track',
      querystring: kpiListQuery,
      response: { 200: { type: 'object', properties: { year: { type: 'integer' }, items: { type: 'array', items: kpiSchema } } }, ...problemResponses(400) },
    },
  }, async (request) => {
    request.authorize('monitoring.read');
    const query = request.query as KpiListQuery;
    const year = query.year ?? thisYear();
    const items = await summariseKpis(app.db, await listKpis(app.db, query.status ?? 'active'), year);
    return { year, items: items.map((s) => presentKpi(catalog, s.kpi, app.config.publicBase, s)) };
  });

  app.get('/api/kpis/:code', {
    schema: {
      tags, summary: 'One KPI: definition, baseline, targets, links and where it stands this year', params: codeParams,
      querystring: { type: 'object', additionalProperties: false, properties: { year: kpiListQuery.properties.year, lang: kpiListQuery.properties.lang } },
      response: { 200: kpiSchema, ...problemResponses(400, 404) },
    },
  }, async (request) => {
    request.authorize('monitoring.read');
    const kpi = await byCode((request.params as { code: string }).code);
    return present(kpi, (request.query as { year?: number }).year);
  });

  app.get('/api/kpis/:code/history', {
    schema: {
      tags, summary: 'Change history of a KPI (transition team)', params: codeParams,
      response: { 200: { type: 'array', items: { type: 'object', additionalProperties: true } }, ...problemResponses(401, 403, 404) },
    },
  }, async (request) => {
    request.authorize('monitoring.viewHistory');
    const kpi = await byCode((request.params as { code: string }).code);
    return loadHistory(app.db, 'kpi', kpi.code, 50);
  });

  app.post('/api/kpis', {
    ...requires('monitoring.editKpis'),
    schema: { tags, summary: 'Define a KPI', body: createKpiBody, response: { 201: kpiSchema, ...problemResponses(400, 401, 403, 409) } },
  }, async (request, reply) => {
    const user = request.authorize('monitoring.editKpis')!;
    const input = request.body as CreateKpiInput;
    const id = await app.db.transaction().execute((tx) => createKpi(tx, user.id, input));
    return reply.code(201).header('location', `/api/kpis/${input.code}`).send(await present((await kpiById(app.db, id))!));
  });

  app.put('/api/kpis/:code', {
    ...requires('monitoring.editKpis'),
    schema: {
      tags, summary: 'Edit a KPI (send the version you started from)', params: codeParams, body: updateKpiBody,
      response: { 200: kpiSchema, ...problemResponses(400, 401, 403, 404, 409) },
    },
  }, async (request) => {
    const user = request.authorize('monitoring.editKpis')!;
    const { code } = request.params as { code: string };
    const id = await app.db.transaction().execute((tx) => updateKpi(tx, user.id, code, request.body as UpdateKpiInput));
    return present((await kpiById(app.db, id))!);
  });

  for (const [verb, retired] of [['retire', true], ['restore', false]] as const) {
    app.post(`/api/kpis/:code/${verb}`, {
      ...requires('monitoring.editKpis'),
      schema: {
        tags, summary: retired ? 'Retire a KPI (kept with its measurements)' : 'Restore a retired KPI',
        params: codeParams, body: retireKpiBody, response: { 200: kpiSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    }, async (request) => {
      const user = request.authorize('monitoring.editKpis')!;
      const { code } = request.params as { code: string };
      const { version } = request.body as RetireKpiInput;
      const id = await app.db.transaction().execute((tx) => setKpiRetired(tx, user.id, code, version, retired));
      return present((await kpiById(app.db, id))!);
    });
  }

  app.get('/api/kpis/:code/series', {
    schema: {
      tags, summary: 'The measurements of a KPI over time for one breakdown (default: the total)', params: codeParams, querystring: breakdownQuery,
      response: { 200: seriesSchema, ...problemResponses(400, 404) },
    },
  }, async (request, reply) => {
    request.authorize('monitoring.read');
    const code = (request.params as { code: string }).code;
    return sendCachedJson(request, reply, async () => {
      const kpi = await byCode(code);
      const { subsector = '', province = '' } = request.query as BreakdownQuery;
      return { kpi: kpi.code, unit: kpi.unit, subsector, province, baseline: kpi.baseline, targets: kpi.targets, points: await kpiSeries(app.db, kpi.id, { subsector, province }) };
    }, ['monitoring'], [`kpi:${code}`]);
  });

  app.get('/api/kpis/:code/comparison', {
    schema: {
      tags, summary: 'A KPI compared across subsectors and provinces, year by year', params: codeParams,
      querystring: { type: 'object', additionalProperties: false, properties: { lang: kpiListQuery.properties.lang } },
      response: { 200: comparisonSchema, ...problemResponses(400, 404) },
    },
  }, async (request, reply) => {
    request.authorize('monitoring.read');
    const code = (request.params as { code: string }).code;
    return sendCachedJson(request, reply, async () => {
      const kpi = await byCode(code);
      return { kpi: kpi.code, ...(await kpiComparison(app.db, kpi.id)) };
    }, ['monitoring'], [`kpi:${code}`]);
  });

  app.get('/api/kpis/:code/measurements', {
    schema: {
      tags, summary: 'The measurements of a KPI, newest first (default: the totals; all=true for every breakdown)', params: codeParams,
      querystring: measurementListQuery,
      response: {
        200: { type: 'object', properties: { items: { type: 'array', items: measurementSchema }, total: { type: 'integer' }, page: { type: 'integer' }, pageSize: { type: 'integer' }, pages: { type: 'integer' }, next: nextProperty } },
        ...problemResponses(400, 404),
      },
    },
  }, async (request, reply) => {
    request.authorize('monitoring.read');
    const kpi = await byCode((request.params as { code: string }).code);
    const q = request.query as MeasurementListQuery;
    if (wantsCursor(q)) {
      // Cursor mode: measurements in the order they were first recorded, one page after the cursor.
      const { after, limit } = cursorArgs(q, 'number');
      const { rows, total } = await measurementsAfter(app.db, kpi, q, after, limit);
      const page = pageOfRows(request, reply, rows, limit, (r) => r.id);
      return { items: page.items.map((r) => r.measurement), total, next: page.next };
    }
    return measurementsPage(app.db, kpi, q, q.page ?? 1, q.pageSize ?? 50);
  });

  app.get('/api/kpis/:code/measurements.csv', {
    schema: {
      tags, summary: 'Every measurement of a KPI as CSV, in the format the import reads (RFC 4180, UTF-8)', params: codeParams,
      produces: ['text/csv'],
      response: { 200: { description: 'CSV with the header kpi,period,value,unit,subsector,province,source,confidence,note', content: { 'text/csv': { schema: { type: 'string' } } } }, ...problemResponses(404) },
    },
  }, async (request, reply) => {
    request.authorize('monitoring.read');
    const kpi = await byCode((request.params as { code: string }).code);
    return sendCsv(reply, `kpi-${kpi.code}.csv`, await measurementsCsv(app.db, kpi.id));
  });

  app.get('/api/measurements.csv', {
    schema: {
      tags, summary: 'Every measurement of every KPI as CSV, in the format the import reads',
      produces: ['text/csv'],
      response: { 200: { description: 'CSV with the header kpi,period,value,unit,subsector,province,source,confidence,note', content: { 'text/csv': { schema: { type: 'string' } } } } },
    },
  }, async (request, reply) => {
    request.authorize('monitoring.read');
    return sendCsv(reply, 'kpi-measurements.csv', await measurementsCsv(app.db, null));
  });

  app.get('/api/kpis/:code/measurements.xlsx', {
    schema: {
      tags, summary: 'Every measurement of a KPI as XLSX: the same columns and rows as the CSV, in a format the import reads', params: codeParams,
      produces: [XLSX_CONTENT_TYPE],
      response: { 200: xlsxResponse, ...problemResponses(404) },
    },
  }, async (request, reply) => {
    request.authorize('monitoring.read');
    const kpi = await byCode((request.params as { code: string }).code);
    return sendXlsx(reply, `kpi-${kpi.code}.xlsx`, measurementsXlsx(app.db, kpi.id));
  });

  app.get('/api/measurements.xlsx', {
    schema: {
      tags, summary: 'Every measurement of every KPI as XLSX, in a format the import reads',
      produces: [XLSX_CONTENT_TYPE],
      response: { 200: xlsxResponse },
    },
  }, async (request, reply) => {
    request.authorize('monitoring.read');
    return sendXlsx(reply, 'kpi-measurements.xlsx', measurementsXlsx(app.db, null));
  });

  app.post('/api/kpis/:code/measurements', {
    ...requires('monitoring.enterMeasurements'),
    schema: {
      tags, summary: 'Enter one measurement; the same KPI, period, subsector and province again replaces it',
      params: codeParams, body: measurementBody,
      response: { 200: measurementSchema, 201: measurementSchema, ...problemResponses(400, 401, 403, 404) },
    },
  }, async (request, reply) => {
    const user = request.authorize('monitoring.enterMeasurements')!;
    const { code } = request.params as { code: string };
    const input = request.body as MeasurementInput;
    const { id, created } = await app.db.transaction().execute((tx) => recordMeasurement(tx, user.id, code, input));
    const kpi = (await kpiByCode(app.db, code))!;
    return reply.code(created ? 201 : 200).send(await measurementById(app.db, kpi, id));
  });

  app.delete('/api/kpis/:code/measurements/:id', {
    ...requires('monitoring.enterMeasurements'),
    schema: { tags, summary: 'Delete one measurement', params: codeIdParams, response: { 204: { type: 'null', description: 'Deleted' }, ...problemResponses(400, 401, 403, 404) } },
  }, async (request, reply) => {
    const user = request.authorize('monitoring.enterMeasurements')!;
    const { code, id } = request.params as { code: string; id: number };
    await app.db.transaction().execute((tx) => deleteMeasurement(tx, user.id, code, id));
    return reply.code(204).send();
  });
}
