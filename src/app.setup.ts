import type { IncomingMessage } from 'node:http';
import { fieldProblems } from './common/validation/field-problems.js';
import { ValidationPipe } from '@nestjs/common';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { Logger as PinoLogger } from 'nestjs-pino';
import { requestIdFor, REQUEST_ID_HEADER } from './app.module.js';
import { AllExceptionsFilter } from './common/errors/all-exceptions.filter.js';
import { RequestValidationError } from './common/errors/domain-error.js';
import type { Settings } from './config/settings.js';
import { SettingsService } from './config/settings.service.js';
import {
  answerClientError,
  answerRoutingError,
  INPUT_LIMITS,
  registerHostileInputLimits,
} from './http/hostile-input.js';
import { setupOpenApi } from './http/openapi.js';
import { registerRateLimits } from './http/rate-limits.js';
import { registerSecurity } from './http/security.js';
import { ProblemPage } from './web/page/page-errors.filter.js';
import { registerPages } from './web/web.setup.js';

/** A hop count as Fastify applies it (the n nearest hops are proxies), or the proxies' addresses. */
function trustedProxies(setting: Settings['TRUST_PROXY']) {
  if (typeof setting === 'number') return (_address: string, hop: number) => hop < setting;
  return setting ?? false;
}

/** The Fastify adapter with the API's limits and request ids. */
export function createFastifyAdapter(
  settings: Pick<Settings, 'BODY_LIMIT_BYTES' | 'TRUST_PROXY'>,
): FastifyAdapter {
  return new FastifyAdapter({
    bodyLimit: settings.BODY_LIMIT_BYTES,
    // X-Forwarded-For is believed only from the proxies named in TRUST_PROXY; by default nobody's,
    // so a client cannot pick the address its rate limits count against.
    trustProxy: trustedProxies(settings.TRUST_PROXY),
    genReqId: (request: IncomingMessage) => {
      const id = requestIdFor(request);
      // pino-http reads the id from the raw request, so both loggers agree.
      (request as IncomingMessage & { id: string }).id = id;
      return id;
    },
    // Nest's own pino logger logs requests; Fastify's would log each one twice.
    logger: false,
    // What Fastify and Node refuse before any hook runs also answers in the one error shape.
    routerOptions: { maxParamLength: INPUT_LIMITS.routerParameterLength },
    frameworkErrors: answerRoutingError,
    clientErrorHandler: answerClientError,
  });
}

/**
 * Everything about the HTTP surface that production and the e2e tests must share: validation, the
 * error shape, request ids, logging, security headers, rate limits and the OpenAPI document.
 */
export async function configureApp(app: NestFastifyApplication): Promise<NestFastifyApplication> {
  const settings = app.get(SettingsService);
  app.useLogger(app.get(PinoLogger));
  app.useGlobalPipes(
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      exceptionFactory: (errors) => new RequestValidationError(fieldProblems(errors)),
    }),
  );
  app.useGlobalFilters(new AllExceptionsFilter(app.get(ProblemPage)));

  // Nest routes Fastify's own errors (malformed JSON, body limits, media types) and unknown routes
  // through the same global filter, so they share the error shape too.
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onRequest', (request, reply, done) => {
    void reply.header(REQUEST_ID_HEADER, request.id);
    done();
  });

  await registerSecurity(app, settings);
  await registerPages(app);
  await registerRateLimits(app, settings);
  registerHostileInputLimits(app);
  setupOpenApi(app, settings);
  return app;
}
