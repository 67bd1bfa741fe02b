import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import { HttpException } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { REQUEST_ID_HEADER } from '../app.module.js';
import { MalformedRequestError, RequestValidationError } from '../common/errors/domain-error.js';
import { toErrorResponse } from '../common/errors/error-response.js';
import { resolveLanguage } from '../common/i18n/language.js';
import { jsonShapeProblem } from './json-shape.js';
import { bodyLimitsOf } from './larger-body.js';

/**
 * Limits on the shape of what a client sends, far above what any endpoint needs (the largest body,
 * an errand definition, nests 5 deep with ~175 values; no endpoint takes more than 4 query
 * parameters or a path parameter over 40 characters) and far below what costs the API real time.
 */
export const INPUT_LIMITS = {
  jsonDepth: 32,
  /** Array elements and object members in one body (JSON or form). */
  bodyValues: 1000,
  queryParameters: 20,
  /** Longer path parameters answer 414 URI_TOO_LONG. */
  pathParameterLength: 100,
  /**
   * Where Fastify's router itself gives up on a path parameter (its `maxParamLength`). Above
   * `pathParameterLength`, so that the 414 usually comes from the hook below, after the other
   * request hooks (rate limits, security headers) have run.
   */
  routerParameterLength: 1000,
};

const SHAPE_REASON = {
  depth: (limit: number) => ({
    da: `JSON er indlejret dybere end ${limit} niveauer`,
    en: `the JSON is nested deeper than ${limit} levels`,
  }),
  values: (limit: number) => ({
    da: `JSON har flere end ${limit} værdier`,
    en: `the JSON has more than ${limit} values`,
  }),
};

type Done = (error: Error | null, body?: unknown) => void;

/** Fastify's own JSON parser (prototype-poisoning checks included), after a cheap shape check. */
function jsonParser(fastify: FastifyInstance) {
  const { onProtoPoisoning, onConstructorPoisoning } = fastify.initialConfig as {
    onProtoPoisoning?: 'error' | 'remove' | 'ignore';
    onConstructorPoisoning?: 'error' | 'remove' | 'ignore';
  };
  const parse = fastify.getDefaultJsonParser(onProtoPoisoning ?? 'error', onConstructorPoisoning ?? 'error');
  const limits = { depth: INPUT_LIMITS.jsonDepth, values: INPUT_LIMITS.bodyValues };
  return (request: FastifyRequest, body: Buffer, done: Done): void => {
    const larger = bodyLimitsOf(request.routeOptions.config);
    const problem = jsonShapeProblem(body, larger ? { ...limits, values: larger.values } : limits);
    if (problem)
      return done(new MalformedRequestError(SHAPE_REASON[problem.exceeds](problem.limit), { ...problem }));
    // Typed for a string; secure-json-parse decodes a Buffer as UTF-8 itself (as Nest's default does).
    void parse(request, body as unknown as string, done);
  };
}

/** Repeated (`?from=a&from=b` arrives as an array) or too many query parameters: a 400 for every route. */
function checkQuery(request: FastifyRequest): void {
  const query = request.query;
  if (!query || typeof query !== 'object') return;
  const names = Object.keys(query);
  if (names.length > INPUT_LIMITS.queryParameters) {
    const limit = INPUT_LIMITS.queryParameters;
    throw new MalformedRequestError(
      { da: `flere end ${limit} parametre i adressen`, en: `more than ${limit} query parameters` },
      { exceeds: 'queryParameters', limit },
    );
  }
  const repeated = names.filter((name) => Array.isArray((query as Record<string, unknown>)[name]));
  if (repeated.length > 0)
    throw new RequestValidationError(
      repeated.map((field) => ({ field, problems: [`${field} must be given only once`] })),
    );
}

/** A path parameter longer than any identifier the API hands out: 414, whichever route it is for. */
function checkPathParameters(request: FastifyRequest): void {
  const params = request.params as Record<string, unknown> | undefined;
  for (const value of Object.values(params ?? {}))
    if (typeof value === 'string' && value.length > INPUT_LIMITS.pathParameterLength)
      throw new HttpException('URI Too Long', 414);
}

/** A form body is flat; its width is limited like a JSON body's. */
function checkFormWidth(request: FastifyRequest): void {
  const { body } = request;
  if (!body || typeof body !== 'object' || Array.isArray(body)) return;
  if (!request.headers['content-type']?.startsWith('application/x-www-form-urlencoded')) return;
  const limit = INPUT_LIMITS.bodyValues;
  if (Object.keys(body).length > limit)
    throw new MalformedRequestError(
      { da: `formularen har flere end ${limit} felter`, en: `the form has more than ${limit} fields` },
      { exceeds: 'values', limit },
    );
}

/**
 * Refuses bodies and query strings whose shape alone would cost more than they are worth, before
 * validation looks at them. Registered from configureApp, before the app is initialised (the JSON
 * parser replaces the one Nest would register at init).
 */
export function registerHostileInputLimits(app: NestFastifyApplication): void {
  const fastify = app.getHttpAdapter().getInstance();
  app.useBodyParser('application/json', {}, jsonParser(fastify));
  fastify.addHook('onRoute', (route) => {
    const larger = bodyLimitsOf(route.config);
    if (larger) route.bodyLimit = larger.bytes;
  });
  // Callback hooks, not async ones: they run on every request, and a promise per hook is measurable.
  fastify.addHook('onRequest', (request, _reply, done) => {
    try {
      checkPathParameters(request);
      checkQuery(request);
      done();
    } catch (error) {
      done(error as Error);
    }
  });
  fastify.addHook('preValidation', (request, _reply, done) => {
    try {
      checkFormWidth(request);
      done();
    } catch (error) {
      done(error as Error);
    }
  });
}

/** What the Fastify router reports before any hook runs, as an HTTP status. */
const ROUTING_ERROR_STATUS: Record<string, number> = {
  FST_ERR_BAD_URL: 400,
  FST_ERR_MAX_PARAM_LENGTH: 414,
};

/**
 * Fastify's `frameworkErrors`: before any hook runs, the router refuses a path parameter longer
 * than `routerParameterLength` (414) or one that is not valid percent-encoding (400), in Fastify's
 * own body. Answered here in the API's one error shape, with the request id. (Nest's default
 * handler here also runs the hook of `app.useSecurityHeaders()`, which this API does not use: its
 * headers come from helmet, whose hooks do not run for these answers either way.)
 */
export function answerRoutingError(
  error: Error & { code?: string },
  request: FastifyRequest,
  reply: FastifyReply,
): void {
  const status = ROUTING_ERROR_STATUS[error.code ?? ''] ?? 400;
  const body = toErrorResponse(
    new HttpException(error.message, status),
    resolveLanguage(request.headers['accept-language']),
  );
  void reply.header(REQUEST_ID_HEADER, request.id).status(status).send(body);
}

/**
 * Node's HTTP parser refuses headers over 16 KB (431), a timed-out request (408) and bytes that are
 * not HTTP (400) before Fastify sees a request: answered in the one error shape too (in Danish:
 * the Accept-Language header is not known yet).
 */
export function answerClientError(error: Error & { code?: string }, socket: Duplex): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const status =
    error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
  const body = JSON.stringify(toErrorResponse(new HttpException(error.message, status), 'da'));
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n` +
        `Content-Type: application/json; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\n` +
        `${REQUEST_ID_HEADER}: ${randomUUID()}\r\n` +
        `Connection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}
