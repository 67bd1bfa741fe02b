import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { ErrorResponse } from '../common/errors/error-response.js';
import type { SettingsService } from '../config/settings.service.js';
import { errorCatalog } from '../docs/error-codes.js';
import { documentErrorCodes } from '../docs/error-codes.docs.js';

/**
 * The OpenAPI document at /docs/json and its UI at /docs; with DOCS_ENABLED=false neither exists
 * (404 in the error shape), for deployments that publish the document elsewhere or not at all.
 */
export function setupOpenApi(app: NestFastifyApplication, settings: SettingsService): void {
  if (!settings.get('DOCS_ENABLED')) return;
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
}
