// NestJS 12 is ESM-only, so Jest runs in ESM mode (see package.json "test") and @swc/jest compiles
// TypeScript with the legacy decorators and metadata Nest and TypeORM rely on.
const swc = [
  '@swc/jest',
  {
    jsc: {
      target: 'es2022',
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    },
    module: { type: 'es6' },
    sourceMaps: 'inline',
  },
];

const shared = {
  extensionsToTreatAsEsm: ['.ts'],
  transform: {
    '^.+\\.ts$': swc,
    'node_modules/content-disposition/.+\\.js$': [
      '@swc/jest',
      { jsc: { target: 'es2022' }, module: { type: 'commonjs' } },
    ],
  },
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  // @fastify/static (CommonJS, loaded by the OpenAPI UI) requires content-disposition 3, which is
  // ESM-only; Node 20 can require() it but Jest's module system cannot, so Jest compiles it.
  transformIgnorePatterns: ['/node_modules/(?!content-disposition/)'],
  testEnvironment: 'node',
};

/** @type {import('jest').Config} */
export default {
  projects: [
    { ...shared, displayName: 'unit', roots: ['<rootDir>/src'], testMatch: ['**/*.spec.ts'] },
    {
      ...shared,
      displayName: 'e2e',
      roots: ['<rootDir>/test'],
      testMatch: ['**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
      setupFiles: ['<rootDir>/test/support/env.ts'],
    },
  ],
  // A global option: Jest ignores it inside a project, where it used to sit, and every hook then
  // had the default 5 s, which a loaded machine exceeds while it creates a test database.
  testTimeout: 30000,
  // Run in a worker that is replaced once it holds more than this after a test file. In band (the
  // default with one worker on two cores) the one process grew to ~4 GB over the ~170 files, and
  // its pauses outlasted the database client's 1.6 s read timeout in whichever test ran then.
  workerIdleMemoryLimit: '1GB',
};
