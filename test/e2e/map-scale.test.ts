import { synthInventory } from '../../server/src/cli/synth';
import { SeedService } from '../../server/src/seed/seed.service';
import { axeViolations } from './axe';
import { describeInBrowser, screenshot, useSignedInBrowser } from './browser';

interface PlainMap {
  nodes: { id: string; kind: string; label: string; group: string | null }[];
  edges: { source: string; target: string; kind: string }[];
}

const AS_OF = '2024-06-01';
const node = (id: string) => `.react-flow__node[data-id="${id}"]`;
const READY = '.map-canvas[data-ready="true"] .react-flow__node';

/**
 * The map of the synthetic company (2,000 recipients over every class, 330 categories, 200 segments, 30 systems,
 * 2,000 disclosures; inventory only) at 1400×900: grouped by default, groups open a page at a time, focus on one
 * recipient's paths, every view in the URL.
 */
/** The synthetic company's map in a software-rendering Chromium on a busy CI machine: minutes, not the default two. */
jest.setTimeout(300_000);

describeInBrowser('the map at scale', () => {
  const app = useSignedInBrowser({ viewport: { width: 1400, height: 900 }, server: { engine: 'embedded', seed: 'none' } });
  let plain: PlainMap;

  beforeAll(async () => {
    await app.server.app.get(SeedService).load(synthInventory({ people: 0, transfers: 0, seed: 42 }));
    const res = await app.server.gql<{ dataMap: PlainMap }>(
      `{ dataMap(asOf: "${AS_OF}") { nodes { id kind label group } edges { source target kind } } }`,
    );
    plain = res.data?.dataMap as PlainMap;
  }, 300_000);

  async function open(path: string): Promise<void> {
    await app.openSignedIn(path);
    await app.page.waitForSelector(READY, { timeout: 60_000 });
    await app.page.waitForTimeout(300);
  }
  const drawnIds = () =>
    app.page.locator('.react-flow__node').evaluateAll((els) => els.map((el) => el.getAttribute('data-id') ?? '').sort());
  const zoom = () =>
    app.page.evaluate(() =>
      Number(/scale\(([\d.]+)\)/.exec(document.querySelector<HTMLElement>('.react-flow__viewport')?.style.transform ?? '')?.[1]),
    );
  /** A class's recipients A–Z by name, as an open group draws them. */
  const recipientsOf = (cls: string) =>
    plain.nodes
      .filter((n) => n.kind === 'recipient' && n.group === cls)
      .sort((a, b) => a.label.localeCompare(b.label, 'en', { sensitivity: 'base', numeric: true }));
  /** axe on the page with the pointer away from the map (a hovered node fades the others). */
  async function expectNoAxeViolations(): Promise<void> {
    await app.page.mouse.move(5, 5);
    await app.page.waitForTimeout(250);
    expect(await axeViolations(app.page)).toEqual([]);
  }

  it('opens grouped: one box per recipient class with its count, categories by parent, labels readable', async () => {
    expect(plain.nodes.filter((n) => n.kind === 'recipient').length).toBeGreaterThan(1000);
    await open(`/map?asOf=${AS_OF}`);
    expect(await app.page.locator('.react-flow__node-recipient').count()).toBe(0);
    const processors = (await app.page.locator(node('group:recipient:PROCESSOR')).textContent()) ?? '';
    expect(processors).toContain(`Processors (service providers) · ${recipientsOf('PROCESSOR').length.toLocaleString('en-US')}`);
    for (const cls of ['AFFILIATE', 'CUSTOMER', 'ACQUIRER', 'THIRD_PARTY', 'AUTHORITY']) {
      const text = (await app.page.locator(node(`group:recipient:${cls}`)).textContent()) ?? '';
      expect(text).toContain(`· ${recipientsOf(cls).length.toLocaleString('en-US')}`);
    }
    expect(await app.page.locator('.react-flow__node[data-id^="group:category:"]').count()).toBe(30);
    // Every box on screen at a zoom where the 12 px labels are drawn at 10 px or more.
    expect(await zoom()).toBeGreaterThanOrEqual(0.83);
    await app.page.getByText(/nodes in \d+ boxes/).waitFor();
    await screenshot(app.page, 'map-scale-overview');
    await expectNoAxeViolations();
  });

  it('opens a group on click with its first page of members A–Z, pages on, and closes again', async () => {
    await open(`/map?asOf=${AS_OF}`);
    await app.page.locator(node('group:recipient:AFFILIATE')).click();
    await app.page.waitForURL(/expand=group%3Arecipient%3AAFFILIATE/);
    await app.page.waitForSelector('.map-group-open[data-node-id="group:recipient:AFFILIATE"]');
    const affiliates = recipientsOf('AFFILIATE');
    const firstPage = Math.min(100, affiliates.length);
    await app.page.waitForFunction((n) => document.querySelectorAll('.react-flow__node-recipient').length === n, firstPage);
    const expected = affiliates
      .map((r) => r.label)
      .sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base', numeric: true }))
      .slice(0, firstPage);
    const shown = await app.page
      .locator('.react-flow__node-recipient')
      .evaluateAll((els) => els.map((el) => el.textContent?.replace(/^Recipient: /, '') ?? ''));
    expect([...shown].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base', numeric: true }))).toEqual(expected);
    await screenshot(app.page, 'map-scale-expanded');
    await expectNoAxeViolations();

    if (affiliates.length > firstPage) {
      await app.page.getByRole('button', { name: /^Show \d+ more$/ }).click();
      await app.page.waitForURL(/AFFILIATE\*\d+/);
      await app.page.waitForFunction(
        (n) => document.querySelectorAll('.react-flow__node-recipient').length === n,
        Math.min(200, affiliates.length),
      );
    }
    await app.page.getByRole('button', { name: 'Close group' }).click();
    // 200 boxes laid out and drawn by a software rasteriser: on a loaded CI machine this takes longer than 30 s.
    await app.page.waitForURL((url) => !url.searchParams.has('expand'), { timeout: 90_000 });
    await app.page.waitForFunction(() => document.querySelectorAll('.react-flow__node-recipient').length === 0);
  });

  it('focuses on a recipient: exactly its paths, its details beside them, breadcrumbs back', async () => {
    const recipient = recipientsOf('THIRD_PARTY')[0];
    await open(`/map?asOf=${AS_OF}&expand=group:recipient:THIRD_PARTY*10`);
    await app.page.locator(node(recipient.id)).click();
    await app.page.waitForURL(new RegExp(`focus=recipient%3A${recipient.id}`));
    await app.page.waitForSelector(`.map-canvas[data-ready="true"] ${node(recipient.id)}`);
    await app.page.waitForFunction(() => document.querySelectorAll('.react-flow__node-group').length === 0);
    // Its categories and where they came from, the systems it is sent from, its class (segments and purposes hidden).
    const categories = new Set(plain.edges.filter((e) => e.kind === 'discloses' && e.target === recipient.id).map((e) => e.source));
    const sources = plain.edges.filter((e) => e.kind === 'collects' && categories.has(e.target)).map((e) => e.source);
    const systems = plain.edges.filter((e) => e.kind === 'from-system' && e.target === recipient.id).map((e) => e.source);
    const expected = [...new Set([recipient.id, 'THIRD_PARTY', ...categories, ...sources, ...systems])].sort();
    expect(await drawnIds()).toEqual(expected);
    const panel = app.page.getByRole('complementary');
    await panel.getByRole('heading', { name: recipient.label }).waitFor();
    const crumbs = app.page.getByRole('navigation', { name: 'Map view' });
    await crumbs.getByText(`Paths of ${recipient.label}`).waitFor();
    await screenshot(app.page, 'map-scale-focused');
    await expectNoAxeViolations();

    await crumbs.getByRole('button', { name: 'Overview' }).click();
    await app.page.waitForURL((url) => !url.searchParams.has('focus'));
    await app.page.waitForSelector(`.map-canvas[data-ready="true"] ${node('group:recipient:PROCESSOR')}`);
  });

  it('finds a recipient inside a closed group by name and focuses on it', async () => {
    const recipient = recipientsOf('CUSTOMER')[3];
    await open(`/map?asOf=${AS_OF}`);
    await app.page.getByLabel('Find a node by name').fill(recipient.label);
    await app.page.keyboard.press('Enter');
    await app.page.waitForURL(new RegExp(`focus=recipient%3A${recipient.id}`));
    await app.page.waitForSelector(`.map-canvas[data-ready="true"] ${node(recipient.id)}`);
  });

  it('keeps the view in the URL: a reload or a shared link shows the same', async () => {
    const recipient = recipientsOf('PROCESSOR')[5];
    const path = `/map?asOf=${AS_OF}&class=PROCESSOR,THIRD_PARTY&expand=${encodeURIComponent('group:recipient:THIRD_PARTY')}*20`;
    await open(path);
    const before = await drawnIds();
    expect(before.filter((id) => id.startsWith('group:recipient:'))).toEqual(['group:recipient:PROCESSOR', 'group:recipient:THIRD_PARTY']);
    await app.page.reload();
    await app.page.waitForSelector(READY);
    expect(await drawnIds()).toEqual(before);

    await open(`/map?asOf=${AS_OF}&focus=recipient:${recipient.id}`);
    await app.page.waitForSelector(node(recipient.id));
    await app.page.getByRole('complementary').getByRole('heading', { name: recipient.label }).waitFor();
    await app.page.goBack();
    await app.page.waitForURL((url) => url.searchParams.has('expand'));

    // Grouping off: every node, as on a small map (the class container counts its recipients).
    await open(`/map?asOf=${AS_OF}&group=none&class=AUTHORITY`);
    expect(await app.page.locator('.react-flow__node-group').count()).toBe(0);
    await app.page.getByRole('button', { name: 'Group again' }).waitFor();
    const total = await app.page.evaluate(() => document.querySelector('.map-canvas')?.getAttribute('data-ready'));
    expect(total).toBe('true');
  });
});
