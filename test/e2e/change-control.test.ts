import { createHmac } from 'node:crypto';
import { WebhookReceiver } from '../support/webhook-receiver';
import { axeViolations } from './axe';
import { describeInBrowser, screenshot, useSignedInBrowser } from './browser';

/** Undeclared transfers, risk assessments and webhooks in real Chromium, against the example map. */
describeInBrowser('incidents and change control pages', () => {
  const app = useSignedInBrowser({
    viewport: { width: 1280, height: 900 },
    server: { engine: 'embedded', seed: 'example', webhooks: { allowPrivate: true, pollMs: 100, backoffBaseMs: 200 } },
  });
  const receiver = new WebhookReceiver();
  beforeAll(() => receiver.start());
  afterAll(() => receiver.stop());

  it('lists an undeclared transfer with its reason for legal', async () => {
    const res = await app.server.gql(`mutation { recordTransfer(input: {id: "t-e2e-undeclared", recipientId: "example-outdoor-gear",
      categoryIds: ["email-address"], use: OWN_OTHER_USE, occurredOn: "2025-06-01", people: [{email: "alice.rivera@example.com"}]}) { id } }`);
    expect(res.errors).toBeUndefined();
    await app.openSignedIn('/undeclared');
    await app.page.getByRole('heading', { name: 'Undeclared transfers' }).waitFor();
    const row = app.page.locator('tr[data-transfer-id="t-e2e-undeclared"]');
    await row.waitFor();
    // The outdoor-gear shop receives no e-mail addresses for its own other use under any declared disclosure.
    expect(await row.locator('li').first().getAttribute('data-reason')).toMatch(
      /^(NO_DISCLOSURE_IN_FORCE|USE_NOT_DECLARED|CATEGORY_NOT_DECLARED)$/,
    );
    expect(await axeViolations(app.page)).toEqual([]);
    await screenshot(app.page, 'undeclared-transfers', true);
  });

  it('shows the risk-assessment checklist and records an assessment from it', async () => {
    await app.openSignedIn('/risk-assessments?asOf=2026-06-30');
    await app.page.getByRole('heading', { name: 'Risk assessments' }).waitFor();
    const rows = app.page.locator('tbody tr[data-flow-id]');
    await rows.first().waitFor();
    const pending = app.page.locator('tbody tr[data-flow-id]', { hasNot: app.page.locator('.badge-responded') }).first();
    const flowId = (await pending.getAttribute('data-flow-id')) ?? '';
    expect(flowId).not.toBe('');
    expect(await axeViolations(app.page)).toEqual([]);
    await screenshot(app.page, 'risk-assessments', true);
    await pending.getByLabel('Assessed on').fill('2026-05-01');
    await pending.getByLabel('Document').fill('DPIA-E2E-1');
    await pending.getByRole('button', { name: 'Record' }).click();
    const done = app.page.locator(`tr[data-flow-id="${flowId}"]`);
    await done.locator('.badge-responded', { hasText: 'Done' }).waitFor();
    expect(await done.textContent()).toContain('DPIA-E2E-1');
  });

  it('creates a webhook, shows its secret once, logs a signed delivery, and deletes it', async () => {
    await app.openSignedIn('/webhooks');
    await app.page.getByRole('heading', { name: 'Webhooks' }).waitFor();
    await app.page.getByLabel('Receiver URL (http or https)').fill('ftp://hooks.example.com/in');
    await app.page.getByRole('button', { name: 'Add webhook' }).click();
    await app.page.getByRole('alert').filter({ hasText: 'http' }).waitFor();
    await app.page.getByLabel('Receiver URL (http or https)').fill(receiver.url);
    await app.page.getByRole('button', { name: 'Add webhook' }).click();
    const secret = (await app.page.getByTestId('webhook-secret').textContent()) ?? '';
    expect(secret).toMatch(/^whsec_/);
    expect(
      (await app.server.gql('mutation { upsertSegment(input: {id: "e2e-visitors", name: "Visitors"}) { id } }')).errors,
    ).toBeUndefined();
    await receiver.until(() => receiver.received.length > 0, 'the delivery');
    const [hook] = receiver.received;
    expect(hook.headers['x-disclosure-map-signature']).toBe(`sha256=${createHmac('sha256', secret).update(hook.raw).digest('hex')}`);
    const section = app.page.getByRole('region', { name: `Webhook ${receiver.url}` });
    for (let i = 0; i < 40; i += 1) {
      await section.getByRole('button', { name: 'Refresh' }).click();
      if (await section.locator('.badge-responded', { hasText: 'Delivered' }).count()) break;
      await app.page.waitForTimeout(100);
    }
    await section.locator('.badge-responded', { hasText: 'Delivered' }).first().waitFor();
    expect(await axeViolations(app.page)).toEqual([]);
    await screenshot(app.page, 'webhooks', true);
    await app.page.getByRole('button', { name: 'I have stored it' }).click();
    expect(await app.page.getByTestId('webhook-secret').count()).toBe(0);
    await section.getByRole('button', { name: 'Delete webhook' }).click();
    await app.page.getByText('No webhooks yet.').waitFor();
  });
});
