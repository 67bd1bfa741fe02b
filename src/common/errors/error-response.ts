import { HttpException, HttpStatus } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { Language, Localized } from '../i18n/localized.js';
import { databaseUnavailableReason } from '../../database/database-errors.js';
import { postgresError } from '../../database/prepared.js';
import { DatabaseUnavailableError, DomainError, type ErrorKind } from './domain-error.js';

/** The one error body of the API, for every 4xx and 5xx. */
export class ErrorResponse {
  @ApiProperty({ example: 404 })
  statusCode: number;

  @ApiProperty({ example: 'ERRAND_NOT_FOUND', description: 'Stable, machine-readable error code.' })
  code: string;

  @ApiProperty({
    example: 'Ærindet "XYZ" findes ikke.',
    description: 'For people, in the requested language.',
  })
  message: string;

  @ApiPropertyOptional({ type: 'object', additionalProperties: true })
  details?: Record<string, unknown>;
}

export const STATUS_BY_KIND: Record<ErrorKind, number> = {
  invalid: HttpStatus.BAD_REQUEST,
  unauthorized: HttpStatus.UNAUTHORIZED,
  forbidden: HttpStatus.FORBIDDEN,
  not_found: HttpStatus.NOT_FOUND,
  conflict: HttpStatus.CONFLICT,
  unprocessable: HttpStatus.UNPROCESSABLE_ENTITY,
  rate_limited: HttpStatus.TOO_MANY_REQUESTS,
  unavailable: HttpStatus.SERVICE_UNAVAILABLE,
};

/**
 * Errors raised outside the domain (routing, body parsing and limits, which Nest's Fastify adapter
 * turns into HttpExceptions): one code per status.
 */
export const GENERIC: Record<number, { code: string } & Localized> = {
  400: {
    code: 'MALFORMED_REQUEST',
    da: 'Forespørgslen kunne ikke læses.',
    en: 'The request could not be read.',
  },
  401: { code: 'UNAUTHORIZED', da: 'Du skal logge ind.', en: 'You must sign in.' },
  403: { code: 'FORBIDDEN', da: 'Du har ikke adgang.', en: 'You do not have access.' },
  404: { code: 'NOT_FOUND', da: 'Adressen findes ikke.', en: 'No such resource.' },
  405: { code: 'METHOD_NOT_ALLOWED', da: 'Metoden er ikke tilladt her.', en: 'Method not allowed here.' },
  406: { code: 'NOT_ACCEPTABLE', da: 'Formatet kan ikke leveres.', en: 'That format cannot be produced.' },
  408: { code: 'REQUEST_TIMEOUT', da: 'Forespørgslen tog for lang tid.', en: 'The request took too long.' },
  409: {
    code: 'CONFLICT',
    da: 'Det strider mod eksisterende data.',
    en: 'That conflicts with existing data.',
  },
  413: { code: 'PAYLOAD_TOO_LARGE', da: 'Forespørgslen er for stor.', en: 'The request body is too large.' },
  414: {
    code: 'URI_TOO_LONG',
    da: 'Adressen er for lang.',
    en: 'The address (URL or one of its parts) is too long.',
  },
  415: {
    code: 'UNSUPPORTED_MEDIA_TYPE',
    da: 'Indholdstypen understøttes ikke; send application/json.',
    en: 'Unsupported content type; send application/json.',
  },
  422: {
    code: 'UNPROCESSABLE',
    da: 'Forespørgslen kan ikke udføres.',
    en: 'The request cannot be carried out.',
  },
  429: {
    code: 'TOO_MANY_REQUESTS',
    da: 'For mange forespørgsler; prøv igen om lidt.',
    en: 'Too many requests; try again shortly.',
  },
  431: {
    code: 'HEADERS_TOO_LARGE',
    da: 'Forespørgslens headere er for store.',
    en: 'The request headers are too large.',
  },
  500: { code: 'INTERNAL_ERROR', da: 'Der skete en uventet fejl.', en: 'An unexpected error occurred.' },
  503: {
    code: 'SERVICE_UNAVAILABLE',
    da: 'Tjenesten er midlertidigt utilgængelig.',
    en: 'The service is temporarily unavailable.',
  },
};

/** PostgreSQL SQLSTATEs that mean "this would break an invariant the database guards". */
const CONFLICT_SQLSTATES = new Set(['23505', '23P01']);
/** Text PostgreSQL cannot store (a NUL byte): the request is at fault, and nothing was written. */
const UNSTORABLE_TEXT_SQLSTATES = new Set(['22021', '22P05']);

function generic(statusCode: number, language: Language, details?: Record<string, unknown>): ErrorResponse {
  const entry = GENERIC[statusCode] ?? GENERIC[statusCode >= 500 ? 500 : 400];
  return { statusCode, code: entry.code, message: entry[language], ...(details && { details }) };
}

/**
 * Maps anything thrown while handling a request to the API's error body. Returns `undefined` for
 * errors that are not understood (the caller logs them and answers 500).
 */
export function toErrorResponse(error: unknown, language: Language): ErrorResponse | undefined {
  if (!(error instanceof DomainError) && databaseUnavailableReason(error))
    return toErrorResponse(new DatabaseUnavailableError(), language);
  if (error instanceof DomainError) {
    return {
      statusCode: STATUS_BY_KIND[error.kind],
      code: error.code,
      message: error.messages[language],
      ...(error.details && { details: error.detailsIn(language) }),
    };
  }
  if (error instanceof HttpException) return generic(error.getStatus(), language);
  const database = postgresError(error);
  if (database?.code && CONFLICT_SQLSTATES.has(database.code) && database.constraint) {
    return generic(HttpStatus.CONFLICT, language, { constraint: database.constraint });
  }
  if (database?.code && UNSTORABLE_TEXT_SQLSTATES.has(database.code)) {
    return generic(HttpStatus.BAD_REQUEST, language, {
      reason: 'text contains characters that cannot be stored',
    });
  }
  return undefined;
}

export function internalErrorResponse(language: Language): ErrorResponse {
  return generic(HttpStatus.INTERNAL_SERVER_ERROR, language);
}
