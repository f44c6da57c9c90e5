import { pdfText } from '../support/pdf-text';
import { describeInBrowser, screenshot, useSignedInBrowser } from './browser';

/** Legal workflows in real Chromium against the example map: documents, requests, policy coverage. */
describeInBrowser('legal workflows', () => {
  const app = useSignedInBrowser({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });

  it('downloads the Shine-the-Light PDF from the report page, and it holds the statutory wording and the third parties', async () => {
    await app.openSignedIn('/reports/shine-the-light?year=2025');
    const link = app.page.getByRole('link', { name: 'PDF' });
    await link.waitFor();
    const [download] = await Promise.all([app.page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe('shine-the-light-2025.pdf');
    const path = await download.path();
    const { readFileSync } = await import('node:fs');
    const { text } = await pdfText(readFileSync(path));
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('Electronic mail address');
    const parties = await app.page.locator('.letter-party h4').allTextContents();
    expect(parties.length).toBeGreaterThan(0);
    for (const name of parties) expect(flat).toContain(name);
    await screenshot(app.page, 'legal-shine-the-light-downloads');
  });

  it('opens the HTML letter in the browser from the report page', async () => {
    await app.openSignedIn('/reports/shine-the-light?year=2025');
    const link = app.page.getByRole('link', { name: 'HTML' });
    // The link holds no token: clicking fetches the letter with the Authorization header and opens it from a Blob.
    expect(await link.getAttribute('href')).toBe('/reports/shine-the-light/2025.html');
    const [letter] = await Promise.all([app.page.waitForEvent('popup'), link.click()]);
    expect(letter.url()).toMatch(/^blob:/);
    await letter.getByRole('heading', { name: /Shine the Light disclosure for 2025/ }).waitFor();
    await letter.close();
  });

  it('links the per-person documents with the person the page shows', async () => {
    await app.openSignedIn('/reports/shine-the-light?year=2025&email=carmen.diaz%40example.com');
    // Once found, the page names the person by id: the e-mail leaves the address bar and the document links.
    await app.page.waitForURL(/year=2025&personId=/);
    expect(app.page.url()).not.toContain('carmen');
    const href = (await app.page.getByRole('link', { name: 'PDF' }).getAttribute('href')) ?? '';
    const personId = new URL(app.page.url()).searchParams.get('personId');
    expect(new URL(href, app.server.url).searchParams.get('personId')).toBe(personId);
    expect(href).not.toMatch(/token=|carmen/);
    const res = await app.page.request.get(`${app.server.url}${href}`, { headers: { authorization: `Bearer ${app.server.adminToken}` } });
    expect(res.status()).toBe(200);
    expect(res.headers()['content-disposition']).toMatch(/shine-the-light-2025-person-[0-9a-f]+\.pdf/);
  });

  it('shows overdue and due-soon requests, records one, and answers it with the letter attached', async () => {
    await app.openSignedIn('/requests');
    await app.page.getByRole('heading', { name: 'Requests' }).waitFor();
    await app.page.getByRole('region', { name: 'Overdue' }).waitFor();
    await app.page.getByLabel('Person’s email').fill('hana.kim@example.com');
    await app.page.getByLabel('Received on').fill('2025-03-03');
    await app.page.getByRole('button', { name: 'Record request' }).click();
    const row = app.page
      .locator('tr', { hasText: '2025-03-03' })
      .or(app.page.locator('tr', { hasText: 'Mar 3, 2025' }))
      .first();
    await row.waitFor();
    await row.getByRole('button', { name: 'Mark answered today' }).click();
    const answered = app.page.getByRole('region', { name: 'Answered' });
    await answered.getByRole('link', { name: 'Document sent' }).waitFor();
    const href = await answered.getByRole('link', { name: 'Document sent' }).first().getAttribute('href');
    expect(href).toMatch(/^\/reports\/shine-the-light\/2024\.pdf\?personId=[^&]+$/);
    const pdf = await app.page.request.get(`${app.server.url}${href}`, { headers: { authorization: `Bearer ${app.server.adminToken}` } });
    expect(pdf.status()).toBe(200);
    await screenshot(app.page, 'legal-requests', true);
  });

  it('shows the policy coverage checklist, with the buyer clause stating nothing in force', async () => {
    await app.openSignedIn('/coverage?asOf=2026-06-30');
    await app.page.getByRole('heading', { name: 'Checklist of clauses' }).waitFor();
    const buyer = app.page.locator('li[data-clause-id="s6-buyer"]');
    await expect(buyer.textContent()).resolves.toContain('states nothing in force');
    await expect(app.page.locator('li.coverage-ok[data-clause-id="s6-service-providers"]').count()).resolves.toBe(1);
    await screenshot(app.page, 'legal-policy-coverage', true);
  });
});
