import PDFDocument from 'pdfkit';
import type { Lang } from '../../plugins/i18n.js';
import { LOCALE } from '../../i18n/formats.js';

/** The decision letter as a PDF made in Node with pdfkit: the letter text, as confirmed. */
export function letterPdf(title: string, letter: string, lang: Lang): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 64, lang: LOCALE[lang], displayTitle: true, info: { Title: title, Author: 'Transitieruimte' } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  const width = doc.page.width - 128;
  doc.rect(0, 0, doc.page.width, 8).fill('#ffe615');
  doc.fillColor('#1a1a1a').font('Helvetica-Bold').fontSize(16).text(title, 64, 64, { width });
  doc.moveDown(1);
  for (const block of letter.split(/\n\s*\n/)) {
    doc.font('Helvetica').fontSize(10.5).text(block.trim(), { width });
    doc.moveDown(0.6);
  }
  doc.end();
  return done;
}
