import { Injectable } from '@nestjs/common';
import { AuditLog } from '../../../audit/audit-log.service.js';
import { formatReference } from '../../../bookings/booking-secrets.js';
import { DomainError } from '../../../common/errors/domain-error.js';
import { STATUS_BY_KIND } from '../../../common/errors/error-response.js';
import type { Location } from '../../../locations/entities/location.entity.js';
import { ReceptionDesk } from '../../../visits/reception-desk.service.js';
import type { StaffPageRequest } from '../session/staff-page.guard.js';

/** The HTTP status of a page that shows a refused action in its error summary. */
export function statusOf(error: unknown): number {
  return error instanceof DomainError ? STATUS_BY_KIND[error.kind] : 400;
}

/** What the reception pages share: the location from the URL, where the account may work, and audit rows. */
@Injectable()
export class DeskPage {
  constructor(
    private readonly desk: ReceptionDesk,
    private readonly audit: AuditLog,
  ) {}

  /** The location in the URL: 404 if there is none in use, 403 where the account does not work. */
  location(request: StaffPageRequest, ref: string): Promise<Location> {
    return this.desk.location(ref, request.staff!);
  }

  /**
   * The audit row of a page that read citizens' bookings or changed one, as the API's @Audited
   * writes it (written here, after success, so a refused action leaves none).
   */
  async record(
    request: StaffPageRequest,
    action: string,
    location: Location,
    references: string[] = [],
  ): Promise<void> {
    await this.audit.record(request.staff!.id, action, {
      bookings: references.map((reference) => formatReference(reference.replace('-', ''))),
      objects: [location.code],
    });
  }
}
