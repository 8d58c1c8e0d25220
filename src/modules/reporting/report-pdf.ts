import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import type { Lang, Translate } from '../../plugins/i18n.js';
import { kpiChart, progressChart } from './charts.js';
import type { ReportData } from './report-data.js';
import type { ReportTemplate } from './template.js';
import { formatFigure, LOCALE } from '../../i18n/formats.js';

const pct = (n: number) => `${Math.round(n * 100)}%`;
const num = (n: number | null, lang: Lang) => (n === null ? '–' : formatFigure(lang, n));

/** The annual report as a PDF, made in Node with pdfkit; charts are ECharts rendered to SVG. */
export function renderReportPdf(data: ReportData, template: ReportTemplate, lang: Lang, t: Translate, meta: { status: string; address: string }): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4', margin: 50, lang: LOCALE[lang], displayTitle: true,
    info: { Title: t('report.title', { year: data.year }), Author: 'Transitieruimte', Subject: t('report.subject') },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  const width = doc.page.width - 100;
  const bottom = () => doc.page.height - 60;
  const ensure = (space: number) => { if (doc.y + space > bottom()) doc.addPage(); };
  const heading = (text: string) => { ensure(60); doc.moveDown(0.8).font('Helvetica-Bold').fontSize(15).fillColor('#1a1a1a').text(text); doc.moveDown(0.3).font('Helvetica').fontSize(10); };
  const para = (text: string) => { doc.font('Helvetica').fontSize(10).fillColor('#1a1a1a').text(text, { width }); doc.moveDown(0.4); };

  function table(headers: string[], rows: string[][], widths: number[]) {
    const x0 = doc.page.margins.left;
    const drawRow = (cells: string[], bold: boolean) => {
      doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(9);
      const heights = cells.map((c, i) => doc.heightOfString(c, { width: widths[i]! - 6 }));
      const h = Math.max(...heights) + 6;
      ensure(h + 4);
      const y = doc.y;
      let x = x0;
      cells.forEach((c, i) => { doc.text(c, x + 3, y + 3, { width: widths[i]! - 6 }); x += widths[i]!; });
      doc.moveTo(x0, y + h).lineTo(x0 + widths.reduce((a, b) => a + b, 0), y + h).lineWidth(bold ? 1 : 0.4).strokeColor(bold ? '#1a1a1a' : '#bfbfbf').stroke();
      doc.x = x0;
      doc.y = y + h;
    };
    drawRow(headers, true);
    for (const row of rows) drawRow(row, false);
    doc.moveDown(0.6);
  }
  function chart(svg: string | null, height: number) {
    if (!svg) return;
    ensure(height + 10);
    SVGtoPDF(doc, svg, doc.page.margins.left, doc.y, { width, height: height * (width / 640) });
    doc.y += height * (width / 640) + 10;
  }

  doc.rect(0, 0, doc.page.width, 8).fill('#ffe615');
  doc.fillColor('#1a1a1a').font('Helvetica-Bold').fontSize(22).text(t('report.title', { year: data.year }), 50, 50);
  doc.font('Helvetica').fontSize(10).fillColor('#4d4d4d')
    .text(`${t(`report.status.${meta.status}`)} · ${t('report.generatedAt', { date: data.generatedAt.slice(0, 10) })} · ${meta.address}`);
  doc.fillColor('#1a1a1a').moveDown(0.5);
  if (data.actionLines.some((l) => l.isDemo) || data.kpis.some((k) => k.isDemo)) para(t('report.demoNotice'));

  for (const section of template.sections) {
    if (section === 'intro') {
      const intro = template.intro[lang] || t('report.defaultIntro', { year: data.year });
      heading(t('report.section.intro'));
      para(intro);
    } else if (section === 'action_lines') {
      heading(t('report.section.action_lines'));
      if (!data.actionLines.length) { para(t('report.none')); continue; }
      chart(progressChart(data, lang, { progress: t('report.progress') }), Math.max(120, 40 + data.actionLines.length * 36));
      for (const line of data.actionLines) {
        ensure(40);
        doc.font('Helvetica-Bold').fontSize(11).text(`${line.code} · ${line.title[lang]} — ${pct(line.progress)}${line.atRisk ? ` · ${t(line.atRisk === 1 ? 'report.atRiskOne' : 'report.atRiskN', { n: line.atRisk })}` : ''}`);
        doc.moveDown(0.2);
        table([t('report.col.action'), t('report.col.status'), t('report.col.progress'), t('report.col.responsible'), t('report.col.budget')],
          line.actions.map((a) => [`${a.code} ${a.title[lang]}${a.atRisk ? ` (${t('report.atRisk')})` : ''}`, t(`report.actionStatus.${a.status}`), pct(a.progress), a.responsible ?? '–', `${num(a.budgetSpent, lang)} / ${num(a.budgetPlanned, lang)}`]),
          [190, 60, 55, 100, 90]);
      }
    } else if (section === 'milestones') {
      heading(t('report.section.milestones'));
      doc.font('Helvetica-Bold').fontSize(11).text(t('report.reached', { n: data.milestones.reached.length })); doc.moveDown(0.2);
      if (data.milestones.reached.length) table([t('report.col.action'), t('report.col.milestone'), t('report.col.due'), t('report.col.done')],
        data.milestones.reached.map((m) => [m.action, m.title[lang], m.due, `${m.done}${m.late ? ` (${t('report.late')})` : ''}`]), [70, 245, 90, 90]);
      doc.font('Helvetica-Bold').fontSize(11).text(t('report.missed', { n: data.milestones.missed.length })); doc.moveDown(0.2);
      if (data.milestones.missed.length) table([t('report.col.action'), t('report.col.milestone'), t('report.col.due')],
        data.milestones.missed.map((m) => [m.action, m.title[lang], m.due]), [70, 335, 90]);
    } else if (section === 'kpis') {
      heading(t('report.section.kpis'));
      if (!data.kpis.length) { para(t('report.none')); continue; }
      chart(kpiChart(data, lang, { value: t('report.col.value'), target: t('report.col.target'), baseline: t('report.col.baseline') }), 320);
      table([t('report.col.kpi'), t('report.col.baseline'), t('report.col.value'), t('report.col.target'), t('report.col.onTrack')],
        data.kpis.map((k) => [`${k.name[lang]} (${k.unit})`, num(k.baseline, lang), `${num(k.value, lang)}${k.period ? ` (${k.period})` : ''}`, num(k.target, lang),
          k.onTrack === null ? '–' : t(k.onTrack ? 'report.yes' : 'report.no')]), [200, 70, 90, 70, 65]);
    } else if (section === 'decisions') {
      heading(t('report.section.decisions'));
      if (!data.decisions.length) { para(t('report.none')); continue; }
      table([t('report.col.date'), t('report.col.body'), t('report.col.decision')],
        data.decisions.map((d) => [d.decidedOn ?? '–', d.body[lang], `${d.code} ${d.title[lang]}`]), [70, 120, 305]);
    }
  }
  doc.end();
  return done;
}
