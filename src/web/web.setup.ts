import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import fastifyView from '@fastify/view';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Eta } from 'eta';

const require = createRequire(import.meta.url);
/** Templates and our own assets live beside the page controllers (copied to dist by the build). */
const WEB_DIR = fileURLToPath(new URL('.', import.meta.url));
/**
 * A package's dist folder, served as it is published: the design system is never copied into the
 * repo. Found through Node's resolution paths (the packages' `exports` hide their package.json).
 */
function packageDist(name: string): string {
  const root = require.resolve
    .paths(name)
    ?.map((dir) => join(dir, name))
    .find((dir) => existsSync(join(dir, 'package.json')));
  if (!root) throw new Error(`${name} is not installed (npm ci)`);
  return join(root, 'dist');
}

/** The assets the pages load, by URL prefix: all from this origin (see PAGE_CSP). */
export const ASSET_ROOTS = {
  '/assets/dkfds/': { root: () => packageDist('dkfds'), maxAge: '1d' },
  '/assets/altcha/': { root: () => packageDist('altcha'), maxAge: '1d' },
  // The statistics page's charts (chart.umd.min.js: a classic script, no bundler needed).
  '/assets/chartjs/': { root: () => packageDist('chart.js'), maxAge: '1d' },
  // Our own scripts and styles change with the templates at a deploy, under the same URLs: a short
  // cache, then a revalidation (ETag), so a browser never runs an old app.js against new pages.
  '/assets/app/': { root: () => join(WEB_DIR, 'assets'), maxAge: '10m' },
} as const;

/**
 * What the pages need from Fastify: cookies (the CSRF secret), Eta templates through @fastify/view,
 * and the static assets. Eta: plain JavaScript in templates with escaping by default (`<%= %>`),
 * layouts and partials, no build step, ESM-native and maintained — Nunjucks would add a second
 * expression language for no gain, and JSX a compile step for the templates.
 */
export async function registerPages(app: NestFastifyApplication): Promise<void> {
  await app.register(fastifyCookie);
  await app.register(fastifyView, {
    // Compiled once per process: templates change only with a deploy.
    engine: { eta: new Eta({ views: WEB_DIR, cache: true, autoTrim: [false, 'nl'] }) },
    templates: WEB_DIR,
    production: true,
  });
  for (const [prefix, { root, maxAge }] of Object.entries(ASSET_ROOTS))
    await app.register(fastifyStatic, {
      root: root(),
      prefix,
      decorateReply: false,
      index: false,
      list: false,
      // The packages' files change only when a deploy upgrades them; a day's caching spares page loads.
      maxAge,
      allowedPath: (path) => !path.endsWith('.map'),
    });
}
