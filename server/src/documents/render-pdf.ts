import PDFDocument from 'pdfkit';
import type { ShineTheLightLetter } from './shine-the-light.letter';

/**
 * The letter as a text-selectable PDF (standard fonts, no images) with "Page i of n"
 * footers. The document's dates are pinned to `issuedAt`, so the same report
 * renders to the same bytes whenever it is produced again.
 */
export function renderLetterPdf(letter: ShineTheLightLetter, issuedAt: Date): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'LETTER',
    margins: { top: 64, bottom: 72, left: 64, right: 64 },
    bufferPages: true,
    info: { Title: letter.title, Author: letter.business, Subject: 'Civ. Code §1798.83', CreationDate: issuedAt, ModDate: issuedAt },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  doc.font('Helvetica-Bold').fontSize(11).text(letter.business);
  doc.font('Helvetica').fontSize(9);
  for (const line of letter.contactLines) doc.text(line);
  doc.moveDown(1.2);
  doc.font('Helvetica-Bold').fontSize(15).text(letter.title);
  doc.moveDown(0.5).font('Helvetica').fontSize(10.5);
  if (letter.addressee) doc.text(`To: ${letter.addressee}`);
  doc.text(`Period: ${letter.period}`);
  for (const notice of letter.notices) doc.moveDown(0.4).font('Helvetica-Bold').text(`Notice: ${notice}`).font('Helvetica');
  doc.moveDown(0.6).text(letter.intro);
  if (letter.categories.length) {
    doc.moveDown(0.8).font('Helvetica-Bold').fontSize(12).text('Categories of personal information (Civ. Code §1798.83(e)(6)(A))');
    doc.font('Helvetica').fontSize(10.5).list(letter.categories, { bulletRadius: 1.5 });
  }
  if (letter.thirdParties.length) {
    doc.moveDown(0.8).font('Helvetica-Bold').fontSize(12).text('Third parties that received personal information');
    for (const t of letter.thirdParties) {
      doc.moveDown(0.6).font('Helvetica-Bold').fontSize(11).text(t.name);
      doc.font('Helvetica').fontSize(10).text(`Postal address: ${t.address}`);
      doc.text(`Nature of business: ${t.business}`);
      doc.text('Categories disclosed:');
      doc.list(t.categories, { bulletRadius: 1.5 });
    }
  }
  doc.moveDown(1).fontSize(10).text(letter.closing);

  const range = doc.bufferedPageRange();
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(range.start + i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font('Helvetica')
      .fontSize(8.5)
      .text(`Page ${i + 1} of ${range.count}`, doc.page.margins.left, doc.page.height - 40, {
        width: doc.page.width - doc.page.margins.left - doc.page.margins.right,
        align: 'center',
        lineBreak: false,
      });
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return done;
}
