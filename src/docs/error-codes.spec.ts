import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { OpenAPIObject } from '@nestjs/swagger';
import { errorCatalog } from './error-codes.js';
import { documentErrorCodes, README_END, README_START, withErrorCodes } from './error-codes.docs.js';
import { GENERIC } from '../common/errors/error-response.js';

const SRC = fileURLToPath(new URL('../', import.meta.url));
const README = fileURLToPath(new URL('../../README.md', import.meta.url));

/** Every `readonly code = '…'` in the sources: the codes of all error classes, found or not. */
function declaredCodes(): string[] {
  const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' }).filter(
    (file) => file.endsWith('.ts') && !file.endsWith('.spec.ts'),
  );
  return files.flatMap((file) =>
    [...readFileSync(join(SRC, file), 'utf8').matchAll(/readonly\s+code\s*=\s*['"]([A-Z0-9_]+)['"]/g)].map(
      (match) => match[1],
    ),
  );
}

describe('errorCatalog', () => {
  const catalog = errorCatalog();
  const codes = catalog.map((entry) => entry.code);

  it('lists every error class of every module, so a new one cannot be left out', () => {
    const declared = declaredCodes();
    expect(declared.length).toBeGreaterThan(30);
    expect(declared).toContain('TRIAGE_RULES_INCOMPLETE');
    expect(declared).toContain('DATABASE_UNAVAILABLE');
    const missing = declared.filter((code) => !codes.includes(code));
    // A code here belongs to a class errorCatalog() cannot see: add its module to ERROR_MODULES.
    expect(missing).toEqual([]);
  });

  it('lists the generic codes of errors raised outside the domain, and nothing else', () => {
    const generic = Object.values(GENERIC).map((entry) => entry.code);
    expect(new Set(codes)).toEqual(new Set([...declaredCodes(), ...generic]));
    expect(codes).toHaveLength(new Set(codes).size);
  });

  it('gives each code the status the error filter answers with', () => {
    const status = Object.fromEntries(catalog.map((entry) => [entry.code, entry.status]));
    expect(status).toMatchObject({
      VALIDATION_FAILED: 400,
      MALFORMED_REQUEST: 400,
      INVALID_TOKEN: 401,
      ROLE_REQUIRED: 403,
      NOT_FOUND: 404,
      VISIT_NOT_STARTED: 409,
      CONFLICT: 409,
      TRIAGE_RULES_INCOMPLETE: 422,
      TOO_MANY_LOGIN_ATTEMPTS: 429,
      INTERNAL_ERROR: 500,
      DATABASE_UNAVAILABLE: 503,
    });
    expect(catalog.map((entry) => entry.status)).toEqual([...catalog.map((entry) => entry.status)].sort());
  });

  it('has a message for people on every code', () => {
    for (const entry of catalog) expect(entry.message).toMatch(/\w{3}/);
  });
});

describe('error codes in the README', () => {
  it('equal the generated ones (run `npm run docs:errors` after adding an error)', () => {
    const readme = readFileSync(README, 'utf8');
    expect(readme).toContain(README_START);
    expect(withErrorCodes(readme, errorCatalog())).toBe(readme);
  });

  it('replace only what lies between the markers', () => {
    const readme = `intro\n\n${README_START}\nold\n${README_END}\n\noutro\n`;
    const catalog = [{ code: 'SLOT_TAKEN', status: 409, message: 'Taken.' }];
    expect(withErrorCodes(readme, catalog)).toBe(
      [
        'intro',
        '',
        README_START,
        '',
        '| code         | HTTP | message (English; … stands for values from the request) |',
        '| ------------ | ---- | ------------------------------------------------------- |',
        '| `SLOT_TAKEN` | 409  | Taken.                                                  |',
        '',
        `${README_END}`,
        '',
        'outro',
        '',
      ].join('\n'),
    );
    expect(() => withErrorCodes('no markers', catalog)).toThrow(/error-codes:start/);
  });
});

describe('error codes in the OpenAPI document', () => {
  it('become the enum of ErrorResponse.code and a table in the description', () => {
    const document = {
      openapi: '3.0.0',
      info: { title: 'API', version: '1', description: 'About.' },
      paths: {},
      components: {
        schemas: {
          ErrorResponse: { type: 'object', properties: { code: { type: 'string' } } },
        },
      },
    } as OpenAPIObject;
    documentErrorCodes(document, errorCatalog());
    expect(document.components?.schemas?.ErrorResponse).toMatchObject({
      properties: { code: { type: 'string', enum: errorCatalog().map((entry) => entry.code) } },
    });
    expect(document.info.description).toMatch(/^About\.\n\n## Error codes\n\n\| code/);
    expect(document.info.description).toContain('| `DATABASE_UNAVAILABLE`');
  });
});
