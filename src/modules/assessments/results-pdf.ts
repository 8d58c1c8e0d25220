import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import type { Lang, Translate } from '../../plugins/i18n.js';
import type { ResultsData } from './results-data.js';
import { day, levelLabel, RULE_KEYS } from './views/parts.js';
import { RADAR_SIZE } from './chart.js';
import { LOCALE } from '../../i18n/formats.js';

/** The results page on paper, in the reader's language: the same chart (SVG) and table, then per dimension what comes next. */
export function renderResultsPdf(data: ResultsData, chartSvg: string, lang: Lang, t: Translate, meta: { title: string; address: string }): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4', margin: 50, lang: LOCALE[lang], displayTitle: true,
    info: { Title: meta.title, Author: 'Transitieruimte', Subject: t('assessments.results.pdfSubject') },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  const width = doc.page.width - 100;
  const ensure = (space: number) => { if (doc.y + space > doc.page.height - 60) doc.addPage(); };
  const heading = (text: string, size = 14) => { ensure(50); doc.moveDown(0.6).font('Helvetica-Bold').fontSize(size).fillColor('#1a1a1a').text(text, { width }); doc.moveDown(0.2).font('Helvetica').fontSize(10); };
  const para = (text: string, bold = false) => { doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(10).fillColor('#1a1a1a').text(text, { width }); doc.moveDown(0.3); };
  const level = (n: number | null | undefined) => levelLabel(lang, data.levels, n);
  const a = data.assessment;

  doc.rect(0, 0, doc.page.width, 8).fill('#ffe615');
  doc.fillColor('#1a1a1a').font('Helvetica-Bold').fontSize(20).text(meta.title, 50, 50, { width });
  doc.font('Helvetica').fontSize(10).fillColor('#4d4d4d')
    .text(`${t('assessments.results.submittedOn')} ${day(lang, a.submittedAt)} · ${t('assessments.modelVersion', { version: a.modelVersion })} · ${t('assessments.results.counted', { count: data.counted })} · ${meta.address}`, { width });
  doc.fillColor('#1a1a1a').moveDown(0.5);
  if (a.isDemo) para(t('assessments.results.demo'));

  const chartHeight = RADAR_SIZE.height * (width / RADAR_SIZE.width);
  ensure(chartHeight);
  SVGtoPDF(doc, chartSvg, 50, doc.y, { width, height: chartHeight });
  doc.y += chartHeight + 8;

  const headers = [t('assessments.col.dimension'), t('assessments.col.level'), t('assessments.col.target'), t('assessments.col.spread'), t('assessments.col.respondentCount'), t('assessments.col.agreement')];
  const widths = [115, 90, 95, 55, 70, 70];
  const rows = data.dimensions.map((d) => (d.result
    ? [d.name[lang], level(d.result.level), d.result.targetLevel === null ? t('assessments.results.noTarget') : level(d.result.targetLevel),
      d.result.minLevel === d.result.maxLevel ? String(d.result.minLevel) : `${d.result.minLevel}–${d.result.maxLevel}`, String(d.result.respondents), t(d.result.disagreement ? 'assessments.results.disagree' : 'assessments.results.agree')]
    : [d.name[lang], t('assessments.results.notAnswered'), '', '', '', '']));
  const drawRow = (cells: string[], bold: boolean) => {
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(9);
    const h = Math.max(...cells.map((c, i) => doc.heightOfString(c, { width: widths[i]! - 6 }))) + 6;
    ensure(h + 4);
    const y = doc.y;
    let x = 50;
    cells.forEach((c, i) => { doc.text(c, x + 3, y + 3, { width: widths[i]! - 6 }); x += widths[i]!; });
    doc.moveTo(50, y + h).lineTo(50 + widths.reduce((s, w) => s + w, 0), y + h).lineWidth(bold ? 1 : 0.4).strokeColor(bold ? '#1a1a1a' : '#bfbfbf').stroke();
    doc.x = 50;
    doc.y = y + h;
  };
  heading(t('assessments.results.tableCaption'), 12);
  drawRow(headers, true);
  for (const row of rows) drawRow(row, false);
  doc.moveDown(0.6);

  heading(t('assessments.results.perDimension'));
  for (const d of data.dimensions) {
    heading(d.name[lang], 12);
    if (!d.result) { para(t('assessments.results.notAnsweredLong')); continue; }
    para(`${t('assessments.results.levelNow', { level: level(d.result.level) })} ${d.meaning?.[lang] ?? ''}`);
    if (d.cappedBy.length) para(t('assessments.results.capped', { questions: d.cappedBy.map((q) => `${q.code} (${q.text[lang]})`).join('; ') }));
    if (d.next) {
      para(`${t('assessments.results.levelNext', { level: level(d.next.level) })} ${d.next.meaning?.[lang] ?? ''}`);
      for (const s of d.next.steps) para(`• ${s.text[lang]}`);
    } else para(t('assessments.results.top'));
    if (d.result.disagreement) para(t('assessments.results.disagreementCombined'));
  }

  heading(t('assessments.rules.title'));
  for (const key of RULE_KEYS) para(`• ${t(key)}`);
  doc.end();
  return done;
}
