import type { INestApplicationContext } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuthService } from '../auth/auth.service.js';
import type { ErrandDefinition } from '../errands/errand-definition.js';
import { ErrandsService } from '../errands/errands.service.js';
import { TriageDaysWriter } from '../errands/triage-days.writer.js';
import {
  CreateClosureDto,
  CreateLocationDto,
  CreateStationDto,
  OpeningHoursDto,
} from '../locations/dto/location-admin.dto.js';
import { LocationsWriter } from '../locations/locations.writer.js';
import { AbsenceDto, CreateAdviserDto, WorkingTimesDto } from '../staffing/dto/adviser-admin.dto.js';
import { StaffingWriter } from '../staffing/staffing.writer.js';
import { readErrandFiles } from './catalog-files.js';
import { readDemoHistory } from './history-file.js';
import { readDemoSchedule } from './schedule-file.js';
import type { DemoAdviser, DemoLocation, SchedulingDemo } from './schedule.types.js';
import { readStaffFile, type StaffEntry } from './staff-file.js';
import { validateAs } from './validate-as.js';

/**
 * The owning modules' writers: loading data files writes through the same services (and checks
 * each record with the same DTOs) as the admin API, never into tables directly.
 */
export interface Writers {
  errands: ErrandsService;
  locations: LocationsWriter;
  staffing: StaffingWriter;
  accounts: AuthService;
  history: TriageDaysWriter;
}

export function writersOf(app: INestApplicationContext): Writers {
  return {
    errands: app.get(ErrandsService),
    locations: app.get(LocationsWriter),
    staffing: app.get(StaffingWriter),
    accounts: app.get(AuthService),
    history: app.get(TriageDaysWriter),
  };
}

async function loadCatalog(w: Writers, manager: EntityManager, errands: ErrandDefinition[]) {
  for (const definition of errands) await w.errands.save(definition, {}, manager);
}

/** Errand codes as a data file lists them: a list, or every errand of the catalog. */
type Codes = (list: string[] | 'all') => string[];

async function loadLocation(w: Writers, manager: EntityManager, location: DemoLocation, codes: Codes) {
  const { stations, openingHours, closures, ...fields } = location;
  const where = `location ${location.code}`;
  const id = await w.locations.createLocation(validateAs(CreateLocationDto, fields, where), manager);
  for (const station of stations) {
    const dto = validateAs(CreateStationDto, { name: station.name, errands: codes(station.errands) }, where);
    await w.locations.createStation(id, dto, manager);
  }
  const { hours } = validateAs(OpeningHoursDto, { hours: openingHours }, where);
  await w.locations.replaceOpeningHours(manager, id, hours);
  for (const closure of closures ?? [])
    await w.locations.createClosure(manager, id, validateAs(CreateClosureDto, closure, where));
  return id;
}

async function loadAdviser(
  w: Writers,
  manager: EntityManager,
  adviser: DemoAdviser,
  context: { codes: Codes; locationIds: Map<string, string> },
) {
  const where = `adviser ${adviser.email}`;
  const { name, email, errands } = adviser;
  const dto = validateAs(CreateAdviserDto, { name, email, errands: context.codes(errands) }, where);
  const id = await w.staffing.createAdviser(dto, manager);
  const { times } = validateAs(WorkingTimesDto, { times: adviser.workingTimes }, where);
  const rows = times.map(({ location, ...time }) => {
    const locationId = context.locationIds.get(location);
    if (!locationId) throw new Error(`${where}: unknown location ${location}`);
    return { ...time, locationId };
  });
  await w.staffing.replaceWorkingTimes(manager, id, rows);
  for (const absence of adviser.absences ?? [])
    await w.staffing.createAbsence(manager, id, validateAs(AbsenceDto, absence, where));
  return id;
}

interface LoadedSchedule {
  /** Adviser ids by e-mail. */
  adviserIds: Map<string, string>;
  /** Location ids by code. */
  locationIds: Map<string, string>;
}

/** Locations, stations, hours, closures, advisers, working time and absences. */
async function loadSchedule(
  w: Writers,
  manager: EntityManager,
  schedule: SchedulingDemo,
  catalog: string[],
): Promise<LoadedSchedule> {
  const codes: Codes = (list) => (list === 'all' ? catalog : list);
  const locationIds = new Map<string, string>();
  for (const location of schedule.locations)
    locationIds.set(location.code, await loadLocation(w, manager, location, codes));
  const adviserIds = new Map<string, string>();
  for (const adviser of schedule.advisers)
    adviserIds.set(adviser.email, await loadAdviser(w, manager, adviser, { codes, locationIds }));
  return { adviserIds, locationIds };
}

async function loadStaff(w: Writers, manager: EntityManager, accounts: StaffEntry[], loaded: LoadedSchedule) {
  for (const { adviser, locations = [], ...account } of accounts) {
    const adviserId = adviser ? loaded.adviserIds.get(adviser) : null;
    if (adviserId === undefined) throw new Error(`staff ${account.email}: unknown adviser ${adviser}`);
    const locationIds = locations.map((code) => {
      const id = loaded.locationIds.get(code);
      if (!id) throw new Error(`staff ${account.email}: unknown location ${code}`);
      return id;
    });
    await w.accounts.createAccount({ ...account, adviserId, locationIds }, manager);
  }
}

/**
 * The demo: the errand catalog, the demo municipality (its dated parts follow `today`, a local
 * date in Europe/Copenhagen), one sign-in per role and earlier weeks' triage counts for the
 * statistics — loaded only into an empty database.
 * Returns whether it loaded anything.
 */
export async function seedDemo(w: Writers, manager: EntityManager, today: string): Promise<boolean> {
  if (await w.errands.any(manager)) return false;
  const errands = readErrandFiles();
  await loadCatalog(w, manager, errands);
  const catalog = errands.map((errand) => errand.code);
  const loaded = await loadSchedule(w, manager, readDemoSchedule(today), catalog);
  await loadStaff(w, manager, readStaffFile(), loaded);
  await w.history.add(manager, readDemoHistory(today));
  return true;
}
