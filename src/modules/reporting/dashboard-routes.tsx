import type { FastifyInstance, FastifyRequest } from 'fastify';
import { invalid } from '../../plugins/errors.js';
import { viewContext } from '../../web/context.js';
import { h } from '../../web/jsx.js';
import { sendCachedJson, sendCachedPage } from '../../web/page.js';
import { BREAKDOWNS, gatherDashboard, toCsv, type DashboardQuery } from './dashboard-data.js';
import { DashboardPage } from './views/dashboard.js';
import { xlsxBuffer, XLSX_CONTENT_TYPE } from '../../xlsx/index.js';

const dashboardQuery = {
  type: 'object', additionalProperties: false,
  properties: {
    year: { type: 'integer', minimum: 2000, maximum: 2100 },
    kpi: { type: 'string', maxLength: 80 },
    breakdown: { type: 'string', enum: BREAKDOWNS, default: 'subsector' },
    lang: { type: 'string', enum: ['nl', 'en'] },
  },
} as const;

export async function dashboardRoutes(app: FastifyInstance) {
  const catalog = app.readModels.catalog;

  /** Filters live in the URL, so a view can be shared; a KPI that does not exist is named in a 400. */
  async function load(request: FastifyRequest) {
    const q = request.query as { year?: number; kpi?: string; breakdown: DashboardQuery['breakdown'] };
    const query: DashboardQuery = { year: q.year ?? new Date().getFullYear(), kpi: q.kpi, breakdown: q.breakdown ?? 'subsector' };
    const data = await gatherDashboard(app.db, query, app.readModels.responses);
    // The dashboard falls back to the first KPI; a KPI asked for by name must exist (checked against the cached list).
    if (q.kpi !== undefined && data.kpi?.code !== q.kpi) throw invalid([{ field: 'querystring.kpi', message: `KPI ${q.kpi} does not exist`, code: 'reference' }]);
    return { query, data };
  }
  const labelOf = (request: FastifyRequest) => (key: string) => {
    const subsector = catalog.subsectors.find((s) => s.code === key);
    if (subsector) return subsector.name[request.lang];
    const label = request.t(`dashboard.province.${key}`);
    return label === `dashboard.province.${key}` ? key : label;
  };

  // Measurements of one KPI change only the views of that KPI (or of the default, first KPI).
  const kpiTag = (request: FastifyRequest) => [`kpi:${(request.query as { kpi?: string }).kpi ?? '*'}`];
  const DEPENDS = ['framework', 'cycle', 'monitoring'] as const;

  app.get('/dashboard', { schema: { querystring: dashboardQuery } }, async (request, reply) => sendCachedPage(request, reply, async () => {
    const { query, data } = await load(request);
    const thisYear = new Date().getFullYear();
    const years = Array.from({ length: 8 }, (_, i) => thisYear + 1 - i);
    return <DashboardPage ctx={viewContext(request)} data={data} query={query} labelOf={labelOf(request)} years={years} />;
  }, DEPENDS, kpiTag(request)));

  app.get('/api/dashboard', {
    schema: {
      tags: ['reports'], summary: 'Dashboard data: progress and risks per action line, a KPI trend against baseline and targets, comparisons by subsector or province and over years',
      querystring: dashboardQuery, response: { 200: { type: 'object', additionalProperties: true } },
    },
  }, async (request, reply) => sendCachedJson(request, reply, async () => (await load(request)).data, DEPENDS, kpiTag(request)));

  app.get('/dashboard/:table', {
    schema: { querystring: dashboardQuery, params: { type: 'object', required: ['table'], properties: { table: { type: 'string', enum: DOWNLOADS } } } },
  }, async (request, reply) => {
    const { table } = request.params as { table: string };
    const { query, data } = await load(request);
    const label = labelOf(request);
    const [name, format] = table.split('.') as [string, 'csv' | 'xlsx'];
    const k = data.kpi;
    let file: DownloadTable;
    if (name === 'action-lines') {
      file = {
        base: `action-lines-${query.year}`, header: ['action_line', 'title_nl', 'title_en', 'progress', 'actions', 'at_risk', 'budget_planned', 'budget_spent'],
        rows: data.actionLines.map((l) => [l.code, l.title.nl, l.title.en, Math.round(l.progress * 1000) / 1000, l.actions, l.atRisk, l.budgetPlanned, l.budgetSpent]),
      };
    } else if (name === 'trend') {
      file = { base: `${k?.code ?? 'kpi'}-trend`, header: ['kpi', 'year', 'value', 'target', 'unit'], rows: (k?.trend ?? []).map((p) => [k!.code, p.year, p.value, p.target, k!.unit]) };
    } else {
      file = {
        base: `${k?.code ?? 'kpi'}-${query.breakdown}`, header: ['kpi', query.breakdown, 'label', 'year', 'value', 'unit'],
        rows: k ? k.matrix.keys.flatMap((key) => k.matrix.years.filter((y) => k.matrix.values[key]![y] !== undefined).map((y) => [k.code, key, label(key), y, k.matrix.values[key]![y]!, k.unit])) : [],
      };
    }
    const filename = `${file.base}.${format}`;
    reply.header('content-disposition', `attachment; filename="${filename}"`);
    if (format === 'csv') return reply.type('text/csv; charset=utf-8').send(toCsv(file.header, file.rows));
    // The same table as the CSV; numbers stay numbers, so the sheet can be charted and summed.
    return reply.type(XLSX_CONTENT_TYPE).send(await xlsxBuffer({ name: file.base, header: file.header, rows: file.rows }));
  });
}

/** Each table beside a chart, as CSV and as XLSX. */
const DOWNLOADS = ['action-lines', 'trend', 'comparison'].flatMap((name) => [`${name}.csv`, `${name}.xlsx`]);

interface DownloadTable { base: string; header: string[]; rows: Array<Array<string | number | null>> }
