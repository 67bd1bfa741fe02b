import type { EntityManager } from 'typeorm';
import { StaffAccount } from '../auth/entities/staff-account.entity.js';
import { hashPassword } from '../auth/passwords.js';
import { saveErrand } from '../errands/catalog.writer.js';
import { Errand } from '../errands/entities/errand.entity.js';
import { Closure } from '../locations/entities/closure.entity.js';
import { Location } from '../locations/entities/location.entity.js';
import { OpeningHours } from '../locations/entities/opening-hours.entity.js';
import { Station, StationErrand } from '../locations/entities/station.entity.js';
import { Absence } from '../staffing/entities/absence.entity.js';
import { Adviser, AdviserErrand } from '../staffing/entities/adviser.entity.js';
import { WorkingTime } from '../staffing/entities/working-time.entity.js';
import { DEMO_ERRANDS } from './errand-catalog.js';
import { buildSchedulingDemo } from './scheduling-demo.js';
import type { SchedulingDemo } from './scheduling-demo.types.js';

type ErrandIds = Map<string, string>;

function errandIdsFor(codes: string[] | 'all', errandIds: ErrandIds): string[] {
  const list = codes === 'all' ? [...errandIds.keys()] : codes;
  return list.map((code) => {
    const id = errandIds.get(code);
    if (!id) throw new Error(`demo data names an unknown errand ${code}`);
    return id;
  });
}

async function insertLocations(manager: EntityManager, demo: SchedulingDemo, errandIds: ErrandIds) {
  const locationIds = new Map<string, string>();
  for (const { stations, openingHours, closures, ...fields } of demo.locations) {
    const location = await manager.save(manager.create(Location, fields));
    locationIds.set(location.code, location.id);
    for (const { name, errands } of stations) {
      const station = await manager.save(manager.create(Station, { name, locationId: location.id }));
      await manager.insert(
        StationErrand,
        errandIdsFor(errands, errandIds).map((errandId) => ({ stationId: station.id, errandId })),
      );
    }
    await manager.insert(
      OpeningHours,
      openingHours.map((h) => ({
        ...h,
        locationId: location.id,
        validFrom: h.validFrom ?? null,
        validTo: h.validTo ?? null,
      })),
    );
    if (closures?.length)
      await manager.insert(
        Closure,
        closures.map((c) => ({ ...c, locationId: location.id })),
      );
  }
  return locationIds;
}

/** Demo sign-ins, one per role (listed in the README). Never loaded outside the demo data. */
export const DEMO_PASSWORDS = {
  admin: 'demo-admin-2026',
  reception: 'demo-reception-2026',
  adviser: 'demo-adviser-2026',
} as const;

/** An admin, a receptionist, and the first demo adviser with the adviser role. */
async function insertStaff(manager: EntityManager, demo: SchedulingDemo) {
  const adviser = demo.advisers[0];
  const { id: adviserId } = await manager.findOneByOrFail(Adviser, { email: adviser.email });
  const accounts = [
    { email: 'admin@syddjurs-demo.dk', name: 'Demo Admin', role: 'admin', adviserId: null },
    { email: 'reception@syddjurs-demo.dk', name: 'Demo Reception', role: 'reception', adviserId: null },
    { email: adviser.email, name: adviser.name, role: 'adviser', adviserId },
  ] as const;
  for (const { role, ...account } of accounts) {
    await manager.insert(StaffAccount, {
      ...account,
      roles: [role],
      passwordHash: await hashPassword(DEMO_PASSWORDS[role]),
    });
  }
}

async function insertAdvisers(
  manager: EntityManager,
  demo: SchedulingDemo,
  errandIds: ErrandIds,
  locationIds: Map<string, string>,
) {
  for (const { name, email, errands, workingTimes, absences } of demo.advisers) {
    const adviser = await manager.save(manager.create(Adviser, { name, email }));
    await manager.insert(
      AdviserErrand,
      errandIdsFor(errands, errandIds).map((errandId) => ({ adviserId: adviser.id, errandId })),
    );
    await manager.insert(
      WorkingTime,
      workingTimes.map(({ location, ...w }) => {
        const locationId = locationIds.get(location);
        if (!locationId) throw new Error(`demo data names an unknown location ${location}`);
        return {
          ...w,
          adviserId: adviser.id,
          locationId,
          validFrom: w.validFrom ?? null,
          validTo: w.validTo ?? null,
        };
      }),
    );
    if (absences?.length) {
      await manager.insert(
        Absence,
        absences.map((a) => ({
          adviserId: adviser.id,
          startsAt: new Date(a.startsAt),
          endsAt: new Date(a.endsAt),
          reason: a.reason,
        })),
      );
    }
  }
}

/**
 * Loads the demo data into an empty database (no errands yet) and leaves a database with data
 * alone. `today` (local "YYYY-MM-DD") anchors the dated parts: the citizen bus's event days,
 * absences and a closure. Returns whether it loaded anything.
 */
export async function seedDemoData(manager: EntityManager, today: string): Promise<boolean> {
  if (await manager.exists(Errand)) return false;
  const errandIds: ErrandIds = new Map();
  for (const definition of DEMO_ERRANDS) {
    const errand = await saveErrand(manager, definition);
    errandIds.set(errand.code, errand.id);
  }
  const demo = buildSchedulingDemo(today);
  const locationIds = await insertLocations(manager, demo, errandIds);
  await insertAdvisers(manager, demo, errandIds, locationIds);
  await insertStaff(manager, demo);
  return true;
}
