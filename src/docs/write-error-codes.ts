/**
 * `npm run docs:errors`: rewrites the error-code table in README.md from errorCatalog(), so the
 * README lists exactly the codes the API answers with (error-codes.spec.ts fails when it is stale).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { errorCatalog } from './error-codes.js';
import { withErrorCodes } from './error-codes.docs.js';

const path = join(process.cwd(), 'README.md');
const before = readFileSync(path, 'utf8');
const after = withErrorCodes(before, errorCatalog());
if (after !== before) writeFileSync(path, after);
process.stdout.write(
  `${path}: ${after === before ? 'error codes already up to date' : 'error codes rewritten'}\n`,
);
