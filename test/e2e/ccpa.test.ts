import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startTestServer, type TestServer } from '../support/server';
import { assertWebBuilt, describeInBrowser, launchChromium, screenshot, watchConsole } from './browser';

/**
 * The CCPA right-to-know page in real Chromium against the example map (seed/README.md). The expected rows
 * were read from the API's answer for the example map as of 2025-12-31 (period January 1 – December 31, 2025).
 */
describeInBrowser('CCPA right to know page', () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let consoleErrors: string[];

  async function openSignedIn(path: string): Promise<void> {
    const separator = path.includes('?') ? '&' : '?';
    await page.goto(`${server.url}${path}${separator}token=${encodeURIComponent(server.adminToken)}`);
  }

  const region = (name: string) => page.getByRole('region', { name: new RegExp(`^${name}`) });
  const row = (section: string, code: string) => region(section).locator(`tr[data-code="${code}"]`);

  beforeAll(async () => {
    assertWebBuilt();
    server = await startTestServer({ engine: 'embedded', seed: 'example' });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  beforeEach(async () => {
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    page = await context.newPage();
    consoleErrors = watchConsole(page);
  });

  afterEach(async () => {
    await context?.close();
    expect(consoleErrors).toEqual([]);
  });

  it('answers business-wide with the statutory wording and the two §1798.115 lists, and exports CSV', async () => {
    await openSignedIn('/ccpa?asOf=2025-12-31');
    await page.getByRole('heading', { name: 'Right to know, business-wide' }).waitFor();
    await expect(page.getByRole('link', { name: 'CCPA', exact: true }).getAttribute('aria-current')).resolves.toBe('page');

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
    await screenshot(page, 'ccpa-business-wide', true);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
    expect(download.suggestedFilename()).toBe('ccpa-right-to-know-business-2025-01-01-2025-12-31.csv');
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv.split('\r\n')[0]).toBe('periodStart,periodEnd,section,code,label,citation,sold,shared,recipientCategories,sources');
    expect(csv).toContain('2025-01-01,2025-12-31,sold or shared,COMMERCIAL_INFORMATION,');
    expect(csv).toContain(',true,false,Third parties,');
  });

  it('answers for one person from the form, keeps the inputs in the URL and exports JSON', async () => {
    await openSignedIn('/ccpa');
    await page.getByLabel('Email address').fill('carmen.diaz@example.com');
    await page.getByLabel('As of').fill('2025-12-31');
    await page.getByRole('button', { name: 'Show' }).click();
    await page.getByRole('heading', { name: 'Right to know for c***@example.com' }).waitFor();
    const url = new URL(page.url());
    expect(url.pathname).toBe('/ccpa');
    expect(url.searchParams.get('email')).toBe('carmen.diaz@example.com');
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
    await screenshot(page, 'ccpa-person', true);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export JSON' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^ccpa-right-to-know-person-[0-9a-f]+-2025-01-01-2025-12-31\.json$/);
    const json = JSON.parse(readFileSync(await download.path(), 'utf8')) as { person: { display: string }; soldOrShared: unknown[] };
    expect(json.person.display).toBe('c***@example.com');
    expect(json.soldOrShared).toHaveLength(4);

    // Reloading the shared address shows the same answer, with the form filled in.
    await page.reload();
    await page.getByRole('heading', { name: 'Right to know for c***@example.com' }).waitFor();
    await expect(page.getByLabel('Email address').inputValue()).resolves.toBe('carmen.diaz@example.com');
    await expect(page.getByLabel('As of').inputValue()).resolves.toBe('2025-12-31');
  });

  it('says so in words when no one has the identifier', async () => {
    await openSignedIn('/ccpa?externalId=nobody-404&asOf=2025-12-31');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toContain('No one with the external id “nobody-404” is on record.');
    await expect(page.locator('.state-error').count()).resolves.toBe(0);
    await expect(page.getByLabel('External id').inputValue()).resolves.toBe('nobody-404');
  });

  it('says "None in this period" for every empty list, and prints without the form and buttons', async () => {
    // The example map's flows start on 2023-07-01: nothing happened in the 12 months up to 2023-06-30.
    await openSignedIn('/ccpa?asOf=2023-06-30');
    await page.getByRole('heading', { name: 'Right to know, business-wide' }).waitFor();
    for (const name of [
      'Categories of personal information collected',
      'Categories of sources',
      'Business or commercial purposes',
      'Categories sold or shared',
      'Categories disclosed for a business purpose',
    ]) {
      await expect(region(name).textContent()).resolves.toContain('None in this period.');
    }
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('form', { name: 'Choose the answer' }).isVisible()).resolves.toBe(false);
    await expect(page.getByRole('button', { name: 'Export CSV' }).isVisible()).resolves.toBe(false);
    await expect(page.getByRole('heading', { name: 'Categories sold or shared' }).isVisible()).resolves.toBe(true);
  });

  it('fits a narrow window', async () => {
    await page.setViewportSize({ width: 420, height: 800 });
    await openSignedIn('/ccpa?email=carmen.diaz%40example.com&asOf=2025-12-31');
    await row('Categories sold or shared', 'IDENTIFIERS').waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'narrow-ccpa', true);
  });

  it('defaults the as-of date to today', async () => {
    await openSignedIn('/ccpa');
    await page.getByRole('heading', { name: 'Right to know, business-wide' }).waitFor();
    const today = new Date().toISOString().slice(0, 10);
    await expect(page.getByLabel('As of').inputValue()).resolves.toBe(today);
  });
});
