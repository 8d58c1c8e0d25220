import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Lang, Translate } from '../../plugins/i18n.js';
import { viewContext } from '../../web/context.js';
import { h } from '../../web/jsx.js';
import { sendSharedPage } from '../../web/shared-page.js';
import { radarSvg } from './chart.js';
import { submittedResults } from './frozen-results.js';
import { rightsKey, type Rights } from './guard.js';
import type { ResultsData } from './results-data.js';
import { renderResultsPdf } from './results-pdf.js';
import { idParams, type IdParams } from './schemas.js';
import { assessmentTitle } from './views/overview.js';
import { ResultsPage } from './views/results.js';
import { requires } from './permissions.js';

/** The chart of a result, in one language (the same picture on the page and in the PDF). */
export function resultsChart(data: ResultsData, lang: Lang, t: Translate): string {
  return radarSvg(data.dimensions.map((d) => ({ name: d.name[lang], level: d.result?.level ?? null, target: d.result?.targetLevel ?? null })),
    { current: t('assessments.results.seriesCurrent'), target: t('assessments.results.seriesTarget') });
}

const csvField = (v: string | number | boolean | null) => {
  const s = v === null ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** RFC 4180, one row per dimension; codes and numbers for machines, names in both languages for people. */
export function resultsCsv(data: ResultsData): string {
  const header = ['dimension', 'name_nl', 'name_en', 'level', 'level_name_nl', 'level_name_en', 'target_level', 'min_level', 'max_level', 'respondents', 'disagreement'];
  const name = (n: number | null | undefined, lang: Lang) => (n === null || n === undefined ? null : data.levels.find((l) => l.level === n)?.name[lang] ?? null);
  const rows = data.dimensions.map((d) => [
    d.code, d.name.nl, d.name.en, d.result?.level ?? null, name(d.result?.level, 'nl'), name(d.result?.level, 'en'), d.result?.targetLevel ?? null,
    d.result?.minLevel ?? null, d.result?.maxLevel ?? null, d.result?.respondents ?? 0, d.result ? d.result.disagreement : null,
  ]);
  return [header, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** A submitted assessment's results for the current account (frozen-results.ts keeps them). */
export function resultsFor(request: FastifyRequest, id: number): Promise<ResultsData & { rights: Rights; version: string }> {
  return submittedResults(request, id);
}

export async function resultsRoutes(app: FastifyInstance) {
  app.get('/assessments/:id/results', { ...requires('assessments.view'), schema: { params: idParams } }, async (request, reply) => {
    const data = await resultsFor(request, (request.params as IdParams).id);
    // The same for everyone with the same rights: kept per version of what it shows (frozen-results.ts).
    return sendSharedPage(request, reply, `results:${data.assessment.id}:${data.version}:${rightsKey(data.rights)}`,
      (ctx) => <ResultsPage ctx={ctx} data={data} rights={data.rights} chartSvg={resultsChart(data, request.lang, request.t)} />);
  });

  app.get('/assessments/:id/results.csv', { ...requires('assessments.view'), schema: { params: idParams } }, async (request, reply) => {
    const { id } = request.params as IdParams;
    const data = await resultsFor(request, id);
    return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="assessment-${id}-results.csv"`).send(resultsCsv(data));
  });

  app.get('/assessments/:id/results.pdf', { ...requires('assessments.view'), schema: { params: idParams } }, async (request, reply) => {
    const { id } = request.params as IdParams;
    const data = await resultsFor(request, id);
    const ctx = viewContext(request);
    const title = request.t('assessments.results.title', { assessment: assessmentTitle(ctx, data.assessment) });
    const pdf = await renderResultsPdf(data, resultsChart(data, request.lang, request.t), request.lang, request.t, { title, address: `${app.config.publicBase}/assessments/${id}/results` });
    return reply.type('application/pdf').header('content-disposition', `inline; filename="assessment-${id}-results.pdf"`).send(pdf);
  });
}
