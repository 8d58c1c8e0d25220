import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { principalOf } from '../../plugins/auth.js';
import { AppError, notFound } from '../../plugins/errors.js';
import { can } from '../../plugins/permissions.js';
import { viewContext } from '../../web/context.js';
import { h } from '../../web/jsx.js';
import { sendCachedJson, sendPage } from '../../web/page.js';
import { sendSharedCachedPage } from '../../web/shared-page.js';
import { problemResponses } from '../../web/openapi.js';
import { publishReport } from './commands/publish-report.js';
import { updateTemplate } from './commands/update-template.js';
import { requires } from './permissions.js';
import { DraftParts, draftSection, type KeptPlanParts } from './draft-parts.js';
import { gatherKpis, gatherReportData, type ReportData } from './report-data.js';
import { renderReportPdf } from './report-pdf.js';
import { loadTemplate, REPORT_SECTIONS, type ReportTemplate } from './template.js';
import { ReportListPage } from './views/list.js';
import { ReportPage, ReportSection, type ReportSectionName } from './views/report.js';
import { TemplateFormPage, type TemplateForm } from './views/template-form.js';

const yearParams = { type: 'object', required: ['year'], additionalProperties: false, properties: { year: { type: 'integer', minimum: 2000, maximum: 2100 } } } as const;
const versionParams = {
  type: 'object', required: ['year', 'version'], additionalProperties: false,
  // The version is a PostgreSQL integer: a larger number is refused here, not by the database as a 500.
  properties: { year: { type: 'integer', minimum: 2000, maximum: 2100 }, version: { type: 'integer', minimum: 1, maximum: 2147483647 } },
} as const;
const tags = ['reports'];

