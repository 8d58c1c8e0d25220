import PDFDocument from 'pdfkit';
import type { Lang } from '../../plugins/i18n.js';
import type { Paragraph } from './paragraph.js';
import { LOCALE } from '../../i18n/formats.js';

/** The digital paragraph as a PDF made in Node with pdfkit, in the page's language. */
export function paragraphPdf(p: Paragraph, lang: Lang, demoNotice: string): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4', margin: 56, lang: LOCALE[lang], displayTitle: true,
    info: { Title: p.title, Author: 'Transitieruimte' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  const width = doc.page.width - 112;
  const ensure = (space: number) => { if (doc.y + space > doc.page.height - 60) doc.addPage(); };
  const heading = (text: string, size: number) => { ensure(50); doc.moveDown(0.6).font('Helvetica-Bold').fontSize(size).fillColor('#1a1a1a').text(text, { width }); doc.moveDown(0.3); };
  const para = (text: string) => { doc.font('Helvetica').fontSize(10.5).fillColor('#1a1a1a').text(text, { width }); doc.moveDown(0.4); };
  const bullets = (items: string[]) => { doc.font('Helvetica').fontSize(10.5).fillColor('#1a1a1a').list(items, { width, bulletRadius: 2, textIndent: 12, bulletIndent: 4 }); doc.moveDown(0.5); };

  doc.rect(0, 0, doc.page.width, 8).fill('#ffe615');
  doc.fillColor('#1a1a1a').font('Helvetica-Bold').fontSize(20).text(p.title, 56, 56, { width });
  doc.moveDown(0.5);
  if (p.isDemo) para(demoNotice);
  para(p.intro);
  if (p.note.trim()) para(p.note.trim());
  heading(p.startTitle, 14);
  for (const s of p.start) {
    ensure(30);
    doc.font('Helvetica-Bold').fontSize(10.5).text(`${s.name}: `, { continued: true, width }).font('Helvetica').text(s.line, { width });
    doc.moveDown(0.3);
  }
  heading(p.prioritiesTitle, 14);
  p.priorities.forEach((s, i) => {
    ensure(30);
    doc.font('Helvetica-Bold').fontSize(10.5).text(`${i + 1}. ${s.name}: `, { continued: true, width }).font('Helvetica').text(s.reason, { width });
    doc.moveDown(0.3);
  });
  heading(p.stepsTitle, 14);
  for (const s of p.steps) { heading(s.heading, 11.5); bullets(s.items); }
  heading(p.followUpTitle, 14);
  for (const line of p.followUp) para(line);
  doc.end();
  return done;
}
