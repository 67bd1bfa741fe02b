import type { OpenAPIObject } from '@nestjs/swagger';
import type { ErrorCode } from './error-codes.js';

export const README_START = '<!-- error-codes:start -->';
export const README_END = '<!-- error-codes:end -->';

/** A Markdown table of the codes, padded the way Prettier pads it (so `npm run lint` keeps it). */
export function errorCodesTable(catalog: readonly ErrorCode[]): string {
  const rows = [
    ['code', 'HTTP', 'message (English; … stands for values from the request)'],
    ...catalog.map(({ code, status, message }) => [`\`${code}\``, String(status), message]),
  ];
  const widths = rows[0].map((_, column) => Math.max(3, ...rows.map((row) => row[column].length)));
  const line = (cells: string[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`;
  const [header, ...body] = rows.map(line);
  return [header, line(widths.map((width) => '-'.repeat(width))), ...body].join('\n');
}

/** The README with the part between the error-codes markers replaced by the table. */
export function withErrorCodes(readme: string, catalog: readonly ErrorCode[]): string {
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  if (start < 0 || end < start) throw new Error(`README.md needs ${README_START} … ${README_END}`);
  const generated = `${README_START}\n\n${errorCodesTable(catalog)}\n\n`;
  return readme.slice(0, start) + generated + readme.slice(end);
}

/** Publishes the codes in the OpenAPI document: an enum on ErrorResponse.code and a table. */
export function documentErrorCodes(document: OpenAPIObject, catalog: readonly ErrorCode[]): OpenAPIObject {
  const errorResponse = document.components?.schemas?.ErrorResponse;
  const code = errorResponse && 'properties' in errorResponse ? errorResponse.properties?.code : undefined;
  if (!code || !('type' in code)) throw new Error('ErrorResponse.code is missing from the OpenAPI document');
  code.enum = catalog.map((entry) => entry.code);
  document.info.description = `${document.info.description ?? ''}\n\n## Error codes\n\n${errorCodesTable(catalog)}\n`;
  return document;
}
