import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startTestServer, type TestServer } from '../support/server';

/**
 * Real Chromium for the browser tests. A missing /usr/bin/chromium skips the suites with a message, unless
 * REQUIRE_BROWSER=1, which makes it a failure (CI installs chromium).
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const browserAvailable = existsSync(CHROMIUM_PATH);
export const browserRequired = process.env.REQUIRE_BROWSER === '1';
export const SCREENSHOT_DIR = join(__dirname, '..', 'artifacts', 'screenshots');
export const WEB_DIST_INDEX = join(__dirname, '..', '..', 'web', 'dist', 'index.html');

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** `describe` when Chromium is there; otherwise a loud failure (REQUIRE_BROWSER=1) or nothing but a warning. */
export function describeInBrowser(name: string, body: () => void): void {
  if (browserAvailable) {
    describe(name, body);
    return;
  }
  if (browserRequired) {
    describe(name, () => {
      it('needs Chromium', () => {
        throw new Error(`REQUIRE_BROWSER=1 but ${CHROMIUM_PATH} is missing (apt-get install -y chromium)`);
      });
    });
    return;
  }
  // Not registered at all: the test runner reports the browser tier as skipped, and REQUIRE_BROWSER=1 makes it fail.
  console.warn(`Not running "${name}": ${CHROMIUM_PATH} is missing (apt-get install -y chromium, or set CHROMIUM_PATH).`);
}

export function assertWebBuilt(): void {
  if (!existsSync(WEB_DIST_INDEX)) throw new Error(`${WEB_DIST_INDEX} is missing: build the web app first (npm run build -w web).`);
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/** Collects console errors and uncaught page errors; a test expects the list to stay empty. */
export function watchConsole(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console.error on ${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`uncaught on ${page.url()}: ${error.message}`));
  return errors;
}

export async function screenshot(page: Page, name: string, fullPage = false): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage });
}

export interface SignedInBrowserOptions {
  /** Each test's window; 1280 × 800 unless given. */
  viewport?: { width: number; height: number };
  /** Playwright's default unless given. */
  acceptDownloads?: boolean;
  /** The server's options; the embedded engine with the example map unless given. */
  server?: Parameters<typeof startTestServer>[0];
}

export interface SignedInBrowser {
  readonly server: TestServer;
  readonly context: BrowserContext;
  readonly page: Page;
  /** Opens a page signed in by link (`?token=`), as the admin unless another token is given. */
  openSignedIn(path: string, token?: string): Promise<void>;
  /** Closes the test's context and opens a new one, in another window size; the console check moves to the new page. */
  reopen(viewport: { width: number; height: number }): Promise<void>;
}

/**
 * The lifecycle of a browser suite, registered in the `describe` it is called in: one server and one Chromium for the
 * suite; for each test a new context and page whose console must stay free of errors.
 */
export function useSignedInBrowser(options: SignedInBrowserOptions = {}): SignedInBrowser {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let consoleErrors: string[];

  async function newPage(viewport = options.viewport ?? { width: 1280, height: 800 }): Promise<void> {
    context = await browser.newContext({ viewport, acceptDownloads: options.acceptDownloads });
    page = await context.newPage();
    consoleErrors = watchConsole(page);
  }

  beforeAll(async () => {
    assertWebBuilt();
    server = await startTestServer(options.server ?? { engine: 'embedded', seed: 'example' });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  beforeEach(async () => {
    await newPage();
  });

  afterEach(async () => {
    await context?.close();
    expect(consoleErrors).toEqual([]);
  });

  return {
    get server() {
      return server;
    },
    get context() {
      return context;
    },
    get page() {
      return page;
    },
    async openSignedIn(path: string, token = server.adminToken): Promise<void> {
      const separator = path.includes('?') ? '&' : '?';
      await page.goto(`${server.url}${path}${separator}token=${encodeURIComponent(token)}`);
    },
    async reopen(viewport: { width: number; height: number }): Promise<void> {
      await context.close();
      await newPage(viewport);
    },
  };
}
