import PDFDocument from 'pdfkit';
import type { RequestRecord } from './request-record';

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

const table = (facts: [string, string][]) =>
  `<table>${facts.map(([k, v]) => `<tr><th scope="row">${escape(k)}</th><td>${escape(v)}</td></tr>`).join('')}</table>`;

/** A standalone, printable HTML page of the record (inline styles, no scripts). */
export function renderRecordHtml(record: RequestRecord): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<link rel="icon" href="data:,">
<title>${escape(record.title)}</title>
<style>
  body { font-family: Georgia, 'Times New Roman', serif; max-width: 50rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.4; color: #111; }
  h1 { font-size: 1.35rem; } h2 { font-size: 1.1rem; margin-top: 1.5rem; } h3 { font-size: 1rem; margin-bottom: .2rem; }
  table { border-collapse: collapse; } th { text-align: left; padding: .15rem 1rem .15rem 0; vertical-align: top; } td { padding: .15rem 0; }
  @media print { body { margin: 0; } section { break-inside: avoid; } }
</style>
</head>
<body>
<h1>${escape(record.title)}</h1>
${table(record.facts)}
<h2>Recipients told${record.citation ? ` (${escape(record.citation)})` : ''}</h2>
<p>${escape(record.summary)}</p>
${record.notices.map((n) => `<section><h3>${escape(n.recipient)}</h3>${table(n.facts)}</section>`).join('\n')}
${record.excluded.length ? `<h2>Recipients not to be told for this kind of request</h2><ul>${record.excluded.map((e) => `<li>${escape(e)}</li>`).join('')}</ul>` : ''}
<p>Produced on ${escape(record.producedOn)}.</p>
</body>
</html>
`;
}

/** The record as a text-selectable PDF; its dates are pinned to the day it was produced. */
export function renderRecordPdf(record: RequestRecord): Promise<Buffer> {
  const at = new Date(`${record.producedOn}T00:00:00Z`);
  const doc = new PDFDocument({
    size: 'LETTER',
    margins: { top: 64, bottom: 64, left: 64, right: 64 },
    info: { Title: record.title, CreationDate: at, ModDate: at },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const facts = (rows: [string, string][]) => {
    for (const [k, v] of rows) doc.font('Helvetica-Bold').text(`${k}: `, { continued: true }).font('Helvetica').text(v);
  };
  doc.font('Helvetica-Bold').fontSize(15).text(record.title);
  doc.moveDown(0.6).fontSize(10.5);
  facts(record.facts);
  doc
    .moveDown(0.8)
    .font('Helvetica-Bold')
    .fontSize(12)
    .text(`Recipients told${record.citation ? ` (${record.citation})` : ''}`);
  doc.font('Helvetica').fontSize(10.5).text(record.summary);
  for (const notice of record.notices) {
    doc.moveDown(0.6).font('Helvetica-Bold').fontSize(11).text(notice.recipient);
    doc.fontSize(10);
    facts(notice.facts);
  }
  if (record.excluded.length) {
    doc.moveDown(0.8).font('Helvetica-Bold').fontSize(12).text('Recipients not to be told for this kind of request');
    doc.font('Helvetica').fontSize(10.5).list(record.excluded, { bulletRadius: 1.5 });
  }
  doc.moveDown(1).fontSize(9).text(`Produced on ${record.producedOn}.`);
  doc.end();
  return done;
}
