import { readFileSync } from 'node:fs';
import { pdfText } from '../support/pdf-text';
import { axeViolations } from './axe';
import { describeInBrowser, screenshot, useSignedInBrowser } from './browser';

/** PRODUCT.md §7 in the web app: a deletion request from receipt to answered, every recipient told or excused. */
describeInBrowser('obligations: passing a deletion on to every recipient', () => {
  const app = useSignedInBrowser({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  let requestPath = '';

  it('records a CCPA deletion on the Requests page and opens its plan', async () => {
    await app.openSignedIn('/requests');
    await app.page.getByLabel('Person’s email').fill('carmen.diaz@example.com');
    await app.page.getByLabel('Kind').selectOption('CCPA_DELETE');
    await app.page.getByLabel('Received on').fill('2025-06-02');
    await app.page.getByRole('button', { name: 'Record request' }).click();
    const open = app.page.getByRole('link', { name: 'Tell the recipients' }).first();
    await open.waitFor();
    expect(await axeViolations(app.page)).toEqual([]);
    await screenshot(app.page, 'obligations-requests', true);
    requestPath = (await open.getAttribute('href')) ?? '';
    expect(requestPath).toMatch(/^\/requests\/request-[0-9a-f]+$/);
    await open.click();
    await app.page.getByRole('heading', { name: /CCPA deletion/ }).waitFor();
    await app.page.locator('tr.plan-row').first().waitFor();
    expect(await app.page.getByRole('button', { name: 'Mark answered today' }).isDisabled()).toBe(true);
    await expect(app.page.locator('#respond-reason').textContent()).resolves.toContain('still pending');
    expect(await axeViolations(app.page)).toEqual([]);
    await screenshot(app.page, 'obligations-plan', true);
  });

  it('shows the server’s refusals on the right field, then tells every recipient and answers the request', async () => {
    await app.openSignedIn(requestPath);
    await app.page.locator('tr.plan-row').first().waitFor();
    const provider = app.page.locator('tr.plan-row', { hasText: 'service provider' }).first();
    await provider.getByRole('button', { name: /^Exception… for/ }).click();
    await provider.getByRole('textbox').fill('The processor cannot be reached at any address');
    await provider.getByRole('button', { name: 'Record exception' }).click();
    await provider.locator('.field-error[data-field="status"]').waitFor();
    await provider.getByRole('textbox').fill('Too short');
    const sold = app.page.locator('tr.plan-row', { hasText: 'sold or shared' }).filter({ hasNotText: 'service provider' }).first();
    if (await sold.count()) {
      await sold.getByRole('button', { name: /^Exception… for/ }).click();
      await sold.getByRole('textbox').fill('Too short');
      await sold.getByRole('button', { name: 'Record exception' }).click();
      await sold.locator('.field-error[data-field="explanation"]').waitFor();
      await app.page.getByLabel('Date of the notice').fill('2025-06-03');
      await sold.getByRole('textbox').fill('The company was dissolved in 2024; no successor or address is known');
      await sold.getByRole('button', { name: 'Record exception' }).click();
      // The row is redrawn from the server's answer: wait for its status, not for the text still in the form.
      await sold.locator('td strong', { hasText: 'Exception' }).waitFor();
      await sold.locator('td', { hasText: 'The company was dissolved in 2024; no successor or address is known' }).first().waitFor();
    }
    await app.page.getByLabel('Date of the notice').fill('2025-06-01');
    await provider.getByRole('button', { name: /^Mark sent\b.*notice to/ }).click();
    await app.page.locator('.field-error[data-field="on"]').waitFor();
    expect(await axeViolations(app.page)).toEqual([]);
    await screenshot(app.page, 'obligations-refusals', true);

    await app.page.getByLabel('Date of the notice').fill('2025-06-03');
    const rows = await app.page.locator('tr.plan-row').count();
    for (let i = 0; i < rows; i++) {
      const row = app.page.locator('tr.plan-row').nth(i);
      await row.getByRole('button', { name: /^Mark sent\b.*notice to/ }).click();
      await row.getByText('sent Jun 3, 2025').waitFor();
    }
    await expect(app.page.locator('#plan-progress-label').textContent()).resolves.toBe(`${rows} of ${rows} recipients told or excused`);
    const respond = app.page.getByRole('button', { name: 'Mark answered today' });
    expect(await respond.isDisabled()).toBe(false);
    await respond.click();
    await app.page.getByText(/^Answered on/).waitFor();
    await screenshot(app.page, 'obligations-answered', true);

    const [download] = await Promise.all([
      app.page.waitForEvent('download'),
      app.page.getByRole('button', { name: 'Record of the request and its notices (PDF)' }).click(),
    ]);
    const { text } = await pdfText(readFileSync(await download.path()));
    expect(text.replace(/\s+/g, ' ')).toContain(`${rows} of ${rows} recipients told or excused; complete`);
  });

  it('answers a Shine-the-Light request from its page and serves the frozen answer', async () => {
    await app.openSignedIn('/requests');
    await app.page
      .locator('table.data-table')
      .getByRole('link', { name: /^Shine the Light/ })
      .first()
      .click();
    await app.page.getByRole('heading', { level: 1, name: /Shine the Light/ }).waitFor();
    await app.page.getByRole('button', { name: 'Mark answered today' }).click();
    const answer = app.page.getByRole('button', { name: 'Answer sent (PDF)' });
    await answer.waitFor();
    const [download] = await Promise.all([app.page.waitForEvent('download'), answer.click()]);
    const { text } = await pdfText(readFileSync(await download.path()));
    expect(text.replace(/\s+/g, ' ')).toContain('Shine the Light disclosure for');
    expect(await axeViolations(app.page)).toEqual([]);
    await screenshot(app.page, 'obligations-shine-the-light-answered', true);
  });

  it('lists reappearances for legal', async () => {
    await app.openSignedIn('/reappearances');
    await app.page.getByRole('heading', { name: 'Reappearances' }).waitFor();
    await app.page.locator('table.reappearances, .state-empty').first().waitFor();
    expect(await axeViolations(app.page)).toEqual([]);
    await screenshot(app.page, 'obligations-reappearances', true);
  });
});
