import { ErrandCatalogAndTriage1795564800000 } from './1795564800000-ErrandCatalogAndTriage.js';
import { Scheduling1795568400000 } from './1795568400000-Scheduling.js';
import { BookVisitFunction1795572000000 } from './1795572000000-BookVisitFunction.js';
import { StaffAndVisits1795575600000 } from './1795575600000-StaffAndVisits.js';
import { StaffHardening1795600000000 } from './1795600000000-StaffHardening.js';
import { AuditEvents1795600100000 } from './1795600100000-AuditEvents.js';
import { BookingHoardingGuards1795610000000 } from './1795610000000-BookingHoardingGuards.js';
import { TriageOutcomes1795640000000 } from './1795640000000-TriageOutcomes.js';
import { BookingsTriageIndex1795640100000 } from './1795640100000-BookingsTriageIndex.js';
import { SelfServiceTried1795700000000 } from './1795700000000-SelfServiceTried.js';
import { SelfServiceClicks1795700010000 } from './1795700010000-SelfServiceClicks.js';
import { LocationDirections1795700100000 } from './1795700100000-LocationDirections.js';
import { StaffSessions1795800000000 } from './1795800000000-StaffSessions.js';
import { ErrandVersions1795800100000 } from './1795800100000-ErrandVersions.js';
import { BookingMoveReason1795800300000 } from './1795800300000-BookingMoveReason.js';
import { ClosureHours1795800400000 } from './1795800400000-ClosureHours.js';
import { AuditActionIndex1795800500000 } from './1795800500000-AuditActionIndex.js';
import { NotificationsAndStats1795900000000 } from './1795900000000-NotificationsAndStats.js';
import { StatsSupport1795900100000 } from './1795900100000-StatsSupport.js';
import { TriageDaysKeptInStep1795900200000 } from './1795900200000-TriageDaysKeptInStep.js';
import { StatsIndexes1795900300000 } from './1795900300000-StatsIndexes.js';
import { HotlineCallbacks1796000000000 } from './1796000000000-HotlineCallbacks.js';

/** Every migration, oldest first. Listed explicitly: no glob loading, same in build and tests. */
export const MIGRATIONS = [
  ErrandCatalogAndTriage1795564800000,
  Scheduling1795568400000,
  BookVisitFunction1795572000000,
  StaffAndVisits1795575600000,
  StaffHardening1795600000000,
  AuditEvents1795600100000,
  BookingHoardingGuards1795610000000,
  TriageOutcomes1795640000000,
  BookingsTriageIndex1795640100000,
  SelfServiceTried1795700000000,
  SelfServiceClicks1795700010000,
  LocationDirections1795700100000,
  StaffSessions1795800000000,
  ErrandVersions1795800100000,
  BookingMoveReason1795800300000,
  ClosureHours1795800400000,
  AuditActionIndex1795800500000,
  NotificationsAndStats1795900000000,
  StatsSupport1795900100000,
  TriageDaysKeptInStep1795900200000,
  StatsIndexes1795900300000,
  HotlineCallbacks1796000000000,
];
