import { Controller, Get, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBadRequestResponse,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { Roles } from '../auth/roles.decorator.js';
import { RequestValidationError } from '../common/errors/domain-error.js';
import { ErrorResponse } from '../common/errors/error-response.js';
import { AuditLog } from './audit-log.service.js';
import { AuditPageResponse, AuditQuery } from './dto/audit.dto.js';

const DEFAULT_PAGE_SIZE = 50;

@ApiTags('admin')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ErrorResponse, description: '`AUTHENTICATION_REQUIRED`, `INVALID_TOKEN`' })
@ApiForbiddenResponse({ type: ErrorResponse, description: '`ROLE_REQUIRED`' })
@Roles('admin')
@Controller('admin/audit')
export class AuditController {
  constructor(private readonly audit: AuditLog) {}

  @Get()
  @ApiOperation({
    summary: 'The audit trail, newest first: who read personal data or changed the set-up, and when',
  })
  @ApiOkResponse({ type: AuditPageResponse })
  @ApiBadRequestResponse({ type: ErrorResponse, description: '`VALIDATION_FAILED`' })
  async list(@Query() query: AuditQuery): Promise<AuditPageResponse> {
    const from = query.from ? new Date(query.from) : undefined;
    const to = query.to ? new Date(query.to) : undefined;
    if (from && to && to < from)
      throw new RequestValidationError([{ field: 'to', problems: ['to must not be before from'] }]);
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? DEFAULT_PAGE_SIZE;
    const { events, total } = await this.audit.list(
      { from, to, actor: query.actor, action: query.action },
      { offset: (page - 1) * pageSize, limit: pageSize },
    );
    const items = events.map((event) => ({
      id: event.id,
      at: event.occurredAt.toISOString(),
      actor: event.actorId,
      action: event.action,
      bookings: event.bookings,
      objects: event.objects,
    }));
    return { items, page, pageSize, total };
  }
}
