// Why so long: one signed-in browser walks every everyday page in turn (map, who received, registry, reports); splitting it restarts the server per file.
import { readFileSync } from 'node:fs';
import { SHINE_THE_LIGHT_CODES } from '@disclosure-map/graph-schema';
import { describeInBrowser, screenshot, useSignedInBrowser } from './browser';

/**
 * The web app in real Chromium against a real server with the example map (Customers.ai, PRODUCT.md and
 * seed/README.md). Dates are fixed (2024–2025) so the answers do not depend on today.
 */
describeInBrowser('web app', () => {
  const app = useSignedInBrowser({ acceptDownloads: true });

  const node = (id: string) => `.react-flow__node[data-id="${id}"]`;

  /** Waits until an element stops moving (a viewport animation has ended): the same box on three reads in a row. */
  async function settled(selector: string): Promise<void> {
    let last = '';
    let same = 0;
    for (let i = 0; i < 100 && same < 2; i++) {
      await app.page.waitForTimeout(60);
      const box = JSON.stringify(await app.page.locator(selector).boundingBox());
      same = box === last ? same + 1 : 0;
      last = box;
    }
  }

  async function openMap(path = '/map'): Promise<void> {
    await app.openSignedIn(path);
    await app.page.waitForSelector('.map-canvas[data-ready="true"] .react-flow__node-recipient');
    // Let the first viewport (and a centring animation) settle before pointing at nodes.
    await app.page.waitForTimeout(450);
  }

  describe('sign-in', () => {
    it('signs in by link, keeps the token in sessionStorage and removes it from the address bar', async () => {
      await openMap('/map?asOf=2025-06-01');
      expect(app.page.url()).not.toContain('token=');
      expect(new URL(app.page.url()).searchParams.get('asOf')).toBe('2025-06-01');
      const stored: string[] = await app.page.evaluate(() => Object.values({ ...window.sessionStorage }) as string[]);
      expect(stored).toContain(app.server.adminToken);
      await expect(app.page.getByRole('navigation', { name: 'Main' }).textContent()).resolves.toMatch(
        /Map.*Who received.*Shine the Light.*Registry/,
      );
    });

    it('asks for a token on a form, rejects a wrong one with a clear message, then signs in', async () => {
      await app.page.goto(`${app.server.url}/who-received`);
      await app.page.getByRole('heading', { name: 'Sign in' }).waitFor();
      await app.page.getByLabel('API token').fill('not-a-real-token-000000');
      await app.page.getByRole('button', { name: 'Sign in' }).click();
      await app.page.getByRole('alert').filter({ hasText: 'Your token was not accepted' }).waitFor();
      await screenshot(app.page, 'sign-in-wrong-token');

      await app.page.getByLabel('API token').fill(app.server.adminToken);
      await app.page.getByRole('button', { name: 'Sign in' }).click();
      await app.page.getByRole('heading', { name: "Who received this person's data" }).waitFor();
      expect(new URL(app.page.url()).pathname).toBe('/who-received');
    });

    it('brings a wrong token from a link back to the sign-in page with the message', async () => {
      await app.page.goto(`${app.server.url}/map?token=wrong-token-123456`);
      await app.page.getByRole('alert').filter({ hasText: 'Your token was not accepted' }).waitFor();
      expect(app.page.url()).not.toContain('token=');
      expect(await app.page.evaluate(() => window.sessionStorage.length)).toBe(0);
    });

    it('signs out from the top navigation', async () => {
      await openMap();
      await app.page.getByRole('button', { name: 'Sign out' }).click();
      await app.page.getByRole('heading', { name: 'Sign in' }).waitFor();
      await screenshot(app.page, 'sign-in');
    });
  });

  describe('map', () => {
    it('draws the example company left to right with recipients grouped by class', async () => {
      await openMap('/map?asOf=2025-06-01');
      await app.page.waitForSelector(node('direct-submission'));
      for (const id of ['contact-information', 'platform-db', 'example-payments', 'PROCESSOR', 'THIRD_PARTY']) {
        expect(await app.page.locator(node(id)).count()).toBe(1);
      }
      // Sources left of categories, categories left of systems, systems left of recipient groups.
      const x = async (id: string) => (await app.page.locator(node(id)).boundingBox())?.x ?? Number.NaN;
      expect(await x('direct-submission')).toBeLessThan(await x('contact-information'));
      expect(await x('contact-information')).toBeLessThan(await x('platform-db'));
      expect(await x('platform-db')).toBeLessThan(await x('PROCESSOR'));
      // Recipients sit inside their class group.
      const group = await app.page.locator(node('PROCESSOR')).boundingBox();
      const payments = await app.page.locator(node('example-payments')).boundingBox();
      expect(group && payments && payments.y >= group.y && payments.y + payments.height <= group.y + group.height).toBe(true);
      expect(await app.page.locator('.react-flow__minimap').count()).toBe(1);
      expect(await app.page.locator('.react-flow__controls').count()).toBe(1);
      await screenshot(app.page, 'map');
    });

    it('puts the recipient-class filter in the URL and shows only that class', async () => {
      await openMap('/map?asOf=2025-06-01');
      await app.page.locator('.checklist summary').filter({ hasText: 'Recipient class' }).click();
      await app.page.getByRole('checkbox', { name: 'Processors' }).check();
      await app.page.waitForURL(/class=PROCESSOR/);
      await app.page.waitForSelector(node('example-b2b-media'), { state: 'detached' });
      expect(await app.page.locator(node('example-payments')).count()).toBe(1);
      const groups = await app.page
        .locator('.react-flow__node-recipientClass')
        .evaluateAll((els) => els.map((el) => el.getAttribute('data-id')));
      expect(groups).toEqual(['PROCESSOR']);

      // The URL alone reproduces the view.
      const shared = app.page.url();
      await app.page.goto(shared);
      await app.page.waitForSelector(node('example-payments'));
      expect(await app.page.locator(node('example-b2b-media')).count()).toBe(0);
    });

    it('filters by category and purpose through the URL', async () => {
      await openMap('/map?asOf=2025-06-01&category=credit-card-number');
      expect(await app.page.locator(node('example-card-vault')).count()).toBe(1);
      expect(await app.page.locator(node('example-b2b-media')).count()).toBe(0);
      await app.page.locator('.checklist summary').filter({ hasText: 'Category' }).click();
      expect(await app.page.getByRole('checkbox', { name: 'Credit card number' }).isChecked()).toBe(true);

      await openMap('/map?asOf=2025-06-01&purpose=legal-compliance');
      expect(await app.page.locator(node('example-superior-court')).count()).toBe(1);
      expect(await app.page.locator(node('example-payments')).count()).toBe(0);
    });

    it('shows the recipients in force on the as-of date', async () => {
      await openMap('/map?asOf=2025-06-01');
      expect(await app.page.locator(node('example-acquisition-holdings')).count()).toBe(0);
      expect(await app.page.locator(node('example-travel-deals')).count()).toBe(1);

      await app.page.getByLabel('As of').fill('2024-10-01');
      await app.page.waitForURL(/asOf=2024-10-01/);
      await app.page.waitForSelector(node('example-acquisition-holdings'));
      expect(await app.page.locator(node('ACQUIRER')).count()).toBe(1);
      await screenshot(app.page, 'map-2024-10-01');

      // The year slider moves the same day to another year.
      await app.page.getByLabel('Year of the as-of date').focus();
      await app.page.keyboard.press('ArrowRight');
      await app.page.waitForURL(/asOf=2025-10-01/);
      await app.page.waitForSelector(node('example-acquisition-holdings'), { state: 'detached' });
      expect(await app.page.locator(node('example-travel-deals')).count()).toBe(0);
    });

    it('jumps to a node found by name and opens its details', async () => {
      await openMap('/map?asOf=2025-06-01');
      await app.page.getByLabel('Find a node by name').fill('card vault');
      await app.page.keyboard.press('Enter');
      await app.page.waitForURL(/node=example-card-vault/);
      const panel = app.page.getByRole('complementary');
      await panel.getByRole('heading', { name: 'Example Card Vault' }).waitFor();
      expect(await app.page.locator(`${node('example-card-vault')} .map-node.is-selected`).count()).toBe(1);
      // Centred: the node is inside the visible canvas.
      await settled(node('example-card-vault'));
      const canvas = await app.page.locator('.map-canvas').boundingBox();
      const box = await app.page.locator(node('example-card-vault')).boundingBox();
      expect(canvas && box && box.x >= canvas.x && box.x + box.width <= canvas.x + canvas.width).toBe(true);

      await app.page.getByLabel('Find a node by name').fill('no such thing');
      await app.page.keyboard.press('Enter');
      await app.page.getByText('Nothing called “no such thing” is on this map.').waitFor();
    });

    it('opens a side panel with details, flows and registry links on click, and highlights paths on hover', async () => {
      await openMap('/map?asOf=2025-06-01&class=PROCESSOR');
      // Fit the whole map on screen with the Controls button.
      await app.page.locator('.react-flow__controls-fitview').click();
      await settled(node('example-payments'));
      await app.page.locator(node('example-payments')).hover();
      await app.page.waitForSelector(`${node('example-payments')} .emphasis-on`);
      await app.page.waitForSelector('.map-node.emphasis-off');
      // Upstream: the categories it receives are lit.
      expect(await app.page.locator(`${node('payment-information')} .emphasis-on`).count()).toBe(1);

      await app.page.locator(node('example-payments')).click();
      await app.page.waitForURL(/node=example-payments/);
      const panel = app.page.getByRole('complementary');
      await panel.getByRole('heading', { name: 'Example Payments' }).waitFor();
      await panel.getByText('500 Example Street', { exact: false }).waitFor();
      await panel.getByText('On our behalf').first().waitFor();
      expect(await panel.getByRole('link', { name: 'Open in the registry' }).getAttribute('href')).toBe(
        '/registry/recipients?q=Example+Payments',
      );
      await screenshot(app.page, 'map-side-panel');

      await panel.getByRole('button', { name: 'Close details' }).click();
      await app.page.waitForURL((url) => !url.searchParams.has('node'));
    });
  });

  describe('who received', () => {
    const carmen = '/who-received?email=carmen.diaz%40example.com&from=2025-01-01&to=2025-12-31';

    it('answers with a table: evidence, dates and the opt-out violation in red', async () => {
      await app.openSignedIn(carmen);
      await app.page.getByRole('heading', { name: /7 recipients of/ }).waitFor();
      const rows = app.page.locator('.data-table tbody tr');
      expect(await rows.count()).toBe(7);

      const broker = rows.filter({ hasText: 'Example Data Exchange' });
      expect(await broker.getAttribute('class')).toContain('row-violation');
      expect(await broker.locator('.badge-confirmed').count()).toBe(1);
      expect(await broker.locator('.badge-inferred').count()).toBe(1);
      expect(await broker.textContent()).toContain('Aug 14, 2025');
      expect(await broker.textContent()).toContain('t-2025-08-data-broker');
      const red = await broker.locator('.badge-violation').evaluate((el) => getComputedStyle(el).backgroundColor);
      const [r, g, b] = (red.match(/\d+/g) ?? []).map(Number);
      expect(r).toBeGreaterThan(150);
      expect(g).toBeLessThan(80);
      expect(b).toBeLessThan(80);

      const hosting = rows.filter({ hasText: 'Example Cloud Hosting' });
      expect(await hosting.locator('.badge-inferred').count()).toBe(1);
      expect(await hosting.locator('.badge-confirmed').count()).toBe(0);

      // The same answer as a graph: the person and seven recipients, the violation marked.
      expect(await app.page.locator('.received-graph .react-flow__node').count()).toBe(8);
      expect(await app.page.locator('.received-graph .received-violation').count()).toBe(1);
      await screenshot(app.page, 'who-received', true);
    });

    it('exports the answer as CSV and JSON', async () => {
      await app.openSignedIn(carmen);
      await app.page.getByRole('heading', { name: /7 recipients of/ }).waitFor();

      const [csv] = await Promise.all([app.page.waitForEvent('download'), app.page.getByRole('button', { name: 'Export CSV' }).click()]);
      expect(csv.suggestedFilename()).toMatch(/^who-received-.*\.csv$/);
      const text = readFileSync(await csv.path(), 'utf8');
      const lines = text.trim().split(/\r?\n/);
      expect(lines[0]).toBe('recipient,recipientId,class,categories,purposes,uses,evidence,firstOn,lastOn,optOutViolations');
      expect(lines).toHaveLength(8);
      expect(text).toContain('Example Data Exchange,example-data-broker,THIRD_PARTY');

      const [json] = await Promise.all([app.page.waitForEvent('download'), app.page.getByRole('button', { name: 'Export JSON' }).click()]);
      const answer = JSON.parse(readFileSync(await json.path(), 'utf8')) as { recipients: unknown[]; to: string };
      expect(answer.recipients).toHaveLength(7);
      expect(answer.to).toBe('2025-12-31');
    });

    it('asks with the form and explains an unknown person', async () => {
      await app.openSignedIn('/who-received');
      await app.page.getByText('Ask about a person').waitFor();
      await app.page.getByLabel('Email address').fill('nobody@example.com');
      await app.page.getByRole('button', { name: 'Look up' }).click();
      await app.page.waitForURL(/email=nobody%40example\.com/);
      await app.page.getByText('No one with the email address “nobody@example.com” is on record.').waitFor();
      expect(await app.page.locator('.data-table').count()).toBe(0);
      await screenshot(app.page, 'who-received-unknown');

      await app.page.getByLabel('Identifier').selectOption('externalId');
      await app.page.getByLabel('External id').fill('cust-1001');
      await app.page.getByLabel('From', { exact: true }).fill('2025-01-01');
      await app.page.getByLabel('To', { exact: true }).fill('2025-12-31');
      await app.page.getByRole('button', { name: 'Look up' }).click();
      await app.page.getByRole('heading', { name: /13 recipients of/ }).waitFor();
    });
  });

  describe('Shine the Light', () => {
    it('previews the annual report: statutory categories in order and the third parties', async () => {
      const response = await app.page.goto(
        `${app.server.url}/reports/shine-the-light?year=2025&token=${encodeURIComponent(app.server.adminToken)}`,
      );
      if (response?.status() !== 200)
        throw new Error(`GET /reports/shine-the-light answered ${response?.status()}: the server must serve the web app there`);
      const letter = app.page.getByRole('article', { name: 'Shine the Light report preview' });
      await letter.waitFor();
      const codes = await letter.locator('.letter-categories li').evaluateAll((els) => els.map((el) => el.getAttribute('data-code') ?? ''));
      expect(codes.length).toBeGreaterThan(0);
      const order = codes.map((code) => SHINE_THE_LIGHT_CODES.indexOf(code as (typeof SHINE_THE_LIGHT_CODES)[number]));
      expect(order.every((index) => index >= 0)).toBe(true);
      expect([...order].sort((a, b) => a - b)).toEqual(order);
      expect(await letter.locator('.letter-categories li').first().textContent()).toBe('Name and address');

      const parties = await letter.locator('.letter-party h4').allTextContents();
      expect(parties).toEqual([
        'Example Agency Tools',
        'Example B2B Media',
        'Example Coffee Roasters',
        'Example Data Exchange',
        'Example Outdoor Gear',
        'Example Travel Deals',
      ]);
      await letter.getByText('17 Example Square, New York, NY 10010').waitFor();
      await screenshot(app.page, 'shine-the-light', true);

      // Printing shows the letter alone.
      await app.page.emulateMedia({ media: 'print' });
      expect(await app.page.locator('.topbar').isVisible()).toBe(false);
      expect(await letter.isVisible()).toBe(true);
      await app.page.emulateMedia({ media: 'screen' });
    });

    it('defaults to the preceding year and previews a per-person letter with its notice', async () => {
      await app.openSignedIn('/map');
      await app.page.getByRole('link', { name: 'Shine the Light' }).click();
      await app.page.getByRole('article', { name: 'Shine the Light report preview' }).waitFor();
      const lastYear = String(new Date().getUTCFullYear() - 1);
      expect(await app.page.getByLabel('Calendar year').inputValue()).toBe(lastYear);

      await app.page.getByLabel('Calendar year').selectOption('2025');
      await app.page.getByLabel('Email address').fill('carmen.diaz@example.com');
      await app.page.getByRole('button', { name: 'Preview' }).click();
      await app.page.waitForURL(/year=2025&personId=/);
      const letter = app.page.getByRole('article', { name: 'Shine the Light report preview' });
      await letter.getByText('No established business relationship', { exact: false }).waitFor();
      expect(await letter.locator('.letter-party h4').allTextContents()).toEqual([
        'Example Coffee Roasters',
        'Example Data Exchange',
        'Example Outdoor Gear',
      ]);
      await screenshot(app.page, 'shine-the-light-person', true);
    });
  });

  describe('registry', () => {
    it('lists every kind in sortable, filterable tables', async () => {
      await app.openSignedIn('/registry/recipients');
      const rows = app.page.locator('.data-table tbody tr');
      await app.page.getByText('19 recipients', { exact: true }).waitFor();
      await screenshot(app.page, 'registry-recipients', true);

      await app.page.getByLabel('Class', { exact: true }).selectOption('PROCESSOR');
      await app.page.waitForURL(/class=PROCESSOR/);
      await app.page.getByText('7 recipients', { exact: true }).waitFor();
      await app.page.getByLabel('Filter', { exact: true }).fill('vault');
      await app.page.getByText('1 of 7 recipients', { exact: true }).waitFor();
      expect(await rows.count()).toBe(1);

      await app.page.getByLabel('Filter', { exact: true }).fill('');
      await app.page.getByRole('button', { name: /^Name/ }).click();
      await app.page.waitForURL(/sort=name&dir=desc/);
      const names = await rows.locator('td:first-child').allTextContents();
      expect(names).toEqual([...names].sort((a, b) => b.localeCompare(a, 'en')));

      await app.page.getByRole('link', { name: 'Categories' }).click();
      await app.page.getByText('33 categories', { exact: true }).waitFor();
      const emailRow = rows.filter({ hasText: 'email-address' });
      expect(await emailRow.textContent()).toContain('Electronic mail address');
      await screenshot(app.page, 'registry-categories', true);

      await app.page.getByRole('link', { name: 'Disclosures' }).click();
      await app.page.getByText('22 disclosures', { exact: true }).waitFor();
      expect(await app.page.locator('.row-ended').count()).toBe(3);
      const buyer = rows.filter({ hasText: 'd-buyer-due-diligence' });
      expect(await buyer.getAttribute('class')).toContain('row-ended');
      await screenshot(app.page, 'registry-disclosures', true);

      for (const [kind, count] of [
        ['Purposes', '20 purposes'],
        ['Sources', '6 sources'],
        ['Segments', '4 segments'],
        ['Systems', '5 systems'],
      ] as const) {
        await app.page.getByRole('link', { name: kind, exact: true }).click();
        await app.page.getByText(count, { exact: true }).waitFor();
        await screenshot(app.page, `registry-${kind.toLowerCase()}`, true);
      }
    });

    it('registers a processor, showing the server’s error on the right field first', async () => {
      await app.openSignedIn('/registry/recipients');
      await app.page.getByText('19 recipients', { exact: true }).waitFor();
      await app.page.getByRole('button', { name: 'Register a processor' }).click();
      const form = app.page.getByRole('form', { name: 'Register a processor' });
      await form.getByRole('checkbox', { name: 'Email address' }).waitFor();

      await form.getByRole('textbox', { name: 'Name', exact: true }).fill('Example Survey Tools');
      expect(await form.getByRole('textbox', { name: 'Id', exact: true }).inputValue()).toBe('example-survey-tools');
      await form.getByRole('textbox', { name: 'Id', exact: true }).fill('Not A Slug!');
      await form.getByLabel('Agreement signed on').fill('2026-01-15');
      await form.getByLabel('Receives data from').fill('2026-02-01');
      await form.getByRole('checkbox', { name: 'Email address' }).check();
      await form.getByRole('checkbox', { name: 'Provide the Platform' }).check();
      await form.getByRole('checkbox', { name: 'Platform users' }).check();
      await form.getByRole('button', { name: 'Register processor' }).click();

      const idError = form.locator('.field.has-error');
      await idError.waitFor();
      expect(await idError.locator('label').textContent()).toContain('Id');
      expect(await idError.locator('.field-error').textContent()).toMatch(/slug/i);
      expect(await form.getByRole('textbox', { name: 'Id', exact: true }).getAttribute('aria-invalid')).toBe('true');
      await screenshot(app.page, 'registry-processor-field-error');

      await form.getByRole('textbox', { name: 'Id', exact: true }).fill('example-survey-tools');
      await form.getByRole('button', { name: 'Register processor' }).click();
      await form.getByText('Registered the processor Example Survey Tools (example-survey-tools).').waitFor();
      await app.page.getByText('20 recipients', { exact: true }).waitFor();
      expect(await app.page.locator('.data-table tbody tr').filter({ hasText: 'Example Survey Tools' }).count()).toBe(1);
    });
  });

  describe('narrow window (420 px)', () => {
    it('keeps every page usable', async () => {
      await app.reopen({ width: 420, height: 800 });
      await openMap('/map?asOf=2025-06-01&node=example-payments');
      await app.page.getByRole('complementary').getByRole('heading', { name: 'Example Payments' }).waitFor();
      expect(await app.page.getByRole('button', { name: 'Filters' }).isVisible()).toBe(true);
      await screenshot(app.page, 'narrow-map');

      for (const [name, path] of [
        ['narrow-who-received', '/who-received?email=carmen.diaz%40example.com&from=2025-01-01&to=2025-12-31'],
        ['narrow-registry', '/registry/recipients'],
      ] as const) {
        await app.page.goto(`${app.server.url}${path}`);
        await app.page.locator('.data-table tbody tr').first().waitFor();
        const overflow = await app.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        await screenshot(app.page, name, true);
      }
    });
  });
});
