import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
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

export const PHONE = { width: 360, height: 740 };
export const DESKTOP = { width: 1280, height: 900 };

export interface BrowsingOptions {
  javaScript?: boolean;
  viewport?: { width: number; height: number };
}

export async function newContext(
  browser: Browser,
  baseURL: string,
  options: BrowsingOptions = {},
): Promise<BrowserContext> {
  return browser.newContext({
    baseURL,
    javaScriptEnabled: options.javaScript ?? true,
    viewport: options.viewport ?? DESKTOP,
    locale: 'da-DK',
    timezoneId: 'Europe/Copenhagen',
  });
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
 * Checks the page as it stands (axe) and keeps its picture at a phone's and a desktop's width;
 * the viewport is left as it was found.
 */
export async function inspect(page: Page, name: string): Promise<void> {
  await expectAccessible(page);
  const viewport = page.viewportSize() ?? DESKTOP;
  for (const [label, size] of [
    ['360', PHONE],
    ['1280', DESKTOP],
  ] as const) {
    await page.setViewportSize(size);
    await screenshot(page, `${name}-${label}`);
  }
  await page.setViewportSize(viewport);
}
