import { describeInBrowser, screenshot, useSignedInBrowser } from './browser';

/** Pages for LEGAL and ADMIN only. */
const LEGAL_PAGES = ['Who received', 'Shine the Light', 'CCPA', 'Requests', 'Incident', 'Undeclared', 'Audit log'];

/** The web app hides what a role cannot do, and shows the audit log to LEGAL and ADMIN (under the production CSP). */
describeInBrowser('roles in the web app', () => {
  const app = useSignedInBrowser();
  const tokens: Record<string, string> = {};

  async function openAs(role: string, path: string): Promise<void> {
    await app.openSignedIn(path, tokens[role]);
    await app.page.waitForSelector('.signed-in-as');
  }

  const navLabels = () => app.page.$$eval('.topnav a', (links) => links.map((a) => a.textContent?.trim() ?? ''));

  beforeAll(async () => {
    tokens.ADMIN = app.server.adminToken;
    for (const role of ['VIEWER', 'EDITOR', 'LEGAL']) {
      const res = await app.server.gql<{ createApiToken: { token: string } }>(
        'mutation($i: ApiTokenInput!) { createApiToken(input: $i) { token } }',
        {
          i: { name: `web-${role.toLowerCase()}`, role },
        },
      );
      tokens[role] = res.data!.createApiToken.token;
    }
  });

  it('shows a VIEWER the map and the registry only, without registration forms', async () => {
    await openAs('VIEWER', '/registry/recipients');
    expect(await app.page.textContent('.signed-in-as')).toContain('web-viewer');
    expect(await navLabels()).toEqual(expect.arrayContaining(['Map', 'Registry']));
    expect((await navLabels()).filter((label) => LEGAL_PAGES.includes(label))).toEqual([]);
    await app.page.waitForSelector('table');
    expect(await app.page.$$('.toolbar-actions button')).toHaveLength(0);
  });

  it('gives an EDITOR the registration forms but not the legal pages', async () => {
    await openAs('EDITOR', '/registry/recipients');
    expect(await navLabels()).toEqual(expect.arrayContaining(['Map', 'Registry']));
    expect((await navLabels()).filter((label) => LEGAL_PAGES.includes(label))).toEqual([]);
    await app.page.waitForSelector('.toolbar-actions button');
    expect((await app.page.$$('.toolbar-actions button')).length).toBeGreaterThan(0);
  });

  it('gives LEGAL the legal pages and the audit log, which lists its own look-ups', async () => {
    await app.server.gql('{ whoReceived(person: { email: "nobody@example.com" }) { from } }', undefined, tokens.LEGAL);
    await openAs('LEGAL', '/audit');
    expect(await navLabels()).toEqual(expect.arrayContaining(['Map', 'Registry', ...LEGAL_PAGES]));
    await app.page.waitForSelector('table tbody tr');
    const text = (await app.page.textContent('table')) ?? '';
    expect(text).toContain('whoReceived');
    expect(text).toContain('web-legal');
    expect(await app.page.$$('.toolbar-actions button')).toHaveLength(0);
    await screenshot(app.page, 'audit-log');
  });
});
