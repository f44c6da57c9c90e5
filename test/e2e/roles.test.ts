import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startTestServer, type TestServer } from '../support/server';
import { assertWebBuilt, describeInBrowser, launchChromium, screenshot, watchConsole } from './browser';

/** Pages for LEGAL and ADMIN only. */
const LEGAL_PAGES = ['Who received', 'Shine the Light', 'CCPA', 'Requests', 'Audit log'];

/** The web app hides what a role cannot do, and shows the audit log to LEGAL and ADMIN (under the production CSP). */
describeInBrowser('roles in the web app', () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let consoleErrors: string[];
  const tokens: Record<string, string> = {};

  async function openAs(role: string, path: string): Promise<void> {
    await page.goto(`${server.url}${path}?token=${encodeURIComponent(tokens[role])}`);
    await page.waitForSelector('.signed-in-as');
  }

  const navLabels = () => page.$$eval('.topnav a', (links) => links.map((a) => a.textContent?.trim() ?? ''));

  beforeAll(async () => {
    assertWebBuilt();
    server = await startTestServer({ engine: 'embedded', seed: 'example' });
    tokens.ADMIN = server.adminToken;
    for (const role of ['VIEWER', 'EDITOR', 'LEGAL']) {
      const res = await server.gql<{ createApiToken: { token: string } }>(
        'mutation($i: ApiTokenInput!) { createApiToken(input: $i) { token } }',
        {
          i: { name: `web-${role.toLowerCase()}`, role },
        },
      );
      tokens[role] = res.data!.createApiToken.token;
    }
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  beforeEach(async () => {
    context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    page = await context.newPage();
    consoleErrors = watchConsole(page);
  });
  afterEach(async () => {
    await context?.close();
    expect(consoleErrors).toEqual([]);
  });

  it('shows a VIEWER the map and the registry only, without registration forms', async () => {
    await openAs('VIEWER', '/registry/recipients');
    expect(await page.textContent('.signed-in-as')).toContain('web-viewer');
    expect(await navLabels()).toEqual(expect.arrayContaining(['Map', 'Registry']));
    expect((await navLabels()).filter((label) => LEGAL_PAGES.includes(label))).toEqual([]);
    await page.waitForSelector('table');
    expect(await page.$$('.toolbar-actions button')).toHaveLength(0);
  });

  it('gives an EDITOR the registration forms but not the legal pages', async () => {
    await openAs('EDITOR', '/registry/recipients');
    expect(await navLabels()).toEqual(expect.arrayContaining(['Map', 'Registry']));
    expect((await navLabels()).filter((label) => LEGAL_PAGES.includes(label))).toEqual([]);
    await page.waitForSelector('.toolbar-actions button');
    expect((await page.$$('.toolbar-actions button')).length).toBeGreaterThan(0);
  });

  it('gives LEGAL the legal pages and the audit log, which lists its own look-ups', async () => {
    await server.gql('{ whoReceived(person: { email: "nobody@example.com" }) { from } }', undefined, tokens.LEGAL);
    await openAs('LEGAL', '/audit');
    expect(await navLabels()).toEqual(expect.arrayContaining(['Map', 'Registry', ...LEGAL_PAGES]));
    await page.waitForSelector('table tbody tr');
    const text = (await page.textContent('table')) ?? '';
    expect(text).toContain('whoReceived');
    expect(text).toContain('web-legal');
    expect(await page.$$('.toolbar-actions button')).toHaveLength(0);
    await screenshot(page, 'audit-log');
  });
});
