import type { IncomingMessage } from 'node:http';
import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Logger as PinoLogger } from 'nestjs-pino';
import { requestIdFor, REQUEST_ID_HEADER } from './app.module.js';
import { AllExceptionsFilter } from './common/errors/all-exceptions.filter.js';
import { type FieldProblem, RequestValidationError } from './common/errors/domain-error.js';
import { errorCatalog } from './docs/error-codes.js';
import { documentErrorCodes } from './docs/error-codes.docs.js';
import { ErrorResponse } from './common/errors/error-response.js';
import type { Settings } from './config/settings.js';

/** The Fastify adapter with the API's limits and request ids. */
export function createFastifyAdapter(settings: Pick<Settings, 'BODY_LIMIT_BYTES'>): FastifyAdapter {
  return new FastifyAdapter({
    bodyLimit: settings.BODY_LIMIT_BYTES,
    genReqId: (request: IncomingMessage) => {
      const id = requestIdFor(request);
      // pino-http reads the id from the raw request, so both loggers agree.
      (request as IncomingMessage & { id: string }).id = id;
      return id;
    },
    // Nest's own pino logger logs requests; Fastify's would log each one twice.
    logger: false,
  });
}

function flatten(errors: ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = error.constraints ? [{ field, problems: Object.values(error.constraints) }] : [];
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/**
 * Everything about the HTTP surface that production and the e2e tests must share: validation, the
 * error shape, request ids, logging and the OpenAPI document.
 */
export function configureApp(app: NestFastifyApplication): NestFastifyApplication {
  app.useLogger(app.get(PinoLogger));
  app.useGlobalPipes(
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      exceptionFactory: (errors) => new RequestValidationError(flatten(errors)),
    }),
  );
  app.useGlobalFilters(new AllExceptionsFilter());

  // Nest routes Fastify's own errors (malformed JSON, body limits, media types) and unknown routes
  // through the same global filter, so they share the error shape too.
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onRequest', (request, reply, done) => {
    void reply.header(REQUEST_ID_HEADER, request.id);
    done();
  });

  const config = new DocumentBuilder()
    .setTitle('Borgerservice API')
    .setDescription(
      'Errand triage, self-service guidance and visit booking for Danish municipal citizen services. ' +
        'Texts follow `Accept-Language` (`da` default, `en`). Every error has the body `ErrorResponse`.',
    )
    .setVersion('0.1.0')
    // The name ApiBearerAuth() refers to by default, so the UI's Authorize button fills in every call.
    .addBearerAuth(
      {
        type: 'http',
        scheme: 'bearer',
        bearerFormat: 'JWT',
        description: 'The `accessToken` from `POST /auth/login` (staff only).',
      },
      'bearer',
    )
    .build();
  const document = documentErrorCodes(
    SwaggerModule.createDocument(app, config, { extraModels: [ErrorResponse] }),
    errorCatalog(),
  );
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs/json' });
  return app;
}
