import { ErrandCatalogAndTriage1795564800000 } from './1795564800000-ErrandCatalogAndTriage.js';
import { Scheduling1795568400000 } from './1795568400000-Scheduling.js';
import { BookVisitFunction1795572000000 } from './1795572000000-BookVisitFunction.js';
import { StaffAndVisits1795575600000 } from './1795575600000-StaffAndVisits.js';
import { TriageOutcomes1795640000000 } from './1795640000000-TriageOutcomes.js';

/** Every migration, oldest first. Listed explicitly: no glob loading, same in build and tests. */
export const MIGRATIONS = [
  ErrandCatalogAndTriage1795564800000,
  Scheduling1795568400000,
  BookVisitFunction1795572000000,
  StaffAndVisits1795575600000,
  TriageOutcomes1795640000000,
];
