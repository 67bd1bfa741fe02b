import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { type Browser, type BrowserContext, chromium, type Locator, type Page } from 'playwright-core';
import type { TestApp } from './test-app.js';

/** Debian's Chromium (what .ci/run installs), unless CHROMIUM_PATH names another. */
const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/**
 * The flags this machine needs (see ../shared/WEB.md): no sandbox as root, no GPU, and nothing that
 * reaches for the network on its own. Deliberately not @sparticuz/chromium's own `args`: those
 * switch off web security and process isolation, which would hide CSP bugs.
 */
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

async function chromiumPath(): Promise<string> {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  // A fresh machine without a browser: the Chromium packaged on npm, unpacked to /tmp.
  const { default: packaged } = await import('@sparticuz/chromium');
  return packaged.executablePath();
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: await chromiumPath(), args: FLAGS });
}

/** The test app listening on a loopback port, for a browser to visit. */
export async function servePages(testApp: TestApp): Promise<string> {
  await testApp.app.listen(0, '127.0.0.1');
  const address = testApp.app.getHttpServer().address() as { port: number };
  return `http://127.0.0.1:${address.port}`;
}

export const NARROW = { width: 320, height: 640 };
export const PHONE = { width: 360, height: 740 };
export const DESKTOP = { width: 1280, height: 900 };

export interface BrowsingOptions {
  javaScript?: boolean;
  viewport?: { width: number; height: number };
}

/** Contexts opened with JavaScript off: axe cannot run in their pages (see inspect()). */
const withoutScripts = new WeakSet<BrowserContext>();

export async function newContext(
  browser: Browser,
  baseURL: string,
  options: BrowsingOptions = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL,
    javaScriptEnabled: options.javaScript ?? true,
    viewport: options.viewport ?? DESKTOP,
    locale: 'da-DK',
    timezoneId: 'Europe/Copenhagen',
  });
  // A missing element fails in seconds, not at the test's timeout.
  context.setDefaultTimeout(10_000);
  if (options.javaScript === false) withoutScripts.add(context);
  return context;
}

/** Every page state is checked against WCAG 2.1 A and AA: zero violations. */
export async function expectAccessible(page: Page): Promise<void> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const violations = result.violations.map((violation) => ({
    id: violation.id,
    help: violation.help,
    nodes: violation.nodes.map((node) => node.target.join(' ')),
  }));
  expect({ url: page.url(), violations }).toEqual({ url: page.url(), violations: [] });
}

const SCREENSHOTS = join(process.cwd(), 'test-artifacts', 'screenshots');

/** A full-page screenshot kept as a test artefact (git-ignored): test-artifacts/screenshots/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/**
 * Readable at 320 CSS px (a small phone, or 1280 px at 400 % zoom): nothing wider than the screen.
 * The design system hides the body's horizontal overflow, so every element's right edge is checked,
 * not only the document's width.
 */
export async function expectNoSideways(page: Page): Promise<void> {
  const limit = NARROW.width;
  const sideways = await page.evaluate((width) => {
    // The page's own document, typed by hand: the tests compile without the DOM library.
    type Element = {
      tagName: string;
      className: unknown;
      textContent: string | null;
      getBoundingClientRect: () => { right: number };
    };
    type Doc = { scrollingElement: { scrollWidth: number }; querySelectorAll: (s: string) => Element[] };
    const doc = (globalThis as unknown as { document: Doc }).document;
    const wide = [...doc.querySelectorAll('body *')].filter(
      (e) => e.getBoundingClientRect().right > width + 0.5,
    );
    const describe = (e: Element) =>
      `${e.tagName}.${String(e.className)} "${(e.textContent ?? '').trim().slice(0, 40)}"`;
    return { page: doc.scrollingElement.scrollWidth > width, elements: wide.slice(0, 5).map(describe) };
  }, limit);
  expect({ url: page.url(), ...sideways }).toEqual({ url: page.url(), page: false, elements: [] });
}

async function inspectAsShown(page: Page, name: string): Promise<void> {
  await expectAccessible(page);
  const viewport = page.viewportSize() ?? DESKTOP;
  await page.setViewportSize(NARROW);
  await expectNoSideways(page);
  for (const [label, size] of [
    ['360', PHONE],
    ['1280', DESKTOP],
  ] as const) {
    await page.setViewportSize(size);
    await screenshot(page, `${name}-${label}`);
  }
  await page.setViewportSize(viewport);
}

/**
 * Checks the page as it stands — axe (WCAG 2.1 A/AA), nothing sideways at 320 px — and keeps its
 * picture at a phone's and a desktop's width. axe runs as a script in the page, which never runs
 * in a context without JavaScript: such a page is checked as a copy of its HTML at the same address
 * in a context with JavaScript, our own scripts blocked, so what is checked is what the citizen
 * without JavaScript got.
 */
export async function inspect(page: Page, name: string): Promise<void> {
  if (!withoutScripts.has(page.context())) return inspectAsShown(page, name);
  const [url, html] = [page.url(), await page.content()];
  const browser = page.context().browser()!;
  const context = await newContext(browser, new URL(url).origin);
  const copy = await context.newPage();
  await copy.route(
    (address) => address.href === url,
    (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }),
  );
  await copy.route(/\/assets\/(app|altcha)\/.*\.js$/, (route) => route.abort());
  await copy.goto(url);
  await inspectAsShown(copy, name);
  await context.close();
}

/** Presses Tab until `target` has the focus, as a keyboard user moves through the page. */
export async function tabTo(page: Page, target: Locator, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((element) => element === element.ownerDocument.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

/** Does something that loads a page (maybe the same address, as a form shown again) and waits for it. */
export async function clickAway(page: Page, click: () => Promise<void>): Promise<void> {
  const navigated = page.waitForEvent('framenavigated', (frame) => frame === page.mainFrame());
  await click();
  await navigated;
  await page.waitForLoadState();
}
