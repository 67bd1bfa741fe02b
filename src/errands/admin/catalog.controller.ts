import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiBody,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { Audited } from '../../audit/audited.decorator.js';
import { CurrentStaff, Roles, type StaffPrincipal } from '../../auth/roles.decorator.js';
import { ErrorResponse } from '../../common/errors/error-response.js';
import { LargerBody } from '../../http/larger-body.js';
import { ErrandCatalogService } from '../catalog/errand-catalog.service.js';
import { CatalogImportResponse, ErrandFileDto } from './errand-admin.dto.js';

/** The whole catalog in one body: ~4 KB and ~125 values per errand, room for 500 errands. */
const CATALOG_BODY = { bytes: 4 * 1024 * 1024, values: 100_000 };

@ApiTags('admin')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ErrorResponse, description: '`AUTHENTICATION_REQUIRED`, `INVALID_TOKEN`' })
@ApiForbiddenResponse({ type: ErrorResponse, description: '`ROLE_REQUIRED`' })
@Roles('admin')
@Controller('admin/catalog')
export class CatalogController {
  constructor(private readonly catalog: ErrandCatalogService) {}

  @Get()
  @ApiOperation({
    summary: 'Export: every errand in use, each exactly as its data file (src/demo/data/errands/<CODE>.json)',
  })
  @ApiOkResponse({ type: [ErrandFileDto] })
  export(): Promise<ErrandFileDto[]> {
    return this.catalog.export();
  }

  @Post()
  @HttpCode(200)
  @LargerBody(CATALOG_BODY)
  @Audited('catalog.import')
  @ApiOperation({
    summary:
      'Import: a list of errands in the data-file format; all checked first, then saved in one transaction',
    description:
      'Errands not in the list stay as they are. A changed errand gets a new version, an unchanged one none. ' +
      'Any problem: 400 `INVALID_CATALOG` with `details.errands[].problems[]` (field and message) and nothing saved.',
  })
  @ApiBody({ type: [ErrandFileDto] })
  @ApiOkResponse({ type: CatalogImportResponse })
  @ApiBadRequestResponse({ type: ErrorResponse, description: '`INVALID_CATALOG`, `MALFORMED_REQUEST`' })
  import(@Body() body: unknown, @CurrentStaff() staff: StaffPrincipal): Promise<CatalogImportResponse> {
    return this.catalog.import(body, staff.id);
  }
}
