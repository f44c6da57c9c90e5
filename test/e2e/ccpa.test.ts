import { readFileSync } from 'node:fs';
import { describeInBrowser, screenshot, useSignedInBrowser } from './browser';

/**
 * The CCPA right-to-know page in real Chromium against the example map (seed/README.md). The expected rows
 * were read from the API's answer for the example map as of 2025-12-31 (period January 1 – December 31, 2025).
 */
describeInBrowser('CCPA right to know page', () => {
  const app = useSignedInBrowser({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });

  const region = (name: string) => app.page.getByRole('region', { name: new RegExp(`^${name}`) });
  const row = (section: string, code: string) => region(section).locator(`tr[data-code="${code}"]`);

  it('answers business-wide with the statutory wording and the two §1798.115 lists, and exports CSV', async () => {
    await app.openSignedIn('/ccpa?asOf=2025-12-31');
    await app.page.getByRole('heading', { name: 'Right to know, business-wide' }).waitFor();
    await expect(app.page.getByRole('link', { name: 'CCPA', exact: true }).getAttribute('aria-current')).resolves.toBe('page');

    await expect(region('Period').textContent()).resolves.toContain('January 1, 2025 – December 31, 2025');
    const collected = (await region('Categories of personal information collected').textContent()) ?? '';
    expect(collected).toContain('Professional or employment-related information §1798.140(v)(1)(I)');
    expect(collected).toContain('Commercial information, including records of personal property, products or services purchased');
    expect(collected).toContain('A consumer’s account log-in, financial account, debit card, or credit card number');
    await expect(region('Categories of sources').textContent()).resolves.toContain('Directly from the consumer');
    await expect(region('Business or commercial purposes').textContent()).resolves.toContain('Targeting and retargeting for customers');

    // Sold (not shared) to the data broker class only; the credentials only ever go to service providers.
    const commercial = row('Categories sold or shared', 'COMMERCIAL_INFORMATION');
    await expect(commercial.locator('td').allTextContents()).resolves.toEqual([
      expect.stringContaining('Commercial information'),
      'Sold',
      'Third parties',
    ]);
    await expect(row('Categories sold or shared', 'INTERNET_ACTIVITY').locator('td').nth(1).textContent()).resolves.toBe('Sold and shared');
    await expect(row('Categories sold or shared', 'SPI_ACCOUNT_CREDENTIALS').count()).resolves.toBe(0);
    await expect(row('Categories disclosed for a business purpose', 'IDENTIFIERS').locator('td').nth(1).textContent()).resolves.toBe(
      'Affiliates, Processors (service providers), Authorities',
    );
    await expect(
      row('Categories disclosed for a business purpose', 'SPI_ACCOUNT_CREDENTIALS').locator('td').nth(1).textContent(),
    ).resolves.toBe('Processors (service providers)');
    await screenshot(app.page, 'ccpa-business-wide', true);

    const [download] = await Promise.all([app.page.waitForEvent('download'), app.page.getByRole('button', { name: 'Export CSV' }).click()]);
    expect(download.suggestedFilename()).toBe('ccpa-right-to-know-business-2025-01-01-2025-12-31.csv');
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv.split('\r\n')[0]).toBe('periodStart,periodEnd,section,code,label,citation,sold,shared,recipientCategories,sources');
    expect(csv).toContain('2025-01-01,2025-12-31,sold or shared,COMMERCIAL_INFORMATION,');
    expect(csv).toContain(',true,false,Third parties,');
  });

  it('answers for one person from the form, keeps the inputs in the URL and exports JSON', async () => {
    await app.openSignedIn('/ccpa');
    await app.page.getByLabel('Email address').fill('carmen.diaz@example.com');
    await app.page.getByLabel('As of').fill('2025-12-31');
    await app.page.getByRole('button', { name: 'Show' }).click();
    await app.page.getByRole('heading', { name: 'Right to know for c***@example.com' }).waitFor();
    // Once found, the address names the person by id: no e-mail in the URL (history, bookmarks, copied links).
    await app.page.waitForURL(/personId=/);
    const url = new URL(app.page.url());
    expect(url.pathname).toBe('/ccpa');
    expect(url.searchParams.get('email')).toBeNull();
    expect(url.searchParams.get('personId')).toBeTruthy();
    expect(url.searchParams.get('asOf')).toBe('2025-12-31');

    // Carmen is a site visitor: pixel and third-party data, nothing she submitted herself, no commercial information.
    const sources = (await region('Categories of sources').textContent()) ?? '';
    expect(sources).toContain("Pixel on customers' websites and emails");
    expect(sources).not.toContain('Directly from the consumer');
    const collected = (await region('Categories of personal information collected').textContent()) ?? '';
    expect(collected).toContain('Inferences drawn from any of the information identified in this subdivision');
    expect(collected).not.toContain('Commercial information');
    await expect(row('Categories sold or shared', 'IDENTIFIERS').locator('td').nth(2).textContent()).resolves.toBe(
      'Processors (service providers), Customers, Third parties',
    );
    await expect(row('Categories sold or shared', 'PROFESSIONAL_INFORMATION').count()).resolves.toBe(0);
    await screenshot(app.page, 'ccpa-person', true);

    const [download] = await Promise.all([
      app.page.waitForEvent('download'),
      app.page.getByRole('button', { name: 'Export JSON' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^ccpa-right-to-know-person-[0-9a-f]+-2025-01-01-2025-12-31\.json$/);
    const json = JSON.parse(readFileSync(await download.path(), 'utf8')) as { person: { display: string }; soldOrShared: unknown[] };
    expect(json.person.display).toBe('c***@example.com');
    expect(json.soldOrShared).toHaveLength(4);

    // Reloading the shared address shows the same answer; the form does not show the e-mail the URL no longer holds.
    await app.page.reload();
    await app.page.getByRole('heading', { name: 'Right to know for c***@example.com' }).waitFor();
    await expect(app.page.getByLabel('Email address').inputValue()).resolves.toBe('');
    await expect(app.page.getByLabel('As of').inputValue()).resolves.toBe('2025-12-31');
  });

  it('says so in words when no one has the identifier', async () => {
    await app.openSignedIn('/ccpa?externalId=nobody-404&asOf=2025-12-31');
    const alert = app.page.getByRole('alert');
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toContain('No one with the external id “nobody-404” is on record.');
    await expect(app.page.locator('.state-error').count()).resolves.toBe(0);
    await expect(app.page.getByLabel('External id').inputValue()).resolves.toBe('nobody-404');
  });

  it('says "None in this period" for every empty list, and prints without the form and buttons', async () => {
    // The example map's flows start on 2023-07-01: nothing happened in the 12 months up to 2023-06-30.
    await app.openSignedIn('/ccpa?asOf=2023-06-30');
    await app.page.getByRole('heading', { name: 'Right to know, business-wide' }).waitFor();
    for (const name of [
      'Categories of personal information collected',
      'Categories of sources',
      'Business or commercial purposes',
      'Categories sold or shared',
      'Categories disclosed for a business purpose',
    ]) {
      await expect(region(name).textContent()).resolves.toContain('None in this period.');
    }
    await app.page.emulateMedia({ media: 'print' });
    await expect(app.page.getByRole('form', { name: 'Choose the answer' }).isVisible()).resolves.toBe(false);
    await expect(app.page.getByRole('button', { name: 'Export CSV' }).isVisible()).resolves.toBe(false);
    await expect(app.page.getByRole('heading', { name: 'Categories sold or shared' }).isVisible()).resolves.toBe(true);
  });

  it('fits a narrow window', async () => {
    await app.page.setViewportSize({ width: 420, height: 800 });
    await app.openSignedIn('/ccpa?email=carmen.diaz%40example.com&asOf=2025-12-31');
    await row('Categories sold or shared', 'IDENTIFIERS').waitFor();
    const overflow = await app.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(app.page, 'narrow-ccpa', true);
  });

  it('defaults the as-of date to today', async () => {
    await app.openSignedIn('/ccpa');
    await app.page.getByRole('heading', { name: 'Right to know, business-wide' }).waitFor();
    const today = new Date().toISOString().slice(0, 10);
    await expect(app.page.getByLabel('As of').inputValue()).resolves.toBe(today);
  });
});