export async function reportingRoutes(app: FastifyInstance) {
  const db = app.db;

  async function publishedVersions(year?: number) {
    let q = db.selectFrom('published_reports').select(['year', 'version', 'published_at']).orderBy('year', 'desc').orderBy('version', 'desc');
    if (year !== undefined) q = q.where('year', '=', year);
    return (await q.execute()).map((r) => ({ year: r.year, version: r.version, publishedAt: r.published_at.toISOString() }));
  }
  async function snapshot(year: number, version: number): Promise<{ data: ReportData; template: ReportTemplate; publishedAt: string }> {
    const row = await db.selectFrom('published_reports').selectAll().where('year', '=', year).where('version', '=', version).executeTakeFirst();
    if (!row) throw notFound('report', `${year}/${version}`);
    const content = (typeof row.content === 'string' ? JSON.parse(row.content) : row.content) as { data: ReportData; template: ReportTemplate };
    return { ...content, publishedAt: row.published_at.toISOString() };
  }
  const pdfReply = (reply: FastifyReply, pdf: Buffer, name: string) =>
    reply.type('application/pdf').header('content-disposition', `inline; filename="${name}"`).send(pdf);

  app.get('/reports', async (request, reply) => {
    const principal = principalOf(request.user);
    const thisYear = new Date().getFullYear();
    return sendPage(reply, <ReportListPage ctx={viewContext(request)} published={await publishedVersions()}
      draftYears={can(principal, 'reports.viewDraft') ? [thisYear, thisYear - 1] : []} canEditTemplate={can(principal, 'reports.editTemplate')} />);
  });

  app.get('/api/reports', {
    schema: { tags, summary: 'Published annual reports (every version stays available at its own address)', response: { 200: { type: 'array', items: { type: 'object', properties: { year: { type: 'integer' }, version: { type: 'integer' }, publishedAt: { type: 'string' }, uri: { type: 'string' } } } } } },
  }, async () => (await publishedVersions()).map((r) => ({ ...r, uri: `${app.config.publicBase}/reports/${r.year}/v/${r.version}` })));

  // The template routes come first so that "template" is never read as a year.
  app.get('/reports/template', async (request, reply) => {
    request.authorize('reports.editTemplate');
    const current = await loadTemplate(db);
    return sendPage(reply, <TemplateFormPage ctx={viewContext(request)} form={formOf(current)} errors={[]} />);
  });

  app.post('/reports/template', async (request, reply) => {
    const user = request.authorize('reports.editTemplate')!;
    const body = (request.body ?? {}) as Record<string, unknown>;
    const form: TemplateForm = {
      version: String(body.version ?? '0'),
      positions: Object.fromEntries(REPORT_SECTIONS.map((s) => [s, typeof body[`pos_${s}`] === 'string' ? body[`pos_${s}`] as string : ''])),
      intro_nl: typeof body.intro_nl === 'string' ? body.intro_nl : '', intro_en: typeof body.intro_en === 'string' ? body.intro_en : '',
    };
    const sections = REPORT_SECTIONS.filter((s) => form.positions[s]).sort((a, b) => Number(form.positions[a]) - Number(form.positions[b]));
    try {
      const positions = sections.map((s) => form.positions[s]);
      if (new Set(positions).size !== positions.length) throw new AppError('VALIDATION_FAILED', 400, 'two sections share a position', [{ field: 'sections', message: 'two sections share a position', code: 'uniqueItems' }]);
      if (form.intro_nl.length > 4000 || form.intro_en.length > 4000) throw new AppError('VALIDATION_FAILED', 400, 'introduction too long', [{ field: form.intro_nl.length > 4000 ? 'intro_nl' : 'intro_en', message: 'is too long', code: 'maxLength' }]);
      const current = await loadTemplate(db);
      await db.transaction().execute((tx) => updateTemplate(tx, user.id, { version: Number(form.version), sections, intro: { nl: form.intro_nl, en: form.intro_en } }, current));
      return reply.redirect('/reports', 303);
    } catch (err) {
      if (!(err instanceof AppError) || err.status >= 500 || err.status === 401 || err.status === 403) throw err;
      reply.code(err.status);
      const stale = err.code === 'TEMPLATE_STALE';
      const current = await loadTemplate(db);
      return sendPage(reply, <TemplateFormPage ctx={viewContext(request)} form={stale ? { ...form, version: String(current.version) } : form} errors={err.fields} stale={stale} />);
    }
  });

  const draftParts = new DraftParts(db, app.readModels.catalog);

  /** A draft as it stands: the kept plan parts (draft-parts.ts) with the KPIs read now. */
  async function draft(request: FastifyRequest, year: number): Promise<{ data: ReportData; template: ReportTemplate; kept: KeptPlanParts }> {
    request.authorize('reports.viewDraft');
    const kept = await draftParts.get(year);
    const data: ReportData = { year, generatedAt: new Date().toISOString(), ...kept.parts, kpis: await gatherKpis(db, year) };
    return { data, template: await loadTemplate(db), kept };
  }

  // A draft reads the frame, the cycle, the KPIs and every KPI's measurements, the decisions and
  // the actors' names; a publication or a new template is a write that renews all of these.
  const DRAFT_DEPENDS = ['framework', 'actors', 'governance', 'cycle', 'monitoring'] as const;
  const DRAFT_TAGS = ['kpi:*'];

  app.get('/reports/:year', { ...requires('reports.viewDraft'), schema: { params: yearParams } }, async (request, reply) =>
    sendSharedCachedPage(request, reply, DRAFT_DEPENDS, DRAFT_TAGS, async (ctx) => {
      const { year } = request.params as { year: number };
      const { data, template, kept } = await draft(request, year);
      const versions = (await publishedVersions(year)).map((v) => ({ version: v.version, publishedAt: v.publishedAt }));
      const sectionHtml = (section: ReportSectionName) => draftSection(kept, ctx.lang, section, () => <ReportSection ctx={ctx} data={data} template={template} section={section} />);
      return <ReportPage ctx={ctx} data={data} template={template} sectionHtml={sectionHtml} meta={{
        status: 'draft', pdfHref: `/reports/${year}/pdf?lang=${request.lang}`, jsonHref: `/api/reports/${year}`,
        canPublish: can(principalOf(request.user), 'reports.publish'), versions,
      }} />;
    }));

  app.get('/api/reports/:year', {
    ...requires('reports.viewDraft'),
    schema: { tags, summary: 'The annual report of a year as it stands now (draft; transition team and steering committee)', params: yearParams, response: { 200: { type: 'object', additionalProperties: true }, ...problemResponses(400, 401, 403) } },
  }, async (request, reply) => {
    const { year } = request.params as { year: number };
    return sendCachedJson(request, reply, async () => (await draft(request, year)).data, DRAFT_DEPENDS, DRAFT_TAGS);
  });

  app.get('/reports/:year/pdf', { ...requires('reports.viewDraft'), schema: { params: yearParams } }, async (request, reply) => {
    const { year } = request.params as { year: number };
    const { data, template } = await draft(request, year);
    const pdf = await renderReportPdf(data, template, request.lang, request.t, { status: 'draft', address: `${app.config.publicBase}/reports/${year}` });
    return pdfReply(reply, pdf, `jaarverslag-${year}-ontwerp.pdf`);
  });

  app.post('/reports/:year/publish', { ...requires('reports.publish'), schema: { params: yearParams } }, async (request, reply) => {
    const user = request.authorize('reports.publish')!;
    const { year } = request.params as { year: number };
    const data = await gatherReportData(db, year);
    const template = await loadTemplate(db);
    const version = await db.transaction().execute((tx) => publishReport(tx, user.id, data, template));
    return reply.redirect(`/reports/${year}/v/${version}`, 303);
  });

  app.get('/reports/:year/v/:version', { schema: { params: versionParams } }, async (request, reply) => {
    const { year, version } = request.params as { year: number; version: number };
    const snap = await snapshot(year, version);
    const versions = (await publishedVersions(year)).map((v) => ({ version: v.version, publishedAt: v.publishedAt }));
    return sendPage(reply, <ReportPage ctx={viewContext(request)} data={snap.data} template={snap.template} meta={{
      status: 'published', version, publishedAt: snap.publishedAt, pdfHref: `/reports/${year}/v/${version}/pdf?lang=${request.lang}`,
      jsonHref: `/api/reports/${year}/v/${version}`, canPublish: false, versions,
    }} />);
  });

  app.get('/api/reports/:year/v/:version', {
    schema: { tags, summary: 'A published annual report: frozen, never changed by later data', params: versionParams, response: { 200: { type: 'object', additionalProperties: true }, ...problemResponses(400, 404) } },
  }, async (request) => {
    const { year, version } = request.params as { year: number; version: number };
    const snap = await snapshot(year, version);
    return { ...snap.data, version, publishedAt: snap.publishedAt, uri: `${app.config.publicBase}/reports/${year}/v/${version}` };
  });

  app.get('/reports/:year/v/:version/pdf', { schema: { params: versionParams } }, async (request, reply) => {
    const { year, version } = request.params as { year: number; version: number };
    const snap = await snapshot(year, version);
    const pdf = await renderReportPdf(snap.data, snap.template, request.lang, request.t, { status: 'published', address: `${app.config.publicBase}/reports/${year}/v/${version}` });
    return pdfReply(reply, pdf, `jaarverslag-${year}-v${version}.pdf`);
  });
}

function formOf(template: ReportTemplate): TemplateForm {
  return {
    version: String(template.version),
    positions: Object.fromEntries(REPORT_SECTIONS.map((s) => [s, template.sections.includes(s) ? String(template.sections.indexOf(s) + 1) : ''])),
    intro_nl: template.intro.nl, intro_en: template.intro.en,
  };
}
