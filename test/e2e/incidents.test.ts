import { axeViolations } from './axe';
import { describeInBrowser, screenshot, useSignedInBrowser } from './browser';

/** The incident workflow and sub-processor changes in real Chromium against the example map. */
describeInBrowser('incidents and sub-processor changes', () => {
  const app = useSignedInBrowser({ viewport: { width: 1280, height: 900 } });

  it('assesses a breach of a processor: counts, deadlines with days left, categories, people paged, notice list, summary', async () => {
    await app.openSignedIn('/incidents');
    await app.page.getByRole('heading', { name: 'Incident', level: 1 }).waitFor();
    await app.page.getByLabel('Recipient', { exact: true }).selectOption('example-payments');
    await app.page.getByLabel('Breach window from').fill('2024-01-01');
    await app.page.getByLabel('Breach window to').fill('2025-12-31');
    await app.page.getByLabel('Discovered on').fill('2026-01-05');
    await app.page.getByRole('button', { name: 'Assess the impact' }).click();
    const summary = app.page.getByRole('article');
    await summary.getByRole('heading', { name: /Breach of Example Payments/ }).waitFor();
    // Discovered 2026-01-05: the authority by 2026-01-08 (72 hours), California residents by 2026-02-04 (30 days).
    const text = (await summary.textContent()) ?? '';
    expect(text).toMatch(/Jan 8, 2026|2026-01-08/);
    expect(text).toMatch(/Feb 4, 2026|2026-02-04/);
    expect(text).toMatch(/ago|in \d+ days|today|tomorrow/);
    const affected = Number((await summary.locator('.incident-counts dd').first().textContent())?.replace(/,/g, ''));
    expect(affected).toBeGreaterThan(0);
    const people = app.page.getByRole('region', { name: 'People affected' });
    await people.locator('tbody tr').first().waitFor();
    expect(await people.locator('tbody tr').count()).toBe(Math.min(affected, 25));
    expect(await axeViolations(app.page)).toEqual([]);
    await screenshot(app.page, 'incident-breach-of-a-processor', true);

    // The notice list comes through fetch with the Authorization header (no token in the URL) and is saved as a Blob.
    const [request] = await Promise.all([
      app.page.waitForRequest((r) => r.url().includes('/incidents/notice-list.csv')),
      app.page.getByRole('button', { name: 'Export the notice list (CSV)' }).click(),
    ]);
    expect(request.url()).not.toContain('token=');
    expect(request.headers().authorization).toMatch(/^Bearer /);
    expect((await request.response())?.status()).toBe(200);
    // The same request again from the test, to read the body the page turned into a Blob.
    const again = await app.page.request.get(request.url(), { headers: { authorization: request.headers().authorization } });
    const csv = await again.text();
    expect(csv.split('\r\n')[0]).toBe('display,personId,categories,californiaNotice');
    expect(csv.trim().split('\r\n')).toHaveLength(affected + 1);

    await app.page.emulateMedia({ media: 'print' });
    expect(await app.page.getByRole('button', { name: 'Assess the impact' }).isVisible()).toBe(false);
    await screenshot(app.page, 'incident-printable-summary', true);
  });

  it('records a sub-processor notice on the processors registry, shows the deadline and short notice, refuses a late objection', async () => {
    await app.openSignedIn('/registry/recipients');
    const panel = app.page.getByRole('region', { name: /Sub-processor changes/ });
    await panel.waitFor();
    await panel.getByLabel('Processor', { exact: true }).selectOption('example-payments');
    await panel.getByLabel('Sub-processor', { exact: true }).selectOption('example-cloud');
    await panel.getByLabel('Notice received on').fill('2025-02-01');
    await panel.getByLabel('Effective on').fill('2025-03-01');
    await panel.getByLabel('Days to object').fill('30');
    await panel.getByRole('button', { name: 'Record notice' }).click();
    const row = panel.locator('tbody tr', { hasText: 'Example Cloud Hosting' }).first();
    await row.waitFor();
    expect(await row.textContent()).toMatch(/Short notice/);
    expect(await row.textContent()).toMatch(/Mar 3, 2025|2025-03-03/);
    await panel.getByLabel('Objection date').fill('2025-03-04');
    await row.getByRole('button', { name: /Object to/ }).click();
    await panel.getByRole('alert').waitFor();
    expect(await panel.getByRole('alert').textContent()).toContain('objection period ended on 2025-03-03');
    await panel.getByLabel('Objection date').fill('2025-03-03');
    await row.getByRole('button', { name: /Object to/ }).click();
    await panel.locator('tbody tr', { hasText: 'Objected' }).waitFor();
    expect(await axeViolations(app.page)).toEqual([]);
    await panel.scrollIntoViewIfNeeded();
    await screenshot(app.page, 'registry-subprocessor-changes');
  });

  it('sets a category’s breach elements from the registry and shows them in the category tree', async () => {
    await app.openSignedIn('/registry/categories');
    await app.page.getByRole('button', { name: 'Set breach elements' }).click();
    const form = app.page.getByRole('form', { name: /breach elements/ });
    await form.getByLabel('Category').selectOption('email-address');
    await form.getByLabel('Genetic data').check();
    await form.getByRole('button', { name: 'Save breach elements' }).click();
    await form.getByRole('status').waitFor();
    const row = app.page.locator('tbody tr', { hasText: 'email-address' });
    await row.getByText('Genetic data').waitFor();
    // The example map's own: account credentials are online credentials.
    await app.page
      .locator('tbody tr', { hasText: 'account-credentials' })
      .getByText(/password or security answer/)
      .waitFor();
    expect(await axeViolations(app.page)).toEqual([]);
    await screenshot(app.page, 'registry-breach-elements');
  });
});
