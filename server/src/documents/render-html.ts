import type { ShineTheLightLetter } from './shine-the-light.letter';

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/** A standalone, printable HTML page of the letter (inline styles, no scripts). */
export function renderLetterHtml(letter: ShineTheLightLetter): string {
  const list = (items: string[]) => `<ul>${items.map((i) => `<li>${escape(i)}</li>`).join('')}</ul>`;
  const thirdParties = letter.thirdParties
    .map(
      (t) => `<section class="third-party">
  <h3>${escape(t.name)}</h3>
  <p><strong>Postal address:</strong> ${escape(t.address)}</p>
  <p><strong>Nature of business:</strong> ${escape(t.business)}</p>
  <p><strong>Categories disclosed:</strong></p>${list(t.categories)}
</section>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<link rel="icon" href="data:,">
<title>${escape(letter.title)}</title>
<style>
  body { font-family: Georgia, 'Times New Roman', serif; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.45; color: #111; }
  h1 { font-size: 1.4rem; } h2 { font-size: 1.1rem; margin-top: 1.6rem; } h3 { font-size: 1rem; margin-bottom: .2rem; }
  .notice { border-left: 3px solid #b45309; padding-left: .6rem; }
  @media print { body { margin: 0; } section.third-party { break-inside: avoid; } }
</style>
</head>
<body>
<header>
  <p><strong>${escape(letter.business)}</strong></p>
  ${letter.contactLines.map((l) => `<p>${escape(l)}</p>`).join('\n  ')}
</header>
<h1>${escape(letter.title)}</h1>
${letter.addressee ? `<p>To: ${escape(letter.addressee)}</p>` : ''}
<p><strong>Period:</strong> ${escape(letter.period)}</p>
${letter.notices.map((n) => `<p class="notice">Notice: ${escape(n)}</p>`).join('\n')}
<p>${escape(letter.intro)}</p>
${letter.categories.length ? `<h2>Categories of personal information (Civ. Code §1798.83(e)(6)(A))</h2>${list(letter.categories)}` : ''}
${letter.thirdParties.length ? `<h2>Third parties that received personal information</h2>\n${thirdParties}` : ''}
<p>${escape(letter.closing)}</p>
</body>
</html>
`;
}
