import { AuditEvent } from '../audit/entities/audit-event.entity.js';
import { FirstFreeDay } from '../availability/entities/first-free-day.entity.js';
import { LoginFailure } from '../auth/entities/login-failure.entity.js';
import { LoginFailureByIp } from '../auth/entities/login-failure-by-ip.entity.js';
import { StaffAccountLocation } from '../auth/entities/staff-account-location.entity.js';
import { StaffAccount } from '../auth/entities/staff-account.entity.js';
import { StaffSession } from '../auth/sessions/staff-session.entity.js';
import { Booking } from '../bookings/entities/booking.entity.js';
import { IdempotencyRecord } from '../bookings/entities/idempotency-record.entity.js';
import { UsedChallenge } from '../bookings/entities/used-challenge.entity.js';
import { Errand } from '../errands/entities/errand.entity.js';
import { ErrandVersion } from '../errands/entities/errand-version.entity.js';
import { SelfServiceClick } from '../errands/entities/self-service-click.entity.js';
import { SelfServiceOption } from '../errands/entities/self-service-option.entity.js';
import { TriageQuestion } from '../errands/entities/triage-question.entity.js';
import { TriageRule } from '../errands/entities/triage-rule.entity.js';
import { TriageDay } from '../errands/entities/triage-day.entity.js';
import { TriageSession } from '../errands/entities/triage-session.entity.js';
import { Notification } from '../notifications/entities/notification.entity.js';
import { Closure } from '../locations/entities/closure.entity.js';
import { Location } from '../locations/entities/location.entity.js';
import { OpeningHours } from '../locations/entities/opening-hours.entity.js';
import { Station, StationErrand } from '../locations/entities/station.entity.js';
import { Absence } from '../staffing/entities/absence.entity.js';
import { Adviser, AdviserErrand } from '../staffing/entities/adviser.entity.js';
import { WorkingTime } from '../staffing/entities/working-time.entity.js';

/** Every entity, for the connection and the check that entities and migrations agree. */
export const ENTITIES = [
  Errand,
  ErrandVersion,
  SelfServiceOption,
  TriageQuestion,
  TriageRule,
  TriageSession,
  TriageDay,
  SelfServiceClick,
  Location,
  Station,
  StationErrand,
  OpeningHours,
  Closure,
  Adviser,
  AdviserErrand,
  WorkingTime,
  Absence,
  Booking,
  IdempotencyRecord,
  UsedChallenge,
  StaffAccount,
  LoginFailure,
  LoginFailureByIp,
  StaffAccountLocation,
  StaffSession,
  AuditEvent,
  Notification,
  FirstFreeDay,
];
